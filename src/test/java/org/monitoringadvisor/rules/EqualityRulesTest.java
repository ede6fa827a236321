package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** equality.drl: the Equality Act arguments against LGBT keyword filtering and activity scores, untested and graded
 * medium, and a public authority's equality duty. */
class EqualityRulesTest {

    @Test
    void filteringLgbtTermsAddsTheEqualityArgumentSayingItIsUntested() {
        Scenario.Outcome outcome = given("filter-blocks-lgbt-terms", "yes").then()
                .hasGap("lgbt-filtering-equality-argument").hasGap("filters-block-lgbt-terms")
                .citing("lgbt-filtering-equality-argument", "equality-act-2010/lgbt-filtering-argument")
                .basedOn("lgbt-filtering-equality-argument", SourceKind.LAW);
        var finding = outcome.finding("lgbt-filtering-equality-argument");
        assertThat(finding.confidence()).isEqualTo("medium");
        assertThat(finding.footing().id()).isEqualTo("arguable");
        assertThat(finding.title() + " " + finding.advice()).containsIgnoringCase("no tribunal")
                .contains("not settled law");
    }

    @Test
    void theFilteringArgumentLeadsWithIndirectDiscriminationAndHarassmentAndCoversTransTerms() {
        var finding = given("filter-blocks-lgbt-terms", "yes").then()
                .citing("lgbt-filtering-equality-argument", "equality-act-2010/s19-indirect-discrimination")
                .citing("lgbt-filtering-equality-argument", "equality-act-2010/s26-harassment")
                .citing("lgbt-filtering-equality-argument", "lee-v-ashers-2018/message-not-messenger")
                .finding("lgbt-filtering-equality-argument");
        String advice = finding.advice();
        assertThat(advice.indexOf("indirect discrimination")).as("leads with indirect discrimination")
                .isGreaterThanOrEqualTo(0).isLessThan(advice.indexOf("direct discrimination:"));
        assertThat(advice).contains("harassment").contains("proportionate").contains("trans");
    }

    @Test
    void aPublicEmployerFilteringLgbtTermsMustShowDueRegardToEquality() {
        given("filter-blocks-lgbt-terms", "yes", "employer-sector", "public").then()
                .hasGap("lgbt-filtering-equality-argument").hasGap("equality-duty-monitoring-public")
                .citing("equality-duty-monitoring-public", "equality-act-2010/s149-public-sector-equality-duty")
                .because("equality-duty-monitoring-public", "employer-sector", "public");
        given("filter-blocks-lgbt-terms", "yes", "employer-sector", "private").then()
                .lacks("equality-duty-monitoring-public");
        assertThat(given("filter-blocks-lgbt-terms", "yes").askedQuestions()).contains("employer-sector");
    }

    @Test
    void filtersThatLetLgbtTermsThroughRaiseNoEqualityArgument() {
        given("filter-blocks-lgbt-terms", "no").then().lacks("lgbt-filtering-equality-argument");
        given("filter-blocks-lgbt-terms", "unknown").then().lacks("lgbt-filtering-equality-argument");
    }
}
