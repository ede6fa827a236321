package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class SocialMediaRulesTest {

    @Test
    void anOutrightBlockIsAGapWithTheWorkNetworkingArgument() {
        given("social-media-access", "blocked").then()
                .hasGap("social-networks-blocked")
                .citing("social-networks-blocked", "unison-2014/no-social-network-bans")
                .citing("social-networks-blocked", "unison-2014/arg-work-networking")
                .lacks("social-networks-not-banned");
    }

    @Test
    void restrictedAccessIsASmallGapNotAStrengthBecauseTheGuideCallsRestrictionCounterProductive() {
        given("social-media-access", "restricted").then().hasGap("social-networks-restricted")
                .citing("social-networks-restricted", "unison-2014/arg-work-networking")
                .lacks("social-networks-not-banned").lacks("social-networks-blocked");
        given("social-media-access", "open").then().hasStrength("social-networks-not-banned")
                .lacks("social-networks-restricted");
    }

    @Test
    void notKnowingBecomesAQuestionForManagement() {
        given("social-media-access", "unknown").then().hasAsk("ask-social-media-access")
                .lacks("social-networks-blocked");
    }
}
