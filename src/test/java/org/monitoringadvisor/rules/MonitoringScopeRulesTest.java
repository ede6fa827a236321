package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** monitoring-scope.drl: what monitoring looks at, who sees it, how long it is kept, and telling staff. */
class MonitoringScopeRulesTest {

    @Test
    void readingContentRoutinelyIsAHighGapCitingTheIcoAndBarbulescu() {
        given("monitoring-practice", "routine", "monitoring-content", "content-routinely").then()
                .hasGap("content-read-routinely")
                .citing("content-read-routinely", "ico-2023/emails-and-messages")
                .citing("content-read-routinely", "echr-barbulescu-2017/factors")
                .basedOn("content-read-routinely", SourceKind.LAW)
                .because("content-read-routinely", "monitoring-content", "content-routinely")
                .lacks("content-read-on-suspicion-only").lacks("traffic-data-only");
    }

    @Test
    void contentAnswersHaveNoEffectWithoutMonitoring() {
        given("monitoring-practice", "none", "monitoring-content", "content-routinely").then()
                .lacks("content-read-routinely");
    }

    @Test
    void managersBrowsingRecordsIsALawBasedGapWhileReportsOnRequestAreANegotiatingAim() {
        given("monitoring-practice", "routine", "monitoring-data-access", "managers-freely").then()
                .hasGap("managers-browse-monitoring-data")
                .basedOn("managers-browse-monitoring-data", SourceKind.LAW)
                .lacks("managers-get-monitoring-reports");
        given("monitoring-practice", "routine", "monitoring-data-access", "managers-on-request").then()
                .hasGap("managers-get-monitoring-reports")
                .basedOn("managers-get-monitoring-reports", SourceKind.UNION)
                .lacks("managers-browse-monitoring-data");
    }

    @Test
    void noStatedRetentionIsAGapCitingStorageLimitationAndTheDutyToInform() {
        given("monitoring-practice", "on-suspicion-only", "monitoring-retention", "not-stated").then()
                .hasGap("retention-not-stated")
                .citing("retention-not-stated", "uk-gdpr/art-5-1-e-storage-limitation")
                .citing("retention-not-stated", "uk-gdpr/art-13-information")
                .lacks("retention-stated");
    }

    @Test
    void undisclosedRoutineMonitoringIsOneLawBasedGapCitingTheUnionElementToo() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "no").then()
                .hasGap("routine-monitoring-undisclosed")
                .basedOn("routine-monitoring-undisclosed", SourceKind.LAW)
                .citing("routine-monitoring-undisclosed", "uk-gdpr/art-13-information")
                .citing("routine-monitoring-undisclosed", "unison-2014/disclose-routine-monitoring");
        given("monitoring-practice", "routine", "monitoring-disclosed", "fully").then()
                .lacks("routine-monitoring-undisclosed");
    }
}
