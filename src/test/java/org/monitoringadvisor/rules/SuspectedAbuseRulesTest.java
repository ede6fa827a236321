package org.monitoringadvisor.rules;

import static org.monitoringadvisor.rules.Scenario.given;

import org.junit.jupiter.api.Test;
import org.monitoringadvisor.model.SourceKind;

class SuspectedAbuseRulesTest {

    @Test
    void noPromiseOfAnExplanationFirstIsAGap() {
        given("explanation-first", "no").then().hasGap("no-explanation-first")
                .citing("no-explanation-first", "unison-2014/explanation-first")
                .citing("no-explanation-first", "unison-2014/arg-fewer-disciplinaries")
                .lacks("explanation-first");
    }

    @Test
    void oneGapCarriesBothTheExplanationFirstAndTheAcasFairProcess() {
        given("monitoring-practice", "on-suspicion-only", "explanation-first", "no").then()
                .hasGap("no-explanation-first")
                .citing("no-explanation-first", "acas-2015/fair-process")
                .citing("no-explanation-first", "acas-2015/put-your-case")
                .citing("no-explanation-first", "erela-1999/s10-companion")
                .basedOn("no-explanation-first", SourceKind.LAW)
                .lacks("monitoring-evidence-needs-fair-process");
    }
}
