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
    void keystrokeOrScreenCaptureIsAGapButNotTheWebcamOne() {
        given("monitoring-practice", "routine", "device-monitoring-tools", "keystrokes-or-screens").then()
                .hasGap("keystroke-or-screen-monitoring").lacks("webcam-monitoring");
    }

    @Test
    void noSuchSoftwareIsAStrengthAndNotKnowingIsAQuestion() {
        given("monitoring-practice", "on-suspicion-only", "device-monitoring-tools", "none").then()
                .hasStrength("no-device-monitoring-tools").lacks("keystroke-or-screen-monitoring");
        given("monitoring-practice", "routine", "device-monitoring-tools", "unknown").then()
                .hasAsk("ask-device-monitoring-tools").lacks("no-device-monitoring-tools");
    }

    @Test
    void toolsAnsweredWithoutMonitoringHaveNoEffect() {
        given("monitoring-practice", "none", "device-monitoring-tools", "webcam").then().lacks("webcam-monitoring");
    }

    @Test
    void reachingPersonalDevicesIsAHighGapAndHomeWorkingAMediumOne() {
        given("monitoring-practice", "routine", "monitoring-reach", "own-devices").then()
                .hasGap("monitoring-reaches-own-devices").lacks("monitoring-reaches-home-working")
                .citing("monitoring-reaches-own-devices", "ico-2023/home-and-own-devices");
        given("monitoring-practice", "routine", "monitoring-reach", "home-working").then()
                .hasGap("monitoring-reaches-home-working").lacks("monitoring-reaches-own-devices");
    }

    @Test
    void monitoringKeptAtWorkIsAStrengthAndUnknownReachAQuestion() {
        given("monitoring-practice", "routine", "monitoring-reach", "neither").then()
                .hasStrength("monitoring-stays-at-work").lacks("monitoring-reaches-home-working");
        given("monitoring-practice", "routine", "monitoring-reach", "unknown").then()
                .hasAsk("ask-monitoring-reach").lacks("monitoring-stays-at-work");
    }

    @Test
    void watchingPersonalSocialMediaOutOfHoursIsAGap() {
        given("monitoring-practice", "routine", "social-media-out-of-hours", "yes").then()
                .hasGap("out-of-hours-social-media-monitoring")
                .citing("out-of-hours-social-media-monitoring", "ico-2023/outside-working-hours")
                .lacks("no-out-of-hours-monitoring");
    }

    @Test
    void notWatchingOutOfHoursIsAStrengthAndNotKnowingAQuestion() {
        given("monitoring-practice", "routine", "social-media-out-of-hours", "no").then()
                .hasStrength("no-out-of-hours-monitoring").lacks("out-of-hours-social-media-monitoring");
        given("monitoring-practice", "routine", "social-media-out-of-hours", "unknown").then()
                .hasAsk("ask-out-of-hours-social-media");
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

    @Test
    void notKnowingAboutAutomatedDecisionsIsAQuestion() {
        given("monitoring-practice", "routine", "automated-decisions", "unknown").then()
                .hasAsk("ask-automated-decisions").lacks("automated-decisions-without-review");
    }
}
