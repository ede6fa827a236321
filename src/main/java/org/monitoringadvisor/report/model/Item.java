package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * One finding as a report shows it.
 *
 * @param number   its number within its section, from 1
 * @param id       the finding id
 * @param kind     {@code gap}, {@code ask} or {@code strength}
 * @param priority {@code high}, {@code medium} or {@code low}
 * @param title    what was found (for a question for management: the question)
 * @param advice   what to ask for or do
 * @param points   the negotiating points
 * @param found    the answers it rests on, in words
 * @param rule     the rule that concluded it
 * @param sources  the guidance it rests on
 * @param basis    the strongest kind of source it rests on, in words (law, regulator guidance, union guidance),
 *                 and the confidence when it is below high
 * @param footing  its footing, in plain words (only a legal duty is called a likely breach)
 * @param footingId its footing id, for example {@code legal-duty}
 * @param replies  what management may say, with the rep's answers
 */
public record Item(int number, String id, String kind, String priority, String title, String advice,
                   List<String> points, List<Fact> found, String rule, List<Reference> sources, String basis,
                   String footing, String footingId, List<Reply> replies) {

    public Item {
        points = List.copyOf(points);
        found = List.copyOf(found);
        sources = List.copyOf(sources);
        replies = List.copyOf(replies);
    }

    /** Whether there are objections and answers to show. */
    public boolean hasReplies() {
        return !replies.isEmpty();
    }

    /** Whether there are negotiating points to show. */
    public boolean hasPoints() {
        return !points.isEmpty();
    }

    /** Whether there are answers to show under "what was found". */
    public boolean hasFound() {
        return !found.isEmpty();
    }

    /** The numbers of its sources, as "[1], [3]". */
    public String sourceNumbers() {
        return String.join(", ", sources.stream().map(s -> "[" + s.number() + "]").toList());
    }
}
