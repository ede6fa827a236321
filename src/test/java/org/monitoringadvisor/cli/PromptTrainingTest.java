package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The new interview's start-up cache is trained by running {@link PromptTraining} at build time: if its interview
 * stopped reaching the first prompt (a renamed option, a check that refuses its folder), the cache would silently
 * miss what that prompt needs.
 */
class PromptTrainingTest {

    @TempDir
    Path work;

    @Test
    void theInterviewReachesItsFirstPromptAndLeavesWithoutWritingAnything() throws Exception {
        assertThat(PromptTraining.run(work)).isEmpty();
        assertThat(work).isEmptyDirectory(); // its input ended at the employer's name: nothing to save
    }
}
