package org.monitoringadvisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.knowledge.KnowledgeFiles;

/** The inputs the benchmarks share: the sample workplaces and a copy of the seed rule base. */
final class Samples {

    /** The sample workplaces of facts-samples/ (AssessmentBenchmark lists the same names as its parameters). */
    static final String[] NAMES = {"agreement-follows-guidance.yaml", "call-centre-after-talks.yaml",
        "call-centre-draconian.yaml", "charity-no-policy.json", "council-routine-monitoring.json",
        "nhs-trust-facebook-blocked.yaml", "school-unknowns.yaml"};

    /** The rule files of the first release, which {@link HandCodedRules} writes out by hand. */
    private static final Set<String> SEED_RULE_FILES = Set.of("acceptable-content.drl", "filtering.drl",
            "monitoring.drl", "personal-use.drl", "policy.drl", "principles.drl", "social-media.drl",
            "suspected-abuse.drl", "union-email.drl");

    private Samples() {
    }

    /** The answers of one sample, read from {@code facts-samples/} (or the folder named by -Dbench.samples). */
    static Map<String, String> answers(String name) {
        Path folder = Path.of(System.getProperty("bench.samples", "facts-samples"));
        return AnswersFileReader.read(folder.resolve(name)).answers();
    }

    /**
     * Copies the built-in rule base into {@code folder}, keeping only the seed rule files, so that the engine and
     * the hand-coded rules evaluate the same rules even after new topics are added to the product.
     */
    static Path seedRuleBase(Path folder) {
        KnowledgeFiles builtIn = KnowledgeFiles.builtIn();
        try {
            Files.createDirectories(folder);
            for (String name : builtIn.names()) {
                if (!name.endsWith(".drl") || SEED_RULE_FILES.contains(name)) {
                    Files.writeString(folder.resolve(name), builtIn.read(name));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh temporary folder, removed when the JVM exits. */
    static Path temporaryFolder(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
