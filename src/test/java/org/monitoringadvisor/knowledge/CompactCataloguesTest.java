package org.monitoringadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogues the build read into a compact form are the parser's trees, and only while the texts are the same. */
class CompactCataloguesTest {

    private static final KnowledgeFiles BUILT_IN = KnowledgeFiles.builtIn();

    @Test
    void theBuildLeavesTheTreesTheParserMakesOfEveryBuiltInCatalogue() {
        var stored = CompactCatalogues.readBuiltIn();
        assertThat(stored).as("made by the build (mvn process-classes)").isPresent();
        CompactCatalogues.Trees trees = CompactCatalogues.ifMadeFrom(stored.get(), BUILT_IN).orElseThrow();

        List<String> catalogues = CompactCatalogues.catalogues(BUILT_IN.names());
        assertThat(catalogues).contains("questions.yaml", "sources.yaml", "rulebase.yaml", "monitoring.findings.yaml");
        assertThat(trees.trees().keySet()).containsExactlyElementsOf(catalogues);
        for (String name : catalogues) {
            assertThat(trees.trees().get(name)).as(name)
                    .isEqualTo(YamlReader.parse(BUILT_IN.location(name), BUILT_IN.read(name)));
        }
        assertThat(trees.names()).isEqualTo(BUILT_IN.names());
    }

    @Test
    void anEditedCatalogueIsParsedAgainNotTakenFromTheCompactForm() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompactCatalogues.write(BUILT_IN, bytes);
        var stored = CompactCatalogues.read(new ByteArrayInputStream(bytes.toByteArray())).orElseThrow();
        KnowledgeFiles edited = new EditedFiles(BUILT_IN,
                (name, text) -> name.equals("questions.yaml") ? text + "\n# edited\n" : text);

        assertThat(CompactCatalogues.ifMadeFrom(stored, BUILT_IN)).isPresent();
        assertThat(CompactCatalogues.ifMadeFrom(stored, edited)).isEmpty();
        assertThat(CompactCatalogues.read(new ByteArrayInputStream("damaged".getBytes()))).isEmpty();
    }
}
