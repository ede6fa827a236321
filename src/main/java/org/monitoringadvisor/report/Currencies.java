package org.monitoringadvisor.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.knowledge.Staleness;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.report.model.Currency;
import org.monitoringadvisor.report.model.Currency.StaleDocument;

/**
 * Works out how current a report's guidance is.
 *
 * <p>The date is the answers file's {@code date} (the day the rep describes), or else the rule base's own
 * {@code guidance-as-of}. Either way it comes from the input, never the clock, so the same input gives the same
 * report on any day. Against its own date the rule base can only flag documents nobody re-checked when it was
 * last updated (the 2014 factsheet, say); a report dated years later also flags the rule base itself.
 */
final class Currencies {

    private Currencies() {
    }

    /** The currency of the sources {@code input}'s findings cite. */
    static Currency of(ReportInput input) {
        Objects.requireNonNull(input, "input");
        RuleBaseInfo ruleBase = input.ruleBase();
        LocalDate day = reportDate(input.metadata())
                .orElseGet(() -> Staleness.checkedOn(ruleBase.guidanceAsOf()).orElse(LocalDate.MIN));
        int months = ruleBase.staleAfterMonths();
        Map<String, Source> cited = new TreeMap<>();
        input.assessment().findings().forEach(f -> f.sources().forEach(s -> cited.putIfAbsent(s.id(), s)));
        Map<String, List<Source>> byDocument = new LinkedHashMap<>();
        for (Source source : Staleness.staleSources(cited.values(), months, day)) {
            byDocument.computeIfAbsent(source.publisher() + "\u0000" + source.document(), k -> new ArrayList<>())
                    .add(source);
        }
        List<StaleDocument> stale = byDocument.values().stream()
                .map(list -> new StaleDocument(list.get(0).document(), list.get(0).publisher(),
                        list.get(0).currentAsOf(), list.stream().map(Source::id).toList()))
                .sorted(Comparator.comparing(StaleDocument::title)).toList();
        return new Currency(day, months, stale, Staleness.isStale(ruleBase.guidanceAsOf(), months, day));
    }

    private static Optional<LocalDate> reportDate(Map<String, Object> metadata) {
        Object date = metadata.get("date");
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.toString().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
