package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.drools.core.common.TruthMaintenanceSystemFactory;
import org.junit.jupiter.api.Test;

/** Drools' service lookup must pick the lock-free factory; the TMS behaviour itself is every rules test's. */
class ConcurrentTruthMaintenanceFactoryTest {

    @Test
    void droolsUsesTheFactoryWithoutALock() {
        assertThat(TruthMaintenanceSystemFactory.get()).isInstanceOf(ConcurrentTruthMaintenanceFactory.class);
    }
}
