package org.monitoringadvisor.model;

import java.util.List;

/**
 * An objection management is likely to raise against a finding, and the rep's answer to it.
 *
 * @param objection what management may say, in its own voice
 * @param answer    the rep's reply
 * @param guidance  the guidance ids the reply rests on, from {@code sources.yaml}
 */
public record Rebuttal(String objection, String answer, List<String> guidance) {

    public Rebuttal {
        guidance = List.copyOf(guidance);
    }
}
