package org.monitoringadvisor.policy.cues;

import java.util.regex.Pattern;

/**
 * One cue of the catalogue: a pattern that, found in a sentence, bears on one answer.
 *
 * @param question   the question id
 * @param value      the answer value it bears on
 * @param stance     {@code supports} (the sentence says so), {@code reserves} (it only reserves the right) or
 *                   {@code rules-out} (it says the opposite)
 * @param pattern    the regular expression, matched against the normalised sentence
 * @param confidence {@code high} or {@code medium}: how plainly a match settles the answer
 * @param location   the catalogue file and line the cue is on, for messages and explanations
 */
public record Cue(String question, String value, String stance, Pattern pattern, String confidence,
                  String location) {

    /** The three stances a cue can take. */
    public static final java.util.List<String> STANCES = java.util.List.of("supports", "reserves", "rules-out");
    /** The two confidences. */
    public static final java.util.List<String> CONFIDENCES = java.util.List.of("high", "medium");
}
