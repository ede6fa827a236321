package org.monitoringadvisor.model;

/**
 * The strongest finding of its topic (derived by {@code lead-with.drl}), so a negotiation opens with one point per
 * topic.
 *
 * @param finding  the finding id
 * @param kind     {@code gap}, {@code ask} or {@code strength}
 * @param strength how strong an opening it makes, report order folded in so two findings never tie (see
 *                 {@code strengthOf} in {@code lead-with.drl})
 */
public record TopicLead(String finding, String kind, int strength) {
}
