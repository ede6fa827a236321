package org.monitoringadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class UnionEmailRulesTest {

    @Test
    void noUnionAddressesIsAGap() {
        given("union-email-addresses", "no").then().hasGap("no-union-email-addresses")
                .citing("no-union-email-addresses", "unison-2014/union-email-privacy");
    }

    @Test
    void privacyCountsOnlyWhereThereAreUnionAddresses() {
        given("union-email-addresses", "no", "union-email-privacy", "not-guaranteed").then()
                .lacks("union-email-not-private").hasGap("no-union-email-addresses");
    }

    @Test
    void notKnowingAboutUnionPrivacyIsUrgentOnlyWhereMonitoringCanReadMessages() {
        var urgent = given("monitoring-practice", "routine", "monitoring-content", "content-routinely",
                "union-email-addresses", "yes", "union-email-privacy", "unknown").then()
                .hasAsk("ask-union-email-privacy-content-monitored").lacks("ask-union-email-privacy");
        assertThat(urgent.finding("ask-union-email-privacy-content-monitored").priority().id()).isEqualTo("high");
        given("monitoring-practice", "routine", "monitoring-content", "traffic-only",
                "union-email-addresses", "yes", "union-email-privacy", "unknown").then()
                .hasAsk("ask-union-email-privacy").lacks("ask-union-email-privacy-content-monitored");
    }
}
