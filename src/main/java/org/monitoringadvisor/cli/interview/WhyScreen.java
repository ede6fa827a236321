package org.monitoringadvisor.cli.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.engine.Outcome;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Relevance;
import org.monitoringadvisor.model.Source;

/**
 * {@code why}: the rule that made a question relevant and the answers it rested on, the guidance the question
 * feeds, and what each possible answer would lead to.
 */
final class WhyScreen {

    private WhyScreen() {
    }

    static void show(Screen screen, Advisor advisor, Interview interview, Question question) {
        screen.heading("Why this question now");
        Map<String, Source> guidance = new LinkedHashMap<>();
        List<Relevance> reasons = interview.whyAsked(question.id());
        for (Relevance reason : reasons) {
            String why = reason.because().isEmpty() ? "Every assessment asks it"
                    : "It is asked because " + Words.because(reason.because());
            screen.wrapped("  ", "  ", why + " (rule \"" + reason.rule() + "\").");
            reason.sources().forEach(s -> guidance.putIfAbsent(s.id(), s));
        }
        if (reasons.isEmpty()) {
            screen.wrapped("  ", "  ", "No rule asks it at the moment; it is here because you chose to change it.");
        }
        question.guidance().forEach(id -> advisor.source(id).ifPresent(s -> guidance.putIfAbsent(id, s)));
        screen.wrapped("  ", "  ", "The guidance behind it:");
        GuidanceList.show(screen, guidance.values());

        screen.heading("What each answer would lead to");
        List<Outcome> outcomes = Outcome.forEachOption(advisor, interview.answers(), question);
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            String number = String.format("  %d. ", i + 1);
            String pad = " ".repeat(number.length() + 2);
            screen.wrapped(number, " ".repeat(number.length()), outcome.option().label());
            for (Finding finding : outcome.gained()) {
                screen.wrapped(pad, pad + "  ", Words.kind(finding) + ": " + finding.title(), emphasis(finding));
            }
            for (Finding finding : outcome.lost()) {
                screen.wrapped(pad, pad + "  ", "no longer " + Words.kind(finding) + ": " + finding.title());
            }
            for (Question opened : outcome.opens()) {
                screen.wrapped(pad, pad + "  ", "then asks: " + opened.text(), Emphasis.QUIET);
            }
            if (outcome.isEmpty()) {
                screen.wrapped(pad, pad, "no finding of its own", Emphasis.QUIET);
            }
        }
    }

    private static Emphasis emphasis(Finding finding) {
        return switch (finding.kind()) {
            case GAP -> Emphasis.ALERT;
            case ASK -> null;
            case STRENGTH -> Emphasis.GOOD;
        };
    }
}
