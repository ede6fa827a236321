package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;

class MonitoringRulesTest {

    @Test
    void undisclosedRoutineMonitoringIsAHighGap() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "no").then()
                .hasGap("routine-monitoring-undisclosed")
                .citing("routine-monitoring-undisclosed", "unison-2014/disclose-routine-monitoring")
                .because("routine-monitoring-undisclosed", "monitoring-disclosed", "no");
    }

    @Test
    void disclosureDecidesBetweenGapAndStrength() {
        given("monitoring-practice", "routine", "monitoring-disclosed", "partly").then()
                .hasGap("routine-monitoring-partly-disclosed").lacks("routine-monitoring-undisclosed");
        given("monitoring-practice", "routine", "monitoring-disclosed", "fully").then()
                .hasStrength("routine-monitoring-disclosed").hasGap("routine-monitoring");
    }

    @Test
    void unknownAnswersBecomeQuestionsForManagement() {
        given("monitoring-practice", "unknown").then().hasAsk("ask-monitoring-practice");
        given("monitoring-practice", "routine", "monitoring-disclosed", "unknown").then()
                .hasAsk("ask-monitoring-disclosed").lacks("ask-monitoring-practice");
    }
}
