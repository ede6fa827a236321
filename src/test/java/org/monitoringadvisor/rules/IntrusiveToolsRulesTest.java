package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** intrusive-tools.drl: device monitoring, its reach, out-of-hours watching and automated decisions. */
class IntrusiveToolsRulesTest {

    @Test
    void webcamCaptureIsAHighGapCitingTheIcosDeviceGuidance() {
        given("monitoring-practice", "routine", "device-monitoring-tools", "webcam").then()
                .hasGap("webcam-monitoring").citing("webcam-monitoring", "ico-2023/device-activity")
                .basedOn("webcam-monitoring", SourceKind.LAW)
                .lacks("keystroke-or-screen-monitoring").lacks("no-device-monitoring-tools");
    }

    @Test
    void toolsAnsweredWithoutMonitoringHaveNoEffect() {
        given("monitoring-practice", "none", "device-monitoring-tools", "webcam").then().lacks("webcam-monitoring");
    }

    @Test
    void automatedDecisionsWithoutHumanReviewAreALawBasedGap() {
        given("monitoring-practice", "routine", "automated-decisions", "yes",
                "automated-decision-safeguards", "some").then()
                .hasGap("automated-decisions-without-review")
                .citing("automated-decisions-without-review", "uk-gdpr/art-22a-22d-automated-decisions")
                .basedOn("automated-decisions-without-review", SourceKind.LAW);
        given("monitoring-practice", "routine", "automated-decisions", "no").then()
                .lacks("automated-decisions-without-review").lacks("ask-automated-decisions");
    }
}
