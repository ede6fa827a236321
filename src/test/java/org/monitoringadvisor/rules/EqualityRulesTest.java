package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

/** equality.drl: the Equality Act argument against LGBT keyword filtering, untested and graded medium. */
class EqualityRulesTest {

    @Test
    void filteringLgbtTermsAddsTheEqualityArgumentSayingItIsUntested() {
        Scenario.Outcome outcome = given("filter-blocks-lgbt-terms", "yes").then()
                .hasGap("lgbt-filtering-equality-argument").hasGap("filters-block-lgbt-terms")
                .citing("lgbt-filtering-equality-argument", "equality-act-2010/lgbt-filtering-argument")
                .basedOn("lgbt-filtering-equality-argument", SourceKind.LAW);
        var finding = outcome.finding("lgbt-filtering-equality-argument");
        assertThat(finding.confidence()).isEqualTo("medium");
        assertThat(finding.title() + " " + finding.advice()).containsIgnoringCase("no tribunal")
                .contains("not settled law");
    }

    @Test
    void filtersThatLetLgbtTermsThroughRaiseNoEqualityArgument() {
        given("filter-blocks-lgbt-terms", "no").then().lacks("lgbt-filtering-equality-argument");
        given("filter-blocks-lgbt-terms", "unknown").then().lacks("lgbt-filtering-equality-argument");
    }
}
