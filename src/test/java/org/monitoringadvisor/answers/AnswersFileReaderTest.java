package org.monitoringadvisor.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersFileReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String... lines) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n");
        return path;
    }

    private AnswersFileException failure(String name, String... lines) throws IOException {
        Path path = file(name, lines);
        return catchThrowableOfType(AnswersFileException.class, () -> AnswersFileReader.read(path));
    }

    @Test
    void readsJsonAnswersWithTheirLinesAndKeepsAllMetadataInOrder() throws IOException {
        Path path = file("answers.json",
                "{",
                "  \"employer\": \"Example Borough Council\",",
                "  \"rep\": {\"name\": \"Sam\", \"phone\": null},",
                "  \"answers\": {",
                "    \"policy-exists\": \"yes\",",
                "    \"personal-use\": \"banned\"",
                "  },",
                "  \"visits\": [1, 2.5, true]",
                "}");

        AnswersFile read = AnswersFileReader.read(path);

        assertThat(read.source()).isEqualTo(path.toString());
        assertThat(read.answers()).containsExactly(
                Map.entry("policy-exists", "yes"), Map.entry("personal-use", "banned"));
        assertThat(read.lineOf("policy-exists")).isEqualTo(5);
        assertThat(read.lineOf("personal-use")).isEqualTo(6);
        assertThat(read.lineOf("not-there")).isZero();
        assertThat(read.metadata().keySet()).containsExactly("employer", "rep", "visits");
        assertThat(read.employer()).contains("Example Borough Council");
        assertThat(read.metadata().get("rep")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("name", "Sam").containsEntry("phone", null);
        assertThat(read.metadata().get("visits")).asInstanceOf(InstanceOfAssertFactories.LIST)
                .containsExactly(1, 2.5, true);
    }

    @Test
    void readsYamlAnswersWithTheirLinesAndKeepsMetadata() throws IOException {
        Path path = file("answers.yaml",
                "# Visit to the depot",
                "employer: Example Borough Council",
                "date: 2024-05-01",
                "answers:",
                "  policy-exists: \"yes\"",
                "  monitoring-practice: routine",
                "workplace: Depot");

        AnswersFile read = AnswersFileReader.read(path);

        assertThat(read.answers()).containsExactly(
                Map.entry("policy-exists", "yes"), Map.entry("monitoring-practice", "routine"));
        assertThat(read.lineOf("policy-exists")).isEqualTo(5);
        assertThat(read.lineOf("monitoring-practice")).isEqualTo(6);
        assertThat(read.metadata()).containsExactly(
                Map.entry("employer", "Example Borough Council"),
                Map.entry("date", "2024-05-01"),
                Map.entry("workplace", "Depot"));
    }

    @Test
    void acceptsTheYmlExtensionInAnyCase() throws IOException {
        Path path = file("ANSWERS.YML", "answers:", "  personal-use: limited");

        assertThat(AnswersFileReader.read(path).answers()).containsEntry("personal-use", "limited");
    }

    @Test
    void keepsUnquotedYamlYesNoAndTrueAsTheirText() throws IOException {
        Path path = file("answers.yml",
                "answers:",
                "  policy-exists: yes",
                "  explanation-first: no",
                "  union-email-addresses: true",
                "  filter-blocks-lgbt-terms: No");

        assertThat(AnswersFileReader.read(path).answers()).containsExactly(
                Map.entry("policy-exists", "yes"),
                Map.entry("explanation-first", "no"),
                Map.entry("union-email-addresses", "true"),
                Map.entry("filter-blocks-lgbt-terms", "no"));
    }

    @Test
    void normalisesUpperCaseAndSurroundingSpaces() throws IOException {
        Path path = file("answers.json",
                "{\"answers\": {\"personal-use\": \"  Banned \", \" Policy-Exists \": \"YES\"}}");

        assertThat(AnswersFileReader.read(path).answers()).containsExactly(
                Map.entry("personal-use", "banned"), Map.entry("policy-exists", "yes"));
    }

    @Test
    void skipsEmptyAndNullAnswersAsNotAnswered() throws IOException {
        Path path = file("answers.yaml",
                "answers:",
                "  policy-exists:",
                "  personal-use: ''",
                "  social-media-access: '   '",
                "  monitoring-practice: none");

        AnswersFile read = AnswersFileReader.read(path);

        assertThat(read.answers()).containsExactly(Map.entry("monitoring-practice", "none"));
        assertThat(read.lines()).containsOnlyKeys("monitoring-practice");
    }

    @Test
    void treatsANullAnswersMapAsNoAnswers() throws IOException {
        Path path = file("answers.yaml", "employer: Acme", "answers:");

        AnswersFile read = AnswersFileReader.read(path);

        assertThat(read.answers()).isEmpty();
        assertThat(read.employer()).contains("Acme");
    }

    @Test
    void reportsTheLineAndColumnOfInvalidJson() throws IOException {
        AnswersFileException e = failure("answers.json",
                "{",
                "  \"answers\": {",
                "    \"policy-exists\": \"yes\"",
                "    \"personal-use\": \"banned\"",
                "  }",
                "}");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage())
                .startsWith(dir.resolve("answers.json") + ":4: not valid JSON (at column 5): ")
                .contains("was expecting comma")
                .doesNotContain("\n");
    }

    @Test
    void reportsTheLineOfInvalidYaml() throws IOException {
        AnswersFileException e = failure("answers.yaml",
                "employer: Acme",
                "answers:",
                "  policy-exists: yes",
                "   personal-use: banned");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage())
                .startsWith(dir.resolve("answers.yaml") + ":4: not valid YAML")
                .contains("mapping values are not allowed here")
                .doesNotContain("\n");
    }

    @Test
    void reportsTheLineOfATabUsedForIndentingYaml() throws IOException {
        AnswersFileException e = failure("answers.yaml", "answers:", "\tpolicy-exists: yes");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).contains("TAB").contains("check the indentation");
    }

    @Test
    void reportsAnUnclosedYamlQuoteAtTheLineWhereItOpens() throws IOException {
        AnswersFileException e = failure("answers.yaml",
                "answers:",
                "  policy-exists: \"yes",
                "  personal-use: banned",
                "");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).startsWith("not valid YAML (at column 18): while scanning a quoted scalar");
    }

    @Test
    void rejectsATopLevelThatIsNotAMap() throws IOException {
        AnswersFileException e = failure("answers.yaml", "- policy-exists: yes");

        assertThat(e.getMessage()).isEqualTo(
                dir.resolve("answers.yaml") + ":1: expected a map with an \"answers\" map inside");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path path = dir.resolve("answers.json");
        Files.writeString(path, "  \n");

        assertThatThrownBy(() -> AnswersFileReader.read(path))
                .isInstanceOf(AnswersFileException.class)
                .hasMessageContaining("is empty; expected a map with an \"answers\" map inside");
    }

    @Test
    void rejectsAFileWithoutAnswersAndSaysWhereToPutThem() throws IOException {
        AnswersFileException e = failure("answers.yaml", "employer: Acme", "policy-exists: yes");

        assertThat(e.line()).isZero();
        assertThat(e.getMessage()).isEqualTo(
                dir.resolve("answers.yaml") + ": has no \"answers\" map; put the answers under \"answers:\"");
    }

    @Test
    void rejectsAnswersThatAreNotAMap() throws IOException {
        AnswersFileException e = failure("answers.yaml", "answers:", "  - policy-exists");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).contains("\"answers\" must be a map");
    }

    @Test
    void rejectsAListAsAnAnswerNamingTheQuestionAndLine() throws IOException {
        AnswersFileException e = failure("answers.yaml",
                "answers:",
                "  policy-exists: yes",
                "  personal-use: [banned, limited]");

        assertThat(e.getMessage()).isEqualTo(dir.resolve("answers.yaml")
                + ":3: answer to \"personal-use\" must be a single value such as \"banned\"");
    }

    @Test
    void rejectsAMapAsAnAnswer() throws IOException {
        AnswersFileException e = failure("answers.json",
                "{\"answers\": {",
                "  \"personal-use\": {\"value\": \"banned\"}",
                "}}");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.problem()).isEqualTo("answer to \"personal-use\" must be a single value such as \"banned\"");
    }

    @Test
    void rejectsAQuestionAnsweredTwiceNamingBothLines() throws IOException {
        AnswersFileException e = failure("answers.json",
                "{",
                "  \"answers\": {",
                "    \"personal-use\": \"banned\",",
                "    \"policy-exists\": \"yes\",",
                "    \"personal-use\": \"allowed\"",
                "  }",
                "}");

        assertThat(e.line()).isEqualTo(5);
        assertThat(e.problem())
                .isEqualTo("question \"personal-use\" is answered twice, on lines 3 and 5; keep only one");
    }

    @Test
    void rejectsTwoAnswersMaps() throws IOException {
        AnswersFileException e = failure("answers.yaml",
                "answers:",
                "  personal-use: banned",
                "answers:",
                "  policy-exists: yes");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("on lines 1 and 3");
    }

    @Test
    void rejectsASecondYamlDocument() throws IOException {
        AnswersFileException e = failure("answers.yaml",
                "answers:",
                "  personal-use: banned",
                "---",
                "answers:",
                "  policy-exists: yes");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.problem()).startsWith("unexpected content after the end of the top-level map");
    }

    @Test
    void doesNotCheckQuestionIdsOrValues() throws IOException {
        Path path = file("answers.yaml", "answers:", "  no-such-question: maybe");

        assertThat(AnswersFileReader.read(path).answers()).containsEntry("no-such-question", "maybe");
    }

    @Test
    void readsJsonFromStdinWhenItStartsWithABrace() {
        String json = "\n  {\"employer\": \"Acme\", \"answers\": {\"personal-use\": \"banned\"}}";

        AnswersFile read = AnswersFileReader.readStdin(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.source()).isEqualTo("<stdin>");
        assertThat(read.answers()).containsEntry("personal-use", "banned");
        assertThat(read.lineOf("personal-use")).isEqualTo(2);
    }

    @Test
    void readsYamlFromStdinOtherwise() {
        String yaml = "employer: Acme\nanswers:\n  policy-exists: yes\n";

        AnswersFile read = AnswersFileReader.readStdin(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

        assertThat(read.answers()).containsEntry("policy-exists", "yes");
        assertThat(read.lineOf("policy-exists")).isEqualTo(3);
    }

    @Test
    void namesStdinInErrors() {
        byte[] json = "{\"answers\": {\"personal-use\": }".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AnswersFileReader.readStdin(new ByteArrayInputStream(json)))
                .isInstanceOf(AnswersFileException.class)
                .hasMessageStartingWith("<stdin>:1: not valid JSON");
    }

    @Test
    void ignoresAByteOrderMark() throws IOException {
        Path path = file("answers.json", "\uFEFF{\"answers\": {\"personal-use\": \"banned\"}}");

        assertThat(AnswersFileReader.read(path).answers()).containsEntry("personal-use", "banned");
    }

    @Test
    void rejectsAnUnknownExtension() throws IOException {
        Path path = file("answers.txt", "answers:", "  personal-use: banned");

        assertThatThrownBy(() -> AnswersFileReader.read(path))
                .isInstanceOf(AnswersFileException.class)
                .hasMessage(path + ": unknown file type; use .json, .yaml or .yml");
    }

    @Test
    void reportsAMissingFile() {
        Path path = dir.resolve("missing.yaml");

        assertThatThrownBy(() -> AnswersFileReader.read(path))
                .isInstanceOf(AnswersFileException.class)
                .hasMessage(path + ": file not found");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path path = dir.resolve("answers.yaml");
        Files.write(path, new byte[] {'a', ':', ' ', (byte) 0xff, '\n'});

        assertThatThrownBy(() -> AnswersFileReader.read(path))
                .isInstanceOf(AnswersFileException.class)
                .hasMessageContaining("is not UTF-8 text");
    }

    @Test
    void resultIsUnmodifiable() throws IOException {
        AnswersFile read = AnswersFileReader.read(file("answers.yaml", "tags: [a]", "answers:", "  a: b"));

        assertThatThrownBy(() -> read.answers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> read.metadata().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((List<?>) read.metadata().get("tags")).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
