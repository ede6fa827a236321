package org.monitoringadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Conclusion;
import org.monitoringadvisor.model.Judgement;
import org.monitoringadvisor.model.Question;

/** The firing listener: every firing, in order, with the model facts it matched and inserted, no Drools types. */
class RuleFiringTest {

    @Test
    void assessTellsTheListenerOfEveryFiringWithWhatItMatchedAndInserted() {
        List<RuleFiring> firings = new ArrayList<>();

        Advisor.builtIn().assess(Map.of("personal-use", "banned"), firings::add);

        RuleFiring asking = firings.stream().filter(f -> f.rule().equals("Every assessment asks whether personal use "
                + "is allowed")).findFirst().orElseThrow();
        assertThat(asking.matched()).isEmpty();
        assertThat(asking.inserted()).containsExactly(new Ask("personal-use"));
        List<String> order = firings.stream().map(RuleFiring::rule).toList();
        assertThat(order).containsSubsequence("Every assessment asks whether personal use is allowed",
                "A ban on personal use is judged heavy-handed",
                "A ban on personal use is a gap: ask for responsible personal use");
        RuleFiring judged = firings.get(order.indexOf("A ban on personal use is judged heavy-handed"));
        assertThat(judged.matched()).containsExactly(new Answer("personal-use", "banned"));
        assertThat(judged.inserted()).containsExactly(new Judgement("personal-use-banned"));
        RuleFiring concluded = firings.get(order.indexOf("A ban on personal use is a gap: ask for responsible "
                + "personal use"));
        assertThat(concluded.matched()).containsExactly(new Judgement("personal-use-banned"));
        assertThat(concluded.inserted()).containsExactly(new Conclusion("personal-use-banned"));
    }

    @Test
    void theListenerChangesNothingInTheResult() {
        Map<String, String> answers = Map.of("personal-use", "banned", "monitoring-practice", "routine");

        assertThat(Advisor.builtIn().assess(answers, f -> { })).isEqualTo(Advisor.builtIn().assess(answers));
    }

    @Test
    void anInterviewTellsTheListenerFromTheFirstFiringOn() {
        List<RuleFiring> firings = new ArrayList<>();
        try (Interview interview = Advisor.builtIn().startInterview(firings::add)) {
            int beforeAnswers = firings.size();
            assertThat(firings).flatExtracting(RuleFiring::inserted).containsExactlyInAnyOrderElementsOf(
                    interview.relevant().stream().map(q -> new Ask(q.id())).toList());

            interview.answer("monitoring-practice", "routine");

            assertThat(firings.subList(beforeAnswers, firings.size())).extracting(RuleFiring::rule)
                    .contains("Routine monitoring makes its disclosure worth asking about");
            assertThat(interview.relevant()).extracting(Question::id).contains("monitoring-disclosed");
        }
    }
}
