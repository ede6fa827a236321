package org.monitoringadvisor.model;

import org.kie.api.definition.type.ClassReactive;

/**
 * A point to open the negotiation with, which {@code lead-with.drl} inserts (with {@code insertLogical}): the
 * finding and its place in the opening, from 1.
 *
 * @param finding the finding id
 * @param rank    1 for the point to make first
 */
@ClassReactive // never changed in place, so Drools need not work out which properties each pattern reads
public record LeadWith(String finding, int rank) {
}
