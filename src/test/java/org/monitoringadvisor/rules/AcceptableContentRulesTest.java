package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class AcceptableContentRulesTest {

    @Test
    void websiteRestrictionsMissingVagueOrClear() {
        given("website-restrictions", "none").then().hasGap("website-restrictions-missing")
                .citing("website-restrictions-missing", "unison-2014/specify-website-restrictions");
        given("website-restrictions", "vague").then().hasGap("website-restrictions-vague")
                .lacks("website-restrictions-missing");
        given("website-restrictions", "specified-with-examples").then().hasStrength("website-restrictions-clear")
                .lacks("website-restrictions-vague");
        given("website-restrictions", "unknown").then().hasAsk("ask-website-restrictions");
    }

    @Test
    void emailContentRulesMissingVagueOrClear() {
        given("email-content-rules", "none").then().hasGap("email-content-rules-missing")
                .citing("email-content-rules-missing", "unison-2014/specify-prohibited-email-content");
        given("email-content-rules", "vague").then().hasGap("email-content-rules-vague")
                .lacks("email-content-rules-missing");
        given("email-content-rules", "specified").then().hasStrength("email-content-rules-clear")
                .lacks("email-content-rules-vague");
        given("email-content-rules", "unknown").then().hasAsk("ask-email-content-rules");
    }
}
