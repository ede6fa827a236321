package org.monitoringadvisor.web;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a link in the rep's default browser with the system's own opener ({@code xdg-open}, {@code open} or
 * Windows' URL handler). On Linux only where there is a desktop to show it on: without one, {@code xdg-open} may
 * start a text browser in the very terminal the rep is reading.
 */
final class Browser {

    private Browser() {
    }

    /** Starts the opener and returns at once; false when this machine has none to use. */
    static boolean open(URI link, Map<String, String> environment) {
        Optional<List<String>> command = command(System.getProperty("os.name", ""), environment);
        if (command.isEmpty()) {
            return false;
        }
        List<String> words = new java.util.ArrayList<>(command.get());
        words.add(link.toString());
        try {
            new ProcessBuilder(words).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start().getOutputStream().close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The opener for this system, without the link, or empty when there is none. */
    static Optional<List<String>> command(String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return Optional.of(List.of("rundll32", "url.dll,FileProtocolHandler"));
        }
        if (os.startsWith("mac")) {
            return Optional.of(List.of("open"));
        }
        boolean desktop = !environment.getOrDefault("DISPLAY", "").isEmpty()
                || !environment.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
        return desktop && onPath("xdg-open", environment) ? Optional.of(List.of("xdg-open")) : Optional.empty();
    }

    private static boolean onPath(String program, Map<String, String> environment) {
        for (String folder : environment.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
