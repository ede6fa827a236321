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
}
