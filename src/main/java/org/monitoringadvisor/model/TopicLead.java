package org.monitoringadvisor.model;

/**
 * The strongest finding of its topic (derived by {@code lead-with.drl}), so a negotiation opens with one point per
 * topic.
 *
 * @param finding the finding id
 * @param kind    {@code gap}, {@code ask} or {@code strength}
 * @param weight  how strong an opening it makes
 * @param order   its place in the report's order
 */
public record TopicLead(String finding, String kind, int weight, int order) {
}
