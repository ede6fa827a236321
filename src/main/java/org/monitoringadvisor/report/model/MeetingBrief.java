package org.monitoringadvisor.report.model;

import java.util.List;

/**
 * The rep's meeting brief: two pages to read before the meeting and take into it. The points to lead with, each
 * with what to ask for and the answer to the likeliest objection; the questions to put to management; what is
 * already good; the other gaps by title; and the next steps.
 *
 * @param header     who and what it is about
 * @param unanswered relevant questions left unanswered, said first
 * @param points     the points to lead with, first point first
 * @param questions  the questions to put to management
 * @param strengths  what is already in line with the guidance
 * @param otherGaps  the titles of the gaps not led with, highest priority first
 */
public record MeetingBrief(Header header, Unanswered unanswered, List<BriefPoint> points, List<String> questions,
                           List<String> strengths, List<String> otherGaps) {

    public MeetingBrief {
        points = List.copyOf(points);
        questions = List.copyOf(questions);
        strengths = List.copyOf(strengths);
        otherGaps = List.copyOf(otherGaps);
    }

    public boolean hasPoints() {
        return !points.isEmpty();
    }

    public boolean hasQuestions() {
        return !questions.isEmpty();
    }

    public boolean hasStrengths() {
        return !strengths.isEmpty();
    }

    public boolean hasOtherGaps() {
        return !otherGaps.isEmpty();
    }
}
