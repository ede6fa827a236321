package org.monitoringadvisor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.monitoringadvisor.answers.AnswersFileReader;

/** The inputs the benchmarks share: the sample workplaces. */
final class Samples {

    /** The sample workplaces of facts-samples/ (AssessmentBenchmark lists the same names as its parameters). */
    static final String[] NAMES = {"agreement-follows-guidance.yaml", "call-centre-after-talks.yaml",
        "call-centre-draconian.yaml", "charity-no-policy.json", "council-routine-monitoring.json",
        "nhs-trust-facebook-blocked.yaml", "school-unknowns.yaml"};

    private Samples() {
    }

    /** The answers of one sample, read from {@code facts-samples/} (or the folder named by -Dbench.samples). */
    static Map<String, String> answers(String name) {
        Path folder = Path.of(System.getProperty("bench.samples", "facts-samples"));
        return AnswersFileReader.read(folder.resolve(name)).answers();
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
