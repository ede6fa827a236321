package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which opener starts the rep's browser: the system's own, and on Linux only where there is a desktop. */
class BrowserTest {

    @TempDir
    Path dir;

    @Test
    void onALinuxDesktopItIsXdgOpenFromThePath() throws IOException {
        Path opener = Files.createFile(dir.resolve("xdg-open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));

        assertThat(Browser.command("Linux", Map.of("DISPLAY", ":0", "PATH", opener.getParent().toString())))
                .contains(List.of("xdg-open"));
        assertThat(Browser.command("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0", "PATH", dir.toString())))
                .contains(List.of("xdg-open"));
    }

    @Test
    void withoutADesktopOrAnOpenerThereIsNone() throws IOException {
        Files.createFile(dir.resolve("xdg-open"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));

        assertThat(Browser.command("Linux", Map.of("PATH", dir.toString()))).isEmpty();
        assertThat(Browser.command("Linux", Map.of("DISPLAY", ":0", "PATH", dir.resolve("empty").toString())))
                .isEmpty();
    }

    @Test
    void macsAndWindowsUseTheirOwn() {
        assertThat(Browser.command("Mac OS X", Map.of())).contains(List.of("open"));
        assertThat(Browser.command("Windows 11", Map.of())).contains(List.of("rundll32", "url.dll,FileProtocolHandler"));
    }
}
