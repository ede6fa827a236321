package org.monitoringadvisor.policy.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cheap test that lets most sentences skip a cue's regular expression: words the pattern cannot match without.
 * From the pattern's own text, outside any optional or alternative part, it takes either a run of plain characters
 * ({@code personal use}) or a group of plain alternatives ({@code (may|might|could|can)}), choosing the one whose
 * shortest word is longest; a sentence that contains none of those words cannot match, so the pattern is not run.
 *
 * <p>Conservative by construction: whatever it does not understand (alternatives at the top level, inline flags,
 * quoting, nested groups) gives no gate, and the pattern is always run. A gate only ever skips sentences the
 * pattern would not have matched.
 */
final class CueGate {

    /** Shorter words would let nearly every sentence through: no gate then. */
    private static final int SHORTEST_USEFUL = 3;
    private static final CueGate NONE = new CueGate(List.of());

    private final List<String> words;

    private CueGate(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The gate for a pattern, or one that lets every sentence through. */
    static CueGate of(String pattern) {
        if (pattern.contains("\\Q") || pattern.matches("(?s).*\\(\\?[a-zA-Z-]+[:)].*")) {
            return NONE;
        }
        List<List<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '|') {
                return NONE;
            }
            if (c == '\\') {
                endRun(run, candidates);
                i = skipQuantifier(pattern, endOfEscape(pattern, i));
                continue;
            }
            if (c == '[') {
                endRun(run, candidates);
                i = skipQuantifier(pattern, endOfClass(pattern, i) + 1);
                continue;
            }
            if (c == '(') {
                endRun(run, candidates);
                int close = closingParenthesis(pattern, i);
                if (close < 0) {
                    return NONE;
                }
                int after = close + 1;
                if (!optional(pattern, after)) {
                    alternatives(pattern.substring(i + 1, close)).ifPresent(candidates::add);
                }
                i = skipQuantifier(pattern, after);
                continue;
            }
            if (".^$)*+?{}".indexOf(c) >= 0) {
                endRun(run, candidates);
                i++;
                continue;
            }
            int next = skipQuantifier(pattern, i + 1);
            if (next == i + 1) {
                run.append(c);
            } else {
                // A quantified character: kept if it must appear at least once, and the run ends with it.
                if (!optional(pattern, i + 1)) {
                    run.append(c);
                }
                endRun(run, candidates);
            }
            i = next;
        }
        endRun(run, candidates);
        List<String> best = null;
        for (List<String> candidate : candidates) {
            if (best == null || shortest(candidate) > shortest(best)) {
                best = candidate;
            }
        }
        return best == null || shortest(best) < SHORTEST_USEFUL ? NONE : new CueGate(best);
    }

    /** Whether the sentence (normalised, lower case) might match: it contains one of the gate's words. */
    boolean mayMatch(String normalised) {
        if (words.isEmpty()) {
            return true;
        }
        for (String word : words) {
            if (normalised.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The words, for tests; empty when every sentence goes through. */
    List<String> words() {
        return words;
    }

    private static void endRun(StringBuilder run, List<List<String>> candidates) {
        String word = run.toString().strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty()) {
            candidates.add(List.of(word));
        }
        run.setLength(0);
    }

    /** A group's plain alternatives ({@code may|might}, or {@code ?:may|might}); empty if any is not plain. */
    private static java.util.Optional<List<String>> alternatives(String body) {
        if (body.startsWith("?:")) {
            body = body.substring(2);
        } else if (body.startsWith("?")) {
            return java.util.Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (String alternative : body.split("\\|", -1)) {
            if (!alternative.matches("[a-zA-Z0-9 '-]+")) {
                return java.util.Optional.empty();
            }
            String word = alternative.strip().toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                return java.util.Optional.empty();
            }
            words.add(word);
        }
        return java.util.Optional.of(words);
    }

    /** Whether the quantifier at {@code at}, if any, lets the thing before it match nothing. */
    private static boolean optional(String pattern, int at) {
        if (at >= pattern.length()) {
            return false;
        }
        char q = pattern.charAt(at);
        if (q == '?' || q == '*') {
            return true;
        }
        if (q == '{') {
            int end = pattern.indexOf('}', at);
            String min = (end < 0 ? pattern.substring(at + 1) : pattern.substring(at + 1, end)).split(",", -1)[0];
            return min.strip().isEmpty() || min.strip().equals("0");
        }
        return false;
    }

    private static int skipQuantifier(String pattern, int at) {
        if (at >= pattern.length()) {
            return at;
        }
        char q = pattern.charAt(at);
        int next = at;
        if (q == '?' || q == '*' || q == '+') {
            next = at + 1;
        } else if (q == '{') {
            int end = pattern.indexOf('}', at);
            next = end < 0 ? pattern.length() : end + 1;
        }
        if (next != at && next < pattern.length() && (pattern.charAt(next) == '?' || pattern.charAt(next) == '+')) {
            next++;
        }
        return next;
    }

    /** The index just after the escape sequence starting at {@code backslash}. */
    private static int endOfEscape(String pattern, int backslash) {
        int i = backslash + 1;
        if (i >= pattern.length()) {
            return i;
        }
        char e = pattern.charAt(i);
        if ((e == 'x' || e == 'p' || e == 'P') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
            int end = pattern.indexOf('}', i);
            return end < 0 ? pattern.length() : end + 1;
        }
        if (e == 'k' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '<') {
            int end = pattern.indexOf('>', i);
            return end < 0 ? pattern.length() : end + 1;
        }
        int length = switch (e) {
            case 'x' -> 3;
            case 'u' -> 5;
            case 'c', 'p', 'P' -> 2;
            case '0' -> 1 + (int) pattern.substring(i + 1, Math.min(pattern.length(), i + 4)).chars()
                    .takeWhile(ch -> ch >= '0' && ch <= '7').count();
            default -> 1;
        };
        return Math.min(pattern.length(), i + length);
    }

    private static int endOfClass(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && pattern.charAt(i) == '^') {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == ']') {
                return i;
            }
            i++;
        }
        return pattern.length();
    }

    private static int closingParenthesis(String pattern, int open) {
        int depth = 0;
        int i = open;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                i = endOfClass(pattern, i) + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
            i++;
        }
        return -1;
    }

    private static int shortest(List<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }
}
