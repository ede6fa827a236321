package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
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
    void aWrittenPolicyMakesItsOriginAndPublicityRelevant() {
        assertThat(given("policy-exists", "yes").askedQuestions())
                .contains("policy-agreed-with-union", "policy-publicised");
        assertThat(given("policy-exists", "no").askedQuestions())
                .doesNotContain("policy-agreed-with-union", "policy-publicised");
    }

    @Test
    void anImposedPolicyIsAGapAndAnAgreedOneAStrength() {
        given("policy-exists", "yes", "policy-agreed-with-union", "imposed").then()
                .hasGap("policy-imposed").lacks("policy-agreed").lacks("policy-consulted-only");
        given("policy-exists", "yes", "policy-agreed-with-union", "agreed").then()
                .hasStrength("policy-agreed").lacks("policy-imposed");
        given("policy-exists", "yes", "policy-agreed-with-union", "consulted-only").then()
                .hasGap("policy-consulted-only");
    }

    @Test
    void howThePolicyCameAboutCountsOnlyWhenThereIsAPolicy() {
        given("policy-exists", "no", "policy-agreed-with-union", "imposed").then()
                .lacks("policy-imposed").hasGap("no-written-policy");
    }

    @Test
    void publicityDecidesBetweenGapsAndAStrength() {
        given("policy-exists", "yes", "policy-publicised", "not").then().hasGap("policy-not-publicised");
        given("policy-exists", "yes", "policy-publicised", "partly").then().hasGap("policy-partly-publicised");
        given("policy-exists", "yes", "policy-publicised", "clearly").then().hasStrength("policy-publicised")
                .lacks("policy-not-publicised");
    }

    @Test
    void unknownAnswersAboutThePolicyBecomeQuestionsForManagement() {
        given("policy-exists", "unknown").then().hasAsk("ask-policy-exists");
        given("policy-exists", "yes", "policy-agreed-with-union", "unknown", "policy-publicised", "unknown").then()
                .hasAsk("ask-policy-origin").hasAsk("ask-policy-publicity").lacks("ask-policy-exists");
    }
}
