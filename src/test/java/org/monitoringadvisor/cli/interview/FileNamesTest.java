package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.cli.ReportFormat;

/** The names of the files an interview writes. */
class FileNamesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    @Test
    void namesTheAnswersFileFromTheEmployerAndTheDate() {
        assertThat(FileNames.newAnswersFile(dir, "Example Borough Council", DAY))
                .isEqualTo(dir.resolve("answers-example-borough-council-2026-11-28.yaml"));
        assertThat(FileNames.newAnswersFile(dir, "", DAY)).isEqualTo(dir.resolve("answers-2026-11-28.yaml"));
    }

    @Test
    void neverReplacesAFileThatIsAlreadyThere() throws Exception {
        Files.writeString(dir.resolve("answers-acme-2026-11-28.yaml"), "answers: {}\n");
        Files.writeString(dir.resolve("answers-acme-2026-11-28-2.yaml"), "answers: {}\n");

        assertThat(FileNames.newAnswersFile(dir, "Acme", DAY)).isEqualTo(dir.resolve("answers-acme-2026-11-28-3.yaml"));
    }

    @Test
    void slugsAreSafeFileNameWords() {
        assertThat(FileNames.slug("  St Mary's NHS Trust (Acute) ")).isEqualTo("st-mary-s-nhs-trust-acute");
        assertThat(FileNames.slug("Marks & Spencer")).isEqualTo("marks-and-spencer");
        assertThat(FileNames.slug("Café Zoë ../etc")).isEqualTo("cafe-zoe-etc");
        assertThat(FileNames.slug("A".repeat(60))).hasSize(40);
        assertThat(FileNames.slug("!!!")).isEmpty();
    }

    @Test
    void theReportGoesBesideTheAnswersWithTheFormatsExtension() {
        Path answers = dir.resolve("answers-acme-2026-11-28.yaml");
        assertThat(FileNames.reportFile(answers, ReportFormat.text)).isEqualTo(dir.resolve("report-acme-2026-11-28.txt"));
        assertThat(FileNames.reportFile(dir.resolve("acme.json"), ReportFormat.json))
                .isEqualTo(dir.resolve("acme-report.json"));
    }
}
