package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class SuspectedAbuseRulesTest {

    @Test
    void noPromiseOfAnExplanationFirstIsAGap() {
        given("explanation-first", "no").then().hasGap("no-explanation-first")
                .citing("no-explanation-first", "unison-2014/explanation-first")
                .citing("no-explanation-first", "unison-2014/arg-fewer-disciplinaries")
                .lacks("explanation-first");
    }

    @Test
    void aPromiseOfAnExplanationFirstIsAStrength() {
        given("explanation-first", "yes").then().hasStrength("explanation-first").lacks("no-explanation-first");
    }

    @Test
    void notKnowingBecomesAQuestionForManagement() {
        given("explanation-first", "unknown").then().hasAsk("ask-explanation-first");
    }
}
