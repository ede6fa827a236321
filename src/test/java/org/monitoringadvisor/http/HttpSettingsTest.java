package org.monitoringadvisor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** What the service may be started with: loopback without a token, anything wider only with one. */
class HttpSettingsTest {

    private static final String TOKEN = "0123456789abcdef";

    @Test
    void anyAddressOtherThanLoopbackNeedsAToken() throws Exception {
        InetAddress everywhere = InetAddress.getByName("0.0.0.0");

        assertThatThrownBy(() -> new HttpSettings(everywhere, 8765, null, 4, 65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.0.0.0").hasMessageContaining("needs a token");
        assertThat(new HttpSettings(everywhere, 8765, TOKEN, 4, 65536).token()).isEqualTo(TOKEN);
    }

    @Test
    void loopbackNeedsNoToken() throws Exception {
        assertThat(new HttpSettings(InetAddress.getByName("127.0.0.1"), 0, null, 4, 65536).token()).isNull();
        assertThat(new HttpSettings(InetAddress.getByName("::1"), 0, null, 4, 65536).token()).isNull();
    }

    @Test
    void aShortTokenIsRefused() {
        assertThatThrownBy(() -> HttpSettings.loopback(0).withToken("secret"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16");
    }

    @Test
    void theTokenNeverAppearsInTheSettingsText() {
        assertThat(HttpSettings.loopback(0).withToken(TOKEN).toString()).doesNotContain(TOKEN).contains("token=set");
    }

    @Test
    void aPortOutOfRangeIsNamed() {
        assertThatThrownBy(() -> HttpSettings.loopback(70000)).hasMessageContaining("port").hasMessageContaining("70000");
    }
}
