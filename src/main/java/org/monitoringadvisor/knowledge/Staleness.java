package org.monitoringadvisor.knowledge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.monitoringadvisor.model.Source;

/**
 * Which sources may be out of date: a document whose {@code current-as-of} date is more than
 * {@code stale-after-months} (from {@code rulebase.yaml}) before a given day. The day is always passed in, so
 * results never depend on the clock of the machine running a test.
 *
 * <p>A date written as a month or a year counts as checked at its end: {@code 2015-11} means "by 30 November
 * 2015".
 */
public final class Staleness {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private Staleness() {
    }

    /**
     * One warning for a rule author, naming the file and the entry.
     *
     * @param file    the file, as {@link KnowledgeFiles#location} gives it
     * @param entry   the entry in it, for example {@code document "unison-2014"}
     * @param message what is out of date
     */
    public record Warning(String file, String entry, String message) {

        /** The warning as one line: {@code file: entry: message}. */
        public String text() {
            return file + ": " + entry + ": " + message;
        }
    }

    /**
     * Every document in {@code sources.yaml}, and the rule base's own {@code guidance-as-of}, last checked more
     * than the rule base's {@code stale-after-months} before {@code today}, in file order.
     */
    public static List<Warning> warnings(Knowledge knowledge, LocalDate today) {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(today, "today");
        int months = knowledge.info().staleAfterMonths();
        List<Warning> warnings = new ArrayList<>();
        String sources = knowledge.sources().file();
        for (SourceDocument document : knowledge.sources().documents()) {
            if (isStale(document.currentAsOf(), months, today)) {
                warnings.add(new Warning(sources, "document \"" + document.id() + "\"", "current as of "
                        + document.currentAsOf() + ", more than " + months + " months before " + today
                        + "; check it against the published text and update current-as-of"));
            }
        }
        if (isStale(knowledge.info().guidanceAsOf(), months, today)) {
            warnings.add(new Warning(sibling(sources, RuleBaseInfo.FILE), "guidance-as-of", "the rule base was "
                    + "last checked on " + knowledge.info().guidanceAsOf() + ", more than " + months + " months before "
                    + today + "; check its sources and update guidance-as-of"));
        }
        return warnings;
    }

    /** The location of another file of the same rule base: both catalogues sit in its root. */
    private static String sibling(String sourcesFile, String name) {
        return sourcesFile.endsWith(SourceCatalogue.FILE)
                ? sourcesFile.substring(0, sourcesFile.length() - SourceCatalogue.FILE.length()) + name : name;
    }

    /** The sources among {@code sources} last checked more than {@code months} before {@code day}, in order. */
    public static List<Source> staleSources(Collection<Source> sources, int months, LocalDate day) {
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(day, "day");
        return sources.stream().filter(s -> isStale(s.currentAsOf(), months, day)).toList();
    }

    /**
     * Whether a source checked on {@code currentAsOf} is more than {@code months} older than {@code day}. A date
     * that cannot be read counts as stale, since nobody can say when it was checked.
     */
    public static boolean isStale(String currentAsOf, int months, LocalDate day) {
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
        return checkedOn(currentAsOf).map(checked -> checked.plusMonths(months).isBefore(day)).orElse(true);
    }

    /**
     * The day a {@code current-as-of} text stands for: {@code YYYY-MM-DD} as written, {@code YYYY-MM} the last day
     * of that month, {@code YYYY} the last day of that year; empty if the text is none of these.
     */
    public static Optional<LocalDate> checkedOn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String date = text.strip();
        try {
            if (YEAR.matcher(date).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(date), 12, 31));
            }
            if (MONTH.matcher(date).matches()) {
                return Optional.of(YearMonth.parse(date).atEndOfMonth());
            }
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
