package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * The top of a report.
 *
 * @param employer        the employer's name, empty when the answers file gives none
 * @param details         the lines to show under the title (employer, workplace, date, prepared by, rule base,
 *                        guidance date), only those that are known
 * @param ruleBaseName    the rule base's name
 * @param ruleBaseVersion its version
 * @param guidanceAsOf    the date its guidance was last checked against the sources
 */
public record Header(String employer, List<Detail> details, String ruleBaseName, String ruleBaseVersion,
                     String guidanceAsOf) {

    public Header {
        details = List.copyOf(details);
    }

    /** The employer's name, or words standing in for it. */
    public String employerOrPlaceholder() {
        return employer.isEmpty() ? "the employer" : employer;
    }
}
