package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleBaseException;

/** A deferred loading builds the rule base once, and not before it is begun or wanted. */
class RuleBaseLoadingTest {

    @Test
    void aDeferredLoadingBuildsNothingUntilBegunAndThenOnce() {
        AtomicInteger builds = new AtomicInteger();
        RuleBaseLoading loading = RuleBaseLoading.deferred(() -> {
            builds.incrementAndGet();
            return Advisor.builtIn();
        });

        assertThat(builds).hasValue(0);
        loading.begin();
        loading.begin();
        assertThat(loading.get()).isSameAs(Advisor.builtIn());
        assertThat(loading.isReady()).isTrue();
        assertThat(builds).hasValue(1);
    }

    @Test
    void wantingTheAdvisorBeginsTheLoadingAndReportsWhatBuildingItThrew() {
        RuleBaseLoading loading = RuleBaseLoading.deferred(() -> {
            throw new RuleBaseException("rules.drl:3: something is wrong");
        });

        assertThatThrownBy(loading::get).isInstanceOf(RuleBaseException.class).hasMessageContaining("rules.drl:3");
    }
}
