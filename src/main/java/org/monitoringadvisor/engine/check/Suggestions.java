package org.monitoringadvisor.engine.check;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for ids: the known id closest to a misspelt one, when it is close enough to be the likely intent
 * (a few letters off, or the start of it).
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** {@code "; did you mean "x"?"} for the closest known id, or an empty string when none is close. */
    public static String didYouMean(String unknown, Collection<String> known) {
        return closest(unknown, known).map(id -> "; did you mean \"" + id + "\"?").orElse("");
    }

    static Optional<String> closest(String unknown, Collection<String> known) {
        String wanted = normalise(unknown);
        int allowed = Math.max(2, wanted.length() / 4);
        return known.stream()
                .filter(id -> distance(wanted, normalise(id)) <= allowed
                        || wanted.length() >= 4 && (normalise(id).startsWith(wanted) || wanted.startsWith(normalise(id))))
                .min(Comparator.comparingInt((String id) -> distance(wanted, normalise(id))).thenComparing(id -> id));
    }

    /** Case and the choice between '-', '_' and ' ' are the commonest slips; they count as no difference. */
    private static String normalise(String id) {
        return id.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
