package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Finding;

class PersonalUseRulesTest {

    @Test
    void aBanOnPersonalUseIsAGapWithTheWorkLifeAndRecruitmentArguments() {
        given("personal-use", "banned").then()
                .hasGap("personal-use-banned")
                .citing("personal-use-banned", "unison-2014/allow-responsible-personal-use")
                .citing("personal-use-banned", "unison-2014/arg-work-life-balance")
                .citing("personal-use-banned", "unison-2014/arg-recruitment-retention")
                .because("personal-use-banned", "personal-use", "banned")
                .lacks("personal-use-allowed");
    }

    @Test
    void personalUseWithinLimitsIsAStrengthNotAGap() {
        given("personal-use", "limited").then()
                .hasStrength("personal-use-within-limits")
                .citing("personal-use-within-limits", "unison-2014/proportionate-use-benefits-both")
                .lacks("personal-use-banned").lacks("personal-use-allowed");
    }

    @Test
    void changingABanToAllowedWithdrawsTheGapAndShowsTheStrength() {
        try (Interview interview = Advisor.builtIn().startInterview()) {
            interview.answer("personal-use", "banned");
            assertThat(interview.findings()).extracting(Finding::id).contains("personal-use-banned");

            interview.answer("personal-use", "allowed");

            assertThat(interview.findings()).extracting(Finding::id)
                    .contains("personal-use-allowed").doesNotContain("personal-use-banned");
        }
    }
}
