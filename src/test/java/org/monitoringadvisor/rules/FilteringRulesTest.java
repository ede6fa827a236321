package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class FilteringRulesTest {

    @Test
    void filtersBlockingLgbtTermsAreAGapTheBranchShouldRaise() {
        given("filter-blocks-lgbt-terms", "yes").then().hasGap("filters-block-lgbt-terms")
                .citing("filters-block-lgbt-terms", "unison-2014/no-lgbt-keyword-filtering")
                .lacks("filters-allow-lgbt-terms");
    }

    @Test
    void filtersThatLetTheTermsThroughAreAStrength() {
        given("filter-blocks-lgbt-terms", "no").then().hasStrength("filters-allow-lgbt-terms")
                .lacks("filters-block-lgbt-terms");
    }

    @Test
    void notKnowingBecomesAQuestionForManagement() {
        given("filter-blocks-lgbt-terms", "unknown").then().hasAsk("ask-filter-lgbt-terms");
    }
}
