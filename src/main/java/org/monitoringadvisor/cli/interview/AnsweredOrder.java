package org.monitoringadvisor.cli.interview;

import java.util.ArrayList;
import java.util.List;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;

/**
 * The questions in the order they were first answered, which is the way {@code back} goes: a changed answer keeps
 * its place, and questions the rules no longer ask are stepped over.
 */
final class AnsweredOrder {

    private final Advisor advisor;
    private final Interview interview;
    private final List<String> ids = new ArrayList<>();

    private AnsweredOrder(Advisor advisor, Interview interview) {
        this.advisor = advisor;
        this.interview = interview;
    }

    /** Starts with the relevant answers the interview already has (a resumed one's), in the catalogue's order. */
    static AnsweredOrder from(Advisor advisor, Interview interview) {
        AnsweredOrder order = new AnsweredOrder(advisor, interview);
        interview.relevant().stream().map(Question::id).filter(interview.answers()::containsKey)
                .forEach(order.ids::add);
        return order;
    }

    /** Notes an answer; one given again keeps its first place. */
    void answered(Question question) {
        if (!ids.contains(question.id())) {
            ids.add(question.id());
        }
    }

    /**
     * The relevant answered question before {@code question} in this order (before the end, for null: the last
     * one), or null when there is none.
     */
    Question before(Question question) {
        int index = question == null ? -1 : ids.indexOf(question.id());
        List<String> earlier = index < 0 ? ids : ids.subList(0, index);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String id = earlier.get(i);
            if (interview.isRelevant(id) && interview.answers().containsKey(id)) {
                return advisor.question(id).orElseThrow();
            }
        }
        return null;
    }
}
