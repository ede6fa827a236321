package org.monitoringadvisor.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.policy.text.DocumentReader;

/**
 * Precision and recall on real, published policies (the development set, src/test/resources/policy-devset). Their
 * texts are not in the repository: the test runs when they are in /work/policy-devset (or the folder named by
 * -Dpolicy.devset) and is skipped, saying so, otherwise. Prints both figures, for the whole set and for each round of
 * the manifest (texts the cues were tuned on, and texts held out from tuning); -Dpolicy.devset.round=NAME reads one round
 * only, so that tuning need not show the held-out texts' mistakes. Every quote must be found in the text.
 */
class PolicyDevSetTest {

    @Test
    @SuppressWarnings("unchecked")
    void readsRealPoliciesConservatively() throws IOException {
        Path folder = Path.of(System.getProperty("policy.devset", "/work/policy-devset"));
        assumeTrue(Files.isDirectory(folder), "Development set not found in " + folder
                + ": skipped (see docs/policy-reading.md to set it up)");
        Map<String, Object> manifest = new ObjectMapper(new YAMLFactory()).readValue(
                PolicyCorpusTest.class.getResourceAsStream("/policy-devset/manifest.yaml"), Map.class);
        Scoring scoring = new Scoring();
        Map<String, Scoring> byRound = new java.util.TreeMap<>();
        int read = 0;
        for (Map<String, Object> policy : (List<Map<String, Object>>) manifest.get("policies")) {
            String round = String.valueOf(policy.getOrDefault("round", "earlier rounds"));
            if (!System.getProperty("policy.devset.round", round).equals(round)) {
                continue;
            }
            Path file = folder.resolve((String) policy.get("file"));
            if (!Files.isRegularFile(file)) {
                System.out.println("Development set: " + file + " is missing; left out");
                continue;
            }
            Map<String, String> expected = new LinkedHashMap<>();
            ((Map<String, Object>) policy.get("expected")).forEach((q, v) -> expected.put(q, String.valueOf(v)));
            PolicyReading reading = PolicyReader.builtIn().read(file, LocalDate.of(2026, 12, 1));
            String text = DocumentReader.read(file).fullText();
            scoring.add(file.getFileName().toString(), reading, expected, text);
            byRound.computeIfAbsent(round, r -> new Scoring())
                    .add(file.getFileName().toString(), reading, expected, text);
            read++;
        }
        assumeTrue(read > 0, "Development set folder " + folder + " holds none of the manifest's files: skipped");
        byRound.forEach((round, part) -> System.out.print(part.summary("Development set, " + round)));
        System.out.print(scoring.summary("Development set (" + read + " real policies)"));
        assertThat(scoring.badQuotes()).as("quotes not found verbatim in the text").isEmpty();
        assertThat(scoring.precision()).as("precision").isGreaterThanOrEqualTo(0.9);
    }
}
