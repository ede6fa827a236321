package org.monitoringadvisor.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.monitoringadvisor.policy.cues.CueFound;
import org.monitoringadvisor.policy.cues.Sentence;
import org.monitoringadvisor.policy.reading.Signal;

/**
 * Picks the passages a conclusion rests on and cuts them to a quote: the sentence, or, in a sentence too long to
 * read at a glance, the clause around the cue, always one contiguous span of the document's characters.
 */
final class Quotes {

    /** Longer sentences are cut to the clause around the cue. */
    static final int LONGEST_QUOTE = 320;
    private static final int MOST_QUOTES = 3;
    private static final int MOST_QUOTES_FOR_ONE_VALUE = 2;

    private final List<Sentence> sentences;
    private final List<CueFound> cues;
    private final List<Signal> signals;

    Quotes(List<Sentence> sentences, List<CueFound> cues, List<Signal> signals) {
        this.sentences = sentences;
        this.cues = cues;
        this.signals = signals;
    }

    /**
     * The evidence for the signals named by {@code quoting} ({@code question=value}): the best sentence for each
     * name first (plain statements before hedged ones, high confidence before medium), then more up to three, in
     * document order.
     */
    List<Evidence> evidence(List<String> quoting, String confidence) {
        Set<Integer> chosen = new LinkedHashSet<>();
        List<List<Signal>> perName = new ArrayList<>();
        for (String name : quoting) {
            List<Signal> matching = signals.stream().filter(s -> name.equals(s.question() + "=" + s.value()))
                    .sorted(Comparator.comparingInt((Signal s) -> rank(s.stance()))
                            .thenComparing(s -> s.confidence().equals("high") ? 0 : 1)
                            .thenComparingInt(Signal::sentence))
                    .toList();
            perName.add(matching);
            if (!matching.isEmpty()) {
                chosen.add(matching.get(0).sentence());
            }
        }
        // More quotes only of the same weight as the best one: a plain statement is not padded with "may monitor".
        int most = quoting.size() == 1 ? MOST_QUOTES_FOR_ONE_VALUE : MOST_QUOTES;
        for (List<Signal> matching : perName) {
            for (Signal signal : matching) {
                if (chosen.size() >= most) {
                    break;
                }
                if (signal.stance().equals(matching.get(0).stance())) {
                    chosen.add(signal.sentence());
                }
            }
        }
        List<Integer> ordered = new ArrayList<>(chosen);
        ordered.sort(null);
        List<Evidence> evidence = new ArrayList<>();
        for (int index : ordered) {
            Sentence sentence = sentences.get(index);
            evidence.add(new Evidence(cut(sentence, quoting), sentence.where(), confidence));
        }
        return evidence;
    }

    private static int rank(String stance) {
        return switch (stance) {
            case "supports" -> 0;
            case "rules-out" -> 1;
            default -> 2;
        };
    }

    /** The sentence, or in a long one the clause around the first cue found in it. */
    private String cut(Sentence sentence, List<String> quoting) {
        String quote = sentence.quote();
        if (quote.length() <= LONGEST_QUOTE) {
            return quote;
        }
        CueFound cue = cues.stream().filter(c -> c.sentence() == sentence.index()
                && quoting.contains(c.question() + "=" + c.value())).findFirst()
                .orElse(cues.stream().filter(c -> c.sentence() == sentence.index()).findFirst().orElse(null));
        int matchStart = cue == null ? 0 : cue.start();
        int matchEnd = cue == null ? Math.min(quote.length(), LONGEST_QUOTE) : cue.end();
        int start = clauseStart(quote, matchStart);
        int end = clauseEnd(quote, matchEnd);
        if (end - start > LONGEST_QUOTE) {
            int spare = Math.max(0, (LONGEST_QUOTE - (matchEnd - matchStart)) / 2);
            start = wordStart(quote, Math.max(start, matchStart - spare));
            end = wordEnd(quote, Math.min(end, Math.max(matchEnd + spare, start + LONGEST_QUOTE / 2)));
        }
        return quote.substring(start, end).strip();
    }

    private static int clauseStart(String text, int from) {
        for (int i = from - 1; i > 0; i--) {
            char c = text.charAt(i);
            if ((c == ';' || c == ':') && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return i + 2;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static int wordStart(String text, int at) {
        int i = Math.max(0, at);
        while (i > 0 && text.charAt(i - 1) != ' ') {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int at) {
        int i = Math.min(text.length(), at);
        while (i < text.length() && text.charAt(i) != ' ') {
            i++;
        }
        return i;
    }
}
