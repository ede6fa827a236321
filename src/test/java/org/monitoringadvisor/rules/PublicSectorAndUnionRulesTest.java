package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** public-sector.drl (Article 8 for public authorities) and union-communications.drl. */
class PublicSectorAndUnionRulesTest {

    @Test
    void aPublicAuthorityMonitoringWithoutFullNoticeRisksBreachingArticle8() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "partly", "employer-sector", "public").then()
                .hasGap("article-8-undisclosed-monitoring")
                .citing("article-8-undisclosed-monitoring", "hra-1998/s6-public-authorities")
                .citing("article-8-undisclosed-monitoring", "echr-copland-2007/no-warning-violation")
                .basedOn("article-8-undisclosed-monitoring", SourceKind.LAW)
                .because("article-8-undisclosed-monitoring", "employer-sector", "public")
                .because("article-8-undisclosed-monitoring", "monitoring-disclosed", "partly");
    }

    @Test
    void article8PointsAreOnlyForPublicAuthorities() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "no", "employer-sector", "private",
                "monitoring-content", "content-routinely").then()
                .lacks("article-8-undisclosed-monitoring").lacks("article-8-content-monitoring")
                .hasGap("content-read-routinely");
        given("monitoring-practice", "routine", "monitoring-disclosed", "fully", "employer-sector", "public").then()
                .lacks("article-8-undisclosed-monitoring");
    }

    @Test
    void aPublicAuthorityReadingContentRoutinelyRisksBreachingArticle8() {
        given("monitoring-practice", "routine", "employer-sector", "public", "monitoring-content",
                "content-routinely").then()
                .hasGap("article-8-content-monitoring")
                .citing("article-8-content-monitoring", "echr-barbulescu-2017/factors");
        given("monitoring-practice", "routine", "employer-sector", "public", "monitoring-content",
                "traffic-only").then()
                .lacks("article-8-content-monitoring");
    }

    @Test
    void notKnowingTheSectorIsALowQuestion() {
        given("monitoring-practice", "routine", "employer-sector", "unknown").then()
                .hasAsk("ask-employer-sector");
        given("monitoring-practice", "routine", "employer-sector", "voluntary").then()
                .lacks("ask-employer-sector");
    }

    @Test
    void theSectorIsAskedOnlyWhereThereIsMonitoring() {
        assertThat(given("monitoring-practice", "routine").askedQuestions()).contains("employer-sector");
        assertThat(given("monitoring-practice", "none").askedQuestions()).doesNotContain("employer-sector");
    }

    @Test
    void monitoringThatCanReadUnprotectedUnionMessagesIsALawBasedGap() {
        given("monitoring-practice", "routine", "monitoring-content", "content-routinely",
                "union-email-addresses", "yes", "union-email-privacy", "not-guaranteed").then()
                .hasGap("monitoring-reaches-union-communications")
                .citing("monitoring-reaches-union-communications", "ico-2023/union-communications")
                .citing("monitoring-reaches-union-communications", "uk-gdpr/art-9-special-category")
                .basedOn("monitoring-reaches-union-communications", SourceKind.LAW)
                .because("monitoring-reaches-union-communications", "union-email-privacy", "not-guaranteed")
                .because("monitoring-reaches-union-communications", "monitoring-content", "content-routinely")
                .lacks("union-email-not-private");
        var reading = given("monitoring-practice", "routine", "monitoring-content", "content-routinely",
                "union-email-addresses", "no").then().finding("monitoring-reaches-union-communications");
        assertThat(reading.footing().id()).isEqualTo("legal-duty");
        assertThat(reading.priority().id()).isEqualTo("high");
        assertThat(reading.rebuttals()).isNotEmpty();
        given("monitoring-practice", "on-suspicion-only", "device-monitoring-tools", "keystrokes-or-screens",
                "union-email-addresses", "no").then()
                .hasGap("monitoring-reaches-union-communications")
                .because("monitoring-reaches-union-communications", "union-email-addresses", "no")
                .lacks("no-union-email-addresses");
    }

    @Test
    void trafficOnlyMonitoringOnSuspicionLeavesUnionMailANegotiatingAimNotALegalGap() {
        Scenario.Outcome light = given("monitoring-practice", "on-suspicion-only", "monitoring-content", "traffic-only",
                "device-monitoring-tools", "none", "union-email-addresses", "no").then()
                .lacks("monitoring-reaches-union-communications").hasGap("no-union-email-addresses")
                .basedOn("no-union-email-addresses", SourceKind.UNION);
        assertThat(light.finding("no-union-email-addresses").priority().id()).isEqualTo("medium");
        assertThat(light.finding("no-union-email-addresses").footing().id()).isEqualTo("union-aim");
        assertThat(light.finding("no-union-email-addresses").advice()).doesNotContain("content monitoring");
    }

    @Test
    void aPrivateEmployerMonitoringWithoutFullNoticeGivesMembersTheTribunalLever() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "partly", "employer-sector", "private").then()
                .hasGap("article-8-at-tribunal")
                .citing("article-8-at-tribunal", "x-v-y-2004/article-8-at-tribunal")
                .citing("article-8-at-tribunal", "echr-barbulescu-2017/factors")
                .lacks("article-8-undisclosed-monitoring");
        given("monitoring-practice", "routine", "monitoring-disclosed", "partly", "employer-sector", "public").then()
                .lacks("article-8-at-tribunal");
    }

    @Test
    void guaranteedUnionPrivacyOrNoMonitoringMeansNoUnionCommunicationsGap() {
        given("monitoring-practice", "routine", "union-email-addresses", "yes",
                "union-email-privacy", "guaranteed").then()
                .lacks("monitoring-reaches-union-communications");
        given("monitoring-practice", "none", "union-email-addresses", "no").then()
                .hasGap("no-union-email-addresses").lacks("monitoring-reaches-union-communications");
    }
}
