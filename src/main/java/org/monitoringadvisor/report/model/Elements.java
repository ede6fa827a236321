package org.monitoringadvisor.report.model;

import java.util.List;
import java.util.stream.Collectors;

/** The elements of a balanced agreement, each with its status, and the counts a chart shows. */
public record Elements(List<Element> list) {

    public Elements {
        list = List.copyOf(list);
    }

    /** How many elements the rule base knows. */
    public int total() {
        return list.size();
    }

    /** How many are in place. */
    public int inPlace() {
        return count(ElementStatus.IN_PLACE);
    }

    /** How many are not in place. */
    public int missing() {
        return count(ElementStatus.MISSING);
    }

    /** How many the answers do not settle. */
    public int unknown() {
        return count(ElementStatus.UNKNOWN);
    }

    /** How many do not apply to this workplace. */
    public int notApplicable() {
        return count(ElementStatus.NOT_APPLICABLE);
    }

    /** How many apply: the total less those that do not. */
    public int applicable() {
        return total() - notApplicable();
    }

    /** Whether any element does not apply. */
    public boolean hasNotApplicable() {
        return notApplicable() > 0;
    }

    /** A plain-text bar, one mark per element, in place first: {@code [###xxxx??]}. */
    public String bar() {
        return list.stream().map(Element::status).sorted().map(ElementStatus::mark)
                .collect(Collectors.joining("", "[", "]"));
    }

    /** Whether the rule base names any elements at all. */
    public boolean any() {
        return !list.isEmpty();
    }

    private int count(ElementStatus status) {
        return (int) list.stream().filter(e -> e.status() == status).count();
    }
}
