package org.monitoringadvisor.cli.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.cli.interview.Console.Emphasis;

/**
 * After the questions: three optional details for the report's header and the letter (the workplace, the branch,
 * who prepared it), kept as metadata in the answers file. Enter skips one, or keeps what the file already says.
 */
final class DetailsPrompt {

    /** The metadata key, and the words at the prompt. */
    private static final List<List<String>> DETAILS = List.of(
            List.of("workplace", "Workplace or site (for example \"Leeds call centre\")"),
            List.of("branch", "Your union branch"),
            List.of("prepared-by", "Your name, as it should appear on the report and the letter"));

    private DetailsPrompt() {
    }

    /**
     * Asks for each detail and returns the metadata with the answers given (a detail left blank is left as it
     * was). The end of input stops the asking; what was given so far is kept.
     */
    static Map<String, Object> ask(Screen screen, Console console, Map<String, Object> metadata) {
        Map<String, Object> updated = new LinkedHashMap<>(metadata);
        screen.blank();
        screen.text(Emphasis.QUESTION, "Three optional details for the report and the letter (press Enter to"
                + " skip each):");
        for (List<String> detail : DETAILS) {
            Object current = updated.get(detail.get(0));
            String now = current == null || current.toString().isBlank() ? "" : " [" + current + "]";
            String line;
            try {
                line = console.readLine("  " + detail.get(1) + now + ": ", List.of());
            } catch (InputEndedException e) {
                if (e.interrupted()) {
                    throw e;
                }
                break;
            }
            String value = line.strip();
            if (!value.isEmpty()) {
                updated.put(detail.get(0), value);
            }
        }
        return updated;
    }
}
