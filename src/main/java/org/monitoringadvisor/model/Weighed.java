package org.monitoringadvisor.model;

/**
 * A finding weighed for leading the negotiation (derived by {@code lead-with.drl}): the higher the weight, the
 * stronger the opening; among equal weights the earlier in report order goes first.
 *
 * @param finding the finding id
 * @param topic   its guidance topic
 * @param weight  how strong an opening it makes
 * @param order   its place in the report's order
 */
public record Weighed(String finding, String topic, int weight, int order) {
}
