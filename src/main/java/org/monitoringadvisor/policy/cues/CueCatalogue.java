package org.monitoringadvisor.policy.cues;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The policy-reading cues, read from {@code policy-cues.yaml}: per question and value, the patterns that support
 * it, reserve the right to it, or rule it out; and named sentence flags (such as {@code hedge} or
 * {@code employer-accounts}) that the reading rules look at.
 *
 * @param location where the catalogue came from
 * @param cues     the cues in file order
 * @param flags    flag name to the patterns that raise it
 */
public record CueCatalogue(String location, List<Cue> cues, Map<String, List<Pattern>> flags) {

    public CueCatalogue {
        cues = List.copyOf(cues);
        flags = Map.copyOf(flags);
    }
}
