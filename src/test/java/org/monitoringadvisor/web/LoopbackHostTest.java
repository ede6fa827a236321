package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoopbackHostTest {

    @ParameterizedTest
    @CsvSource({"127.0.0.1:8080, true", "localhost:8080, true", "[::1]:8080, true", "LocalHost:8080, true",
            "127.0.0.1:8081, false", "127.0.0.1, false", "localhost, false", "evil.example:8080, false",
            "localhost.evil.example:8080, false", "127.0.0.1.:8080, false", "'', false", "[::1], false"})
    void acceptsOnlyALoopbackNameWithThePortListenedOn(String host, boolean accepted) {
        assertThat(LoopbackHost.matches(host, 8080)).isEqualTo(accepted);
    }
}
