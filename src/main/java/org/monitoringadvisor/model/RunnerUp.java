package org.monitoringadvisor.model;

/**
 * A finding another finding of the same topic outweighs (derived by {@code lead-with.drl}): it leads only when too
 * few topics have findings to fill the list.
 *
 * @param finding  the finding id
 * @param strength how strong an opening it makes, as {@link TopicLead#strength()}
 */
public record RunnerUp(String finding, int strength) {
}
