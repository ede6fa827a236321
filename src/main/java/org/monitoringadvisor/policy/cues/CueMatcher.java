package org.monitoringadvisor.policy.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Finds the catalogue's cues and flags in sentences. */
public final class CueMatcher {

    private final CueCatalogue catalogue;

    public CueMatcher(CueCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every cue found in every sentence, in document order, each with the flags its sentence raises. */
    public List<CueFound> find(List<Sentence> sentences) {
        List<CueFound> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<String> flags = null;
            for (Cue cue : catalogue.cues()) {
                java.util.regex.Matcher match = cue.pattern().matcher(sentence.normalised());
                if (match.find()) {
                    if (flags == null) {
                        flags = flags(sentence);
                    }
                    found.add(new CueFound(cue.question(), cue.value(), cue.stance(), cue.confidence(),
                            sentence.index(), flags, cue.location(), match.start(), match.end()));
                }
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
