package org.monitoringadvisor.model;

import java.util.Comparator;
import java.util.List;

/**
 * One conclusion of an assessment, with its explanation and sources.
 *
 * @param id       the finding catalogue id, stable across releases
 * @param kind     gap, ask or strength
 * @param priority how urgently to raise it
 * @param title    one line saying what was found (for an ask: the question to put to management)
 * @param advice   what to ask for or do about it
 * @param points   negotiating points a rep can make
 * @param rule     the name of the rule that concluded it
 * @param because  the answers that made the rule fire, in catalogue order
 * @param sources   the guidance points the rule cites, with citations
 * @param footing   how firm the ground is: a legal duty, an arguable point, what the regulator expects or a union aim
 * @param rebuttals objections management is likely to raise, with the rep's answers (may be empty)
 */
public record Finding(String id, FindingKind kind, Priority priority, String title, String advice, List<String> points,
                      String rule, List<Reason> because, List<Source> sources, Footing footing,
                      List<Rebuttal> rebuttals) {

    public Finding {
        points = List.copyOf(points);
        because = List.copyOf(because);
        sources = List.copyOf(sources);
        rebuttals = List.copyOf(rebuttals);
    }

    /** Confidence grades, firmest first; a grade not in this list counts as below all of them. */
    private static final List<String> CONFIDENCE = List.of("high", "medium", "low");

    /** The guidance ids the finding rests on. */
    public List<String> guidance() {
        return sources.stream().map(Source::id).toList();
    }

    /**
     * The strongest kind of source the finding rests on: law, then regulator guidance, then union guidance, then
     * other. What that means for the employer is the {@link #footing()}: law may be cited for an argued point.
     */
    public SourceKind basis() {
        return sources.stream().map(Source::kind).min(Comparator.naturalOrder()).orElse(SourceKind.OTHER);
    }

    /**
     * How firm the finding is: the lowest confidence among its sources ({@code high}, {@code medium} or
     * {@code low}), so a finding that rests on an argued but untested point carries that point's lower grade.
     */
    public String confidence() {
        return sources.stream().map(Source::confidence)
                .max(Comparator.comparingInt(c -> CONFIDENCE.contains(c) ? CONFIDENCE.indexOf(c) : CONFIDENCE.size()))
                .orElse("high");
    }
}
