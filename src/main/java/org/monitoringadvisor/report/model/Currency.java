package org.monitoringadvisor.report.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How current a report's guidance is: the date it is checked against, the cited documents that were last checked
 * too long before that date, and whether the rule base as a whole is that old (worked out by
 * {@code report.Currencies}).
 *
 * @param checkedAgainst   the date the sources are judged against
 * @param staleAfterMonths the age, in months, past which a document is flagged
 * @param staleDocuments   cited documents last checked more than that before {@code checkedAgainst}, by title
 * @param ruleBaseStale    whether the rule base's guidance-as-of date is itself that old
 */
public record Currency(LocalDate checkedAgainst, int staleAfterMonths, List<StaleDocument> staleDocuments,
                       boolean ruleBaseStale) {

    public Currency {
        staleDocuments = List.copyOf(staleDocuments);
    }

    /**
     * A cited document that may be out of date.
     *
     * @param title       its title
     * @param publisher   its publisher
     * @param currentAsOf when it was last checked
     * @param guidance    the cited guidance ids taken from it
     */
    public record StaleDocument(String title, String publisher, String currentAsOf, List<String> guidance) {

        public StaleDocument {
            guidance = List.copyOf(guidance);
        }
    }

    /** Whether any cited document may be out of date. */
    public boolean hasStaleDocuments() {
        return !staleDocuments.isEmpty();
    }
}
