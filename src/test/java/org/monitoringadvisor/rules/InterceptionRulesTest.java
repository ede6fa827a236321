package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** interception.drl: telling every user that communications may be intercepted. */
class InterceptionRulesTest {

    @Test
    void interceptingWithoutTellingEveryUserIsALawBasedGap() {
        given("monitoring-practice", "routine", "monitoring-content", "content-routinely",
                "interception-notice", "no").then()
                .hasGap("no-interception-notice")
                .citing("no-interception-notice", "ipa-2016/s3-unlawful-interception")
                .citing("no-interception-notice", "si-2018-356/notice-to-users")
                .basedOn("no-interception-notice", SourceKind.LAW)
                .lacks("interception-notice-given");
    }

    @Test
    void tellingEveryUserIsAStrengthAndNotKnowingIsAQuestion() {
        given("monitoring-practice", "routine", "monitoring-content", "content-on-suspicion",
                "interception-notice", "yes").then()
                .hasStrength("interception-notice-given").lacks("no-interception-notice");
        given("monitoring-practice", "routine", "monitoring-content", "unknown", "interception-notice", "unknown")
                .then().hasAsk("ask-interception-notice").lacks("interception-notice-given");
    }

    @Test
    void theNoticeIsAskedOnlyWhereContentMayBeOpened() {
        assertThat(given("monitoring-practice", "routine", "monitoring-content", "traffic-only").askedQuestions())
                .doesNotContain("interception-notice");
        assertThat(given("monitoring-practice", "routine", "monitoring-content", "content-on-suspicion")
                .askedQuestions()).contains("interception-notice");
        given("monitoring-practice", "routine", "monitoring-content", "traffic-only", "interception-notice", "no")
                .then().lacks("no-interception-notice");
    }
}
