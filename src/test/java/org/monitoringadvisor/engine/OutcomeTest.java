package org.monitoringadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;

/** What each answer would lead to comes from trying it on the rules. */
class OutcomeTest {

    private final Advisor advisor = Advisor.builtIn();

    @Test
    void eachOptionShowsTheFindingsAndQuestionsItWouldBring() {
        Question practice = advisor.question("monitoring-practice").orElseThrow();

        List<Outcome> outcomes = Outcome.forEachOption(advisor, Map.of(), practice);

        assertThat(outcomes).extracting(o -> o.option().value())
                .containsExactly("none", "on-suspicion-only", "routine", "unknown");
        Outcome routine = outcomes.get(2);
        assertThat(routine.gained()).extracting(Finding::id).contains("routine-monitoring")
                .doesNotContain("monitoring-on-suspicion-only");
        assertThat(routine.opens()).extracting(Question::id).contains("monitoring-disclosed");
        Outcome onSuspicion = outcomes.get(1);
        assertThat(onSuspicion.gained()).extracting(Finding::id).contains("monitoring-on-suspicion-only")
                .doesNotContain("routine-monitoring");
        assertThat(onSuspicion.opens()).extracting(Question::id).doesNotContain("monitoring-disclosed");
        assertThat(outcomes.get(0).opens()).extracting(Question::id).doesNotContain("monitoring-disclosed");
    }

    @Test
    void theQuestionsOwnAnswerIsSetAsideAndOtherAnswersCount() {
        Question socialMedia = advisor.question("social-media-access").orElseThrow();

        List<Outcome> outcomes = Outcome.forEachOption(advisor,
                Map.of("personal-use", "banned", "social-media-access", "blocked"), socialMedia);

        Outcome blocked = outcomes.get(2);
        assertThat(blocked.gained()).extracting(Finding::id).contains("heavy-handed-regime")
                .doesNotContain("social-networks-blocked");
        assertThat(blocked.lost()).extracting(Finding::id).containsExactly("personal-use-banned");
        assertThat(outcomes.get(0).gained()).extracting(Finding::id).doesNotContain("heavy-handed-regime");
    }
}
