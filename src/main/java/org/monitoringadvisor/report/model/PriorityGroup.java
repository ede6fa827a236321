package org.monitoringadvisor.report.model;

import java.util.List;

/** The gaps of one priority, highest first in a report. */
public record PriorityGroup(String priority, String heading, List<Item> items) {

    public PriorityGroup {
        items = List.copyOf(items);
    }
}
