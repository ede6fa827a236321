package org.monitoringadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The positioned YAML reader: every node at its line and column, scalars as written, mistakes where they are. */
class YamlReaderTest {

    @Test
    void everyNodeKnowsItsLineAndColumn() {
        YamlNode root = YamlReader.parse("q.yaml", """
                questions:
                  - id: personal-use
                    options: [allowed, banned]
                """);

        YamlNode entry = root.get("questions").items().get(0);
        assertThat(entry.position()).isEqualTo(new Position("q.yaml", 2, 5));
        assertThat(entry.get("id").position()).isEqualTo(new Position("q.yaml", 2, 9));
        assertThat(entry.get("options").items().get(1).position()).isEqualTo(new Position("q.yaml", 3, 24));
    }

    @Test
    void unquotedYesNoOnOffStayAsWritten() {
        YamlNode root = YamlReader.parse("q.yaml", "values: [yes, no, on, off, true, False, 12]\n");

        assertThat(root.get("values").items()).extracting(YamlNode::text)
                .containsExactly("yes", "no", "on", "off", "true", "False", "12");
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLineAndColumn() {
        assertThatThrownBy(() -> YamlReader.parse("q.yaml", "questions:\n  - id: a\n    text: [unclosed\n"))
                .isInstanceOfSatisfying(KnowledgeException.class, e -> {
                    assertThat(e.position().file()).isEqualTo("q.yaml");
                    assertThat(e.position().line()).isGreaterThanOrEqualTo(3);
                    assertThat(e.position().column()).isPositive();
                    assertThat(e.problem()).startsWith("not valid YAML: ");
                    assertThat(e.getMessage()).startsWith(e.position().label() + ": not valid YAML: ");
                });
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorAtTheSecond() {
        assertThatThrownBy(() -> YamlReader.parse("q.yaml", "id: a\ntext: one\ntext: two\n"))
                .isInstanceOf(KnowledgeException.class)
                .hasMessage("q.yaml:3:1: \"text\" appears twice here; keep one");
    }

    @Test
    void anEmptyDocumentIsNullAndAnEmptyValueHasNoText() {
        assertThat(YamlReader.parse("q.yaml", "")).isNull();
        assertThat(YamlReader.parse("q.yaml", "text:\n").get("text").isEmpty()).isTrue();
    }
}
