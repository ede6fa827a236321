package org.monitoringadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleBaseException;

/** A rule base in a folder: loaded without a build, and broken files reported by name and line. */
class RuleFolderTest {

    @TempDir
    Path folder;

    @BeforeEach
    void copyBuiltInRules() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/rules"))) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    private void replace(String file, String from, String to) throws Exception {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    @Test
    void aCopyOfTheBuiltInRulesGivesTheSameFindings() {
        Map<String, String> answers = Map.of("personal-use", "banned", "social-media-access", "blocked");
        assertThat(Advisor.fromFolder(folder).assess(answers).findings())
                .isEqualTo(Advisor.builtIn().assess(answers).findings());
    }

    @Test
    void anEditedFindingWordingTakesEffectWithoutABuild() throws Exception {
        replace("personal-use.findings.yaml", "title: Personal use of work email and the internet is banned",
                "title: Staff may not use work email or the web for anything personal");

        assertThat(Advisor.fromFolder(folder).assess(Map.of("personal-use", "banned")).findings())
                .anySatisfy(f -> assertThat(f.title()).isEqualTo("Staff may not use work email or the web for anything personal"));
    }

    @Test
    void aDrlSyntaxErrorIsReportedWithFileAndLine() throws Exception {
        replace("social-media.drl", "insertLogical( new Judgement( \"social-networks-blocked\" ) );",
                "insertLogical( new Judgement( \"social-networks-blocked\" ) ;");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining(folder.resolve("social-media.drl") + ":")
                .hasMessageContaining(": error: ");
    }

    @Test
    void aRuleCitingUnknownGuidanceIsRejected() throws Exception {
        replace("filtering.drl", "@guidance(\"unison-2014/no-lgbt-keyword-filtering\")\nwhen\n    Answer( question == \"filter-blocks-lgbt-terms\", value == \"yes\" )",
                "@guidance(\"unison-2014/no-lgbt-filtering\")\nwhen\n    Answer( question == \"filter-blocks-lgbt-terms\", value == \"yes\" )");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageMatching("(?s).*filtering\\.drl:\\d+:\\d+: error: unknown guidance "
                        + "\"unison-2014/no-lgbt-filtering\"; it is not in sources\\.yaml.*");
    }

    @Test
    void aConclusionMissingFromTheFindingCatalogueIsRejectedWithItsLine() throws Exception {
        replace("monitoring.drl", "new Conclusion( \"no-monitoring\" )", "new Conclusion( \"no-monitoring-at-all\" )");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageMatching("(?s).*monitoring\\.drl:\\d+:\\d+: error: unknown finding \"no-monitoring-at-all\"; it is not "
                        + "in any \\.findings\\.yaml file.*");
    }

    @Test
    void aQuestionWithoutTextNamesTheFileAndTheQuestion() throws Exception {
        replace("questions.yaml", "    text: Does the employer have a written policy on how staff may use work email, the internet and social media?\n", "");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("questions.yaml:6:5: question \"policy-exists\": missing \"text\"");
    }

    @Test
    void aFindingWithABadKindListsTheAllowedKinds() throws Exception {
        replace("filtering.findings.yaml", "kind: strength", "kind: positive");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("filtering.findings.yaml:").hasMessageContaining(": finding \"filters-allow-lgbt-terms\"")
                .hasMessageContaining("allowed: gap, ask, strength");
    }

    @Test
    void anElementShownInPlaceByAnUnknownFindingIsRejected() throws Exception {
        replace("sources.yaml", "in-place-with: [social-networks-restricted]", "in-place-with: [social-networks-limited]");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("guidance point \"unison-2014/no-social-network-bans\"")
                .hasMessageContaining("in-place-with names finding \"social-networks-limited\", which is not in any "
                        + ".findings.yaml file");
    }

    @Test
    void onlyAnElementCanBeShownInPlaceByAFinding() throws Exception {
        replace("sources.yaml", "    element: No outright ban on social networks\n", "");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("sources.yaml:")
                .hasMessageContaining("has \"in-place-with\", which only an element can have");
    }

    @Test
    void invalidYamlInACatalogueGivesItsLine() throws Exception {
        Files.writeString(folder.resolve("sources.yaml"), "documents:\n  - id: x\n    title: [unclosed\n");

        assertThatThrownBy(() -> Advisor.fromFolder(folder))
                .isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("sources.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aMissingFolderIsNamed() {
        assertThatThrownBy(() -> Advisor.fromFolder(folder.resolve("nope")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("nope").hasMessageContaining("not a folder");
    }
}
