package org.monitoringadvisor.policy.reading;

/**
 * Marks a question whose signals a specific rule has weighed, so the general rules leave it alone.
 *
 * @param question the question id
 */
public record Resolved(String question) {
}
