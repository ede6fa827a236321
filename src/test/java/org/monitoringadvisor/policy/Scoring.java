package org.monitoringadvisor.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of suggested answers against what a careful reader settles, over a set of policies, and
 * every quote checked against the document's text.
 */
final class Scoring {

    private int right;
    private int wrong;
    private int missed;
    private final List<String> mistakes = new ArrayList<>();
    private final List<String> badQuotes = new ArrayList<>();

    /** Scores one policy's reading. */
    void add(String name, PolicyReading reading, Map<String, String> expected, String documentText) {
        String text = collapse(documentText);
        for (Suggestion suggestion : reading.suggestions()) {
            String want = expected.get(suggestion.question());
            if (suggestion.value().equals(want)) {
                right++;
            } else {
                wrong++;
                mistakes.add(name + ": suggested " + suggestion.question() + "=" + suggestion.value() + " ("
                        + (want == null ? "not settled" : "expected " + want) + ") from \""
                        + suggestion.evidence().get(0).quote() + "\"");
            }
            for (Evidence evidence : suggestion.evidence()) {
                if (!text.contains(evidence.quote()) || evidence.quote().contains("\n")) {
                    badQuotes.add(name + ": \"" + evidence.quote() + "\"");
                }
            }
        }
        for (Map.Entry<String, String> want : expected.entrySet()) {
            if (reading.suggestion(want.getKey()).isEmpty()) {
                missed++;
                mistakes.add(name + ": missed " + want.getKey() + "=" + want.getValue());
            }
        }
    }

    double precision() {
        return right + wrong == 0 ? 1.0 : (double) right / (right + wrong);
    }

    double recall() {
        return right + missed == 0 ? 1.0 : (double) right / (right + missed);
    }

    List<String> badQuotes() {
        return badQuotes;
    }

    String summary(String set) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%s: precision %.2f (%d right of %d suggested), recall %.2f (%d of %d settled answers)%n", set,
                precision(), right, right + wrong, recall(), right, right + missed));
        mistakes.forEach(m -> out.append("  ").append(m).append('\n'));
        return out.toString();
    }

    /** Runs of spaces and line breaks as one space, as quotes are written. */
    static String collapse(String text) {
        return text.replaceAll("[ \\t\\r\\n\\f]+", " ");
    }
}
