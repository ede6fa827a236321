package org.monitoringadvisor.cli.interview;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shows a long screen one page at a time on a terminal: through the rep's {@code $PAGER} when it is set, else
 * {@code less} when it is installed (which leaves a screen that fits as it is and keeps the colours); where there
 * is neither, the lines are printed as they are.
 */
final class Pager {

    private final Map<String, String> environment;

    Pager(Map<String, String> environment) {
        this.environment = environment;
    }

    /**
     * Pages the text; returns false when no pager could be run, so the caller prints it instead.
     *
     * @param text the lines, each ending in a line break
     */
    boolean show(String text) {
        Optional<List<String>> command = command();
        if (command.isEmpty()) {
            return false;
        }
        try {
            Process pager = new ProcessBuilder(command.get()).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try (OutputStream in = pager.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The rep quit the pager before reading it all: that is fine.
            }
            pager.waitFor();
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Optional<List<String>> command() {
        String chosen = environment.get("PAGER");
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(List.of("/bin/sh", "-c", chosen));
        }
        return onPath("less").map(less -> List.of(less.toString(), "-R", "-F", "-X"));
    }

    private Optional<Path> onPath(String program) {
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
