package org.monitoringadvisor.policy.reading;

import org.monitoringadvisor.policy.cues.CueFound;

/**
 * A cue the reading rules set aside or re-read, and why.
 *
 * @param cue the cue found
 * @param why a sentence saying why
 */
public record Discounted(CueFound cue, String why) {
}
