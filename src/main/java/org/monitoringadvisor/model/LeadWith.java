package org.monitoringadvisor.model;

/**
 * A point to open the negotiation with, which {@code lead-with.drl} inserts (with {@code insertLogical}): the
 * finding and its place in the opening, from 1.
 *
 * @param finding the finding id
 * @param rank    1 for the point to make first
 */
public record LeadWith(String finding, int rank) {
}
