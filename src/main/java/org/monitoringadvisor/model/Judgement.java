package org.monitoringadvisor.model;

import org.kie.api.definition.type.ClassReactive;

/**
 * A fact for a judgement that several rules share, derived once (with {@code insertLogical}) and matched by
 * name, for example {@code Judgement("heavy-handed-restrictions")}. Findings resting on a judgement are
 * explained by the answers behind it.
 */
@ClassReactive // never changed in place, so Drools need not work out which properties each pattern reads
public record Judgement(String name) {
}
