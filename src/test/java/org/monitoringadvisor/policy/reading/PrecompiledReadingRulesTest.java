package org.monitoringadvisor.policy.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.policy.PolicyKnowledge;
import org.monitoringadvisor.policy.PolicyReader;
import org.monitoringadvisor.policy.PolicyReading;
import org.monitoringadvisor.policy.reading.ReadingRules.DrlFile;
import org.monitoringadvisor.policy.text.DocumentReader;

/** The reading rules compiled at build time read policies exactly as the same rules compiled at run time do. */
class PrecompiledReadingRulesTest {

    private static final List<DrlFile> BUILT_IN = PolicyKnowledge.builtIn().drl();

    @Test
    void theBuildLeavesPrecompiledReadingRulesThatMatchTheBuiltInDrl() {
        assertThat(PrecompiledReadingRules.load(BUILT_IN)).as("precompiled by the build (mvn process-classes)")
                .isPresent();
    }

    @Test
    void precompiledRulesSuggestTheSameAsRulesCompiledNow() throws IOException {
        PolicyReader precompiled = PolicyReader.builtIn();
        PolicyKnowledge edited = withComment(PolicyKnowledge.builtIn());
        assertThat(PrecompiledReadingRules.load(edited.drl())).isEmpty();
        PolicyReader compiledNow = PolicyReader.of(Knowledge.load(KnowledgeFiles.builtIn()).questions().all(), edited);
        List<Path> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/policy-corpus"))) {
            files.filter(f -> !f.getFileName().toString().endsWith(".yaml")).sorted().forEach(texts::add);
        }
        assertThat(texts).isNotEmpty();

        int suggestions = 0;
        for (Path text : texts) {
            var read = DocumentReader.read(text);
            var document = PolicyReader.describe(text, read, java.time.LocalDate.of(2026, 12, 1));
            PolicyReading one = precompiled.read(read, document);
            PolicyReading other = compiledNow.read(read, document);
            assertThat(one).as(text.toString()).isEqualTo(other);
            suggestions += one.suggestions().size();
        }
        assertThat(suggestions).as("suggestions over our own texts").isGreaterThan(30);
    }

    @Test
    void packagesCompiledFromOtherDrlOrDamagedAreIgnored() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrecompiledReadingRules.write(BUILT_IN, bytes);

        assertThat(PrecompiledReadingRules.read(BUILT_IN, new ByteArrayInputStream(bytes.toByteArray()))).isPresent();
        assertThat(PrecompiledReadingRules.read(withComment(PolicyKnowledge.builtIn()).drl(),
                new ByteArrayInputStream(bytes.toByteArray()))).isEmpty();
        assertThat(PrecompiledReadingRules.read(BUILT_IN, new ByteArrayInputStream("damaged".getBytes()))).isEmpty();
    }

    private static PolicyKnowledge withComment(PolicyKnowledge knowledge) {
        List<DrlFile> drl = new ArrayList<>(knowledge.drl());
        DrlFile first = drl.get(0);
        drl.set(0, new DrlFile(first.name(), first.location(), first.text() + "\n// edited after the build\n"));
        return new PolicyKnowledge(knowledge.cuesLocation(), knowledge.cues(), drl, knowledge.scenarios());
    }
}
