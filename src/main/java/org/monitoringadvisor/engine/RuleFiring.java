package org.monitoringadvisor.engine;

import java.util.List;
import java.util.Objects;

/**
 * One rule firing, for authors tracing what their rules did: the rule, the facts it matched (in the order of its
 * patterns) and the facts its consequence inserted. Facts are the model's records ({@code Answer}, {@code Ask},
 * {@code Conclusion}, {@code Judgement}) or types a rule file declares.
 *
 * @param rule     the rule's name
 * @param matched  the facts the rule's patterns matched
 * @param inserted the facts the consequence inserted, in order
 */
public record RuleFiring(String rule, List<Object> matched, List<Object> inserted) {

    public RuleFiring {
        Objects.requireNonNull(rule, "rule");
        matched = List.copyOf(matched);
        inserted = List.copyOf(inserted);
    }
}
