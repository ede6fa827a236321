package org.monitoringadvisor.policy.reading;

/**
 * What a sentence counts for once the reading rules have weighed its cue (a hedged monitoring statement only
 * reserves the right, a sentence about the employer's own accounts counts for nothing).
 *
 * @param question   the question id
 * @param value      the value
 * @param stance     supports, reserves or rules-out
 * @param confidence high or medium
 * @param sentence   the sentence's index
 */
public record Signal(String question, String value, String stance, String confidence, int sentence) {
}
