package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app image's start-up cache is trained by running {@link StartupTraining} at build time: if one of its commands
 * stopped working (a renamed option, a moved sample), the cache would silently miss that command's classes.
 */
class StartupTrainingTest {

    @TempDir
    Path work;

    @Test
    void everyTrainingCommandSucceedsOnTheSamples() throws Exception {
        Path samples = Path.of("facts-samples");

        List<List<String>> commands = StartupTraining.commands(samples, work);
        List<String> failed = StartupTraining.run(samples, work);

        assertThat(failed).isEmpty();
        assertThat(commands).extracting(command -> command.get(0))
                .contains("assess", "brief", "compare", "questions", "check", "interview");
        assertThat(Files.list(work)).isNotEmpty(); // the interview ran to its end and wrote its answers and report
    }
}
