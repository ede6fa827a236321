package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** lawful-basis.drl and use-of-monitoring-data.drl: consent and purpose limits (fair process: SuspectedAbuseRulesTest). */
class LawfulBasisAndDataUseRulesTest {

    @Test
    void relyingOnStaffConsentIsAGapCitingTheLawAndTheSercoNotice() {
        given("monitoring-practice", "routine", "lawful-basis-consent", "yes").then()
                .hasGap("consent-relied-on")
                .citing("consent-relied-on", "uk-gdpr/art-4-11-consent")
                .citing("consent-relied-on", "ico-serco-2024/power-imbalance")
                .basedOn("consent-relied-on", SourceKind.LAW);
        given("monitoring-practice", "routine", "lawful-basis-consent", "no").then()
                .lacks("consent-relied-on").lacks("ask-lawful-basis");
    }

    @Test
    void notKnowingTheLegalBasisIsAQuestion() {
        given("monitoring-practice", "routine", "lawful-basis-consent", "unknown").then()
                .hasAsk("ask-lawful-basis").lacks("consent-relied-on");
    }

    @Test
    void monitoringDataUsableForAnythingIsAHighLawBasedGap() {
        given("monitoring-practice", "routine", "monitoring-data-use", "any-purpose").then()
                .hasGap("monitoring-data-any-purpose")
                .citing("monitoring-data-any-purpose", "uk-gdpr/art-5-1-b-purpose-limitation")
                .basedOn("monitoring-data-any-purpose", SourceKind.LAW)
                .lacks("monitoring-data-purpose-limited");
    }

    @Test
    void dataKeptToItsPurposeIsAStrengthAndUnknownUseAQuestion() {
        given("monitoring-practice", "routine", "monitoring-data-use", "stated-purpose-only").then()
                .hasStrength("monitoring-data-purpose-limited").lacks("monitoring-data-any-purpose");
        given("monitoring-practice", "routine", "monitoring-data-use", "unknown").then()
                .hasAsk("ask-monitoring-data-use");
    }
}
