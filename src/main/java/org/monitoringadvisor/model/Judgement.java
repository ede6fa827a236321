package org.monitoringadvisor.model;

/**
 * A fact for a judgement that several rules share, derived once (with {@code insertLogical}) and matched by
 * name, for example {@code Judgement("heavy-handed-restrictions")}. Findings resting on a judgement are
 * explained by the answers behind it.
 */
public record Judgement(String name) {
}
