package org.monitoringadvisor.policy.cues;

import java.util.List;

/**
 * A fact for the reading rules: a cue's pattern was found in a sentence.
 *
 * @param question   the question id
 * @param value      the value the cue bears on
 * @param stance     supports, reserves or rules-out
 * @param confidence high or medium
 * @param sentence   the sentence's index in the document
 * @param flags      the catalogue's flags the sentence raises (such as hedge or employer-accounts)
 * @param cue        where the cue is in the catalogue (file:line)
 * @param start      where the match starts in the sentence
 * @param end        where it ends
 */
public record CueFound(String question, String value, String stance, String confidence, int sentence,
                       List<String> flags, String cue, int start, int end) {

    public CueFound {
        flags = List.copyOf(flags);
    }
}
