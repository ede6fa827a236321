package org.monitoringadvisor.policy.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the catalogue's cues and flags in sentences. A cue's regular expression runs only on sentences that hold one
 * of the words it cannot match without ({@link CueGate}), so most sentences skip most patterns. Each cue is kept for at most {@value #MOST_PER_CUE} sentences
 * with the same flags (the first in the document): more would say nothing new to the rules and would only make a
 * long handbook slow to weigh. Sentences are matched on all cores; the result is in document order either way.
 */
public final class CueMatcher {

    /** The most sentences kept for one cue with the same flags. */
    static final int MOST_PER_CUE = 3;

    private final CueCatalogue catalogue;
    private final List<CueGate> gates;

    public CueMatcher(CueCatalogue catalogue) {
        this.catalogue = catalogue;
        this.gates = catalogue.cues().stream().map(cue -> CueGate.of(cue.pattern().pattern())).toList();
    }

    /** The cues found in the sentences, in document order, each with the flags its sentence raises. */
    public List<CueFound> find(List<Sentence> sentences) {
        List<List<CueFound>> perSentence = sentences.parallelStream().map(this::find).toList();
        Map<String, Integer> kept = new java.util.HashMap<>();
        List<CueFound> found = new ArrayList<>();
        for (List<CueFound> cues : perSentence) {
            for (CueFound cue : cues) {
                String key = cue.cue() + "|" + cue.flags();
                if (kept.merge(key, 1, Integer::sum) <= MOST_PER_CUE) {
                    found.add(cue);
                }
            }
        }
        return found;
    }

    private List<CueFound> find(Sentence sentence) {
        List<CueFound> found = new ArrayList<>();
        List<String> flags = null;
        String text = sentence.normalised();
        List<Cue> cues = catalogue.cues();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            if (!gates.get(i).mayMatch(text)) {
                continue;
            }
            java.util.regex.Matcher match = cue.pattern().matcher(text);
            if (match.find()) {
                if (flags == null) {
                    flags = flags(sentence);
                }
                found.add(new CueFound(cue.question(), cue.value(), cue.stance(), cue.confidence(),
                        sentence.index(), flags, cue.location(), match.start(), match.end()));
            }
        }
        return found;
    }

    private List<String> flags(Sentence sentence) {
        List<String> raised = new ArrayList<>();
        for (Map.Entry<String, List<Pattern>> flag : catalogue.flags().entrySet()) {
            if (flag.getValue().stream().anyMatch(p -> p.matcher(sentence.normalised()).find())) {
                raised.add(flag.getKey());
            }
        }
        raised.sort(null);
        return raised;
    }
}
