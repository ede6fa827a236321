package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class PolicyRulesTest {

    @Test
    void noWrittenPolicyIsAHighGapCitingTheBalancedAgreement() {
        given("policy-exists", "no").then()
                .hasGap("no-written-policy")
                .citing("no-written-policy", "unison-2014/balanced-agreement")
                .citing("no-written-policy", "unison-2014/arg-fewer-disciplinaries")
                .because("no-written-policy", "policy-exists", "no");
    }

    @Test
    void howThePolicyCameAboutCountsOnlyWhenThereIsAPolicy() {
        given("policy-exists", "no", "policy-agreed-with-union", "imposed").then()
                .lacks("policy-imposed").hasGap("no-written-policy");
    }

    @Test
    void unknownAnswersAboutThePolicyBecomeQuestionsForManagement() {
        given("policy-exists", "unknown").then().hasAsk("ask-policy-exists");
        given("policy-exists", "yes", "policy-agreed-with-union", "unknown", "policy-publicised", "unknown").then()
                .hasAsk("ask-policy-origin").hasAsk("ask-policy-publicity").lacks("ask-policy-exists");
    }
}
