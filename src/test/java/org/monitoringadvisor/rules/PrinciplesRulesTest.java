package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class PrinciplesRulesTest {

    @Test
    void aBanOnPersonalUseWithBlockedSocialNetworksIsAHeavyHandedRegime() {
        given("personal-use", "banned", "social-media-access", "blocked").then()
                .hasGap("heavy-handed-regime")
                .citing("heavy-handed-regime", "unison-2014/proportionate-use-benefits-both")
                .citing("heavy-handed-regime", "unison-2014/balanced-agreement")
                .because("heavy-handed-regime", "personal-use", "banned")
                .because("heavy-handed-regime", "social-media-access", "blocked");
    }

    @Test
    void eitherRestrictionAloneIsNotTheWholeRegime() {
        given("personal-use", "banned", "social-media-access", "restricted").then().lacks("heavy-handed-regime");
        given("personal-use", "limited", "social-media-access", "blocked").then().lacks("heavy-handed-regime");
    }
}
