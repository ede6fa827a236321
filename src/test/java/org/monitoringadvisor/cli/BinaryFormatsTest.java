package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** assess, brief and compare write Word and PDF files, never binary noise on a terminal. */
class BinaryFormatsTest {

    private static final String DRACONIAN = "facts-samples/call-centre-draconian.yaml";
    private static final String AFTER = "facts-samples/call-centre-after-talks.yaml";

    @TempDir
    Path dir;

    @Test
    void aPdfReportGoesToTheOutFileReadableByItsOwnerOnly() throws Exception {
        Path pdf = dir.resolve("report.pdf");

        CliRun run = CliRun.run("assess", "--answers", DRACONIAN, "--format", "pdf", "--out", pdf.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("Report written to " + pdf);
        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void aWordLetterAndAWordComparisonOpenInWord() throws Exception {
        Path letter = dir.resolve("letter.docx");
        Path changes = dir.resolve("changes.docx");

        assertThat(CliRun.run("brief", "--answers", DRACONIAN, "--format", "DOCX", "--out", letter.toString())
                .exitCode()).isZero();
        assertThat(CliRun.run("compare", DRACONIAN, AFTER, "--format", "docx", "--out", changes.toString())
                .exitCode()).isZero();

        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(letter))) {
            assertThat(document.getParagraphs()).anyMatch(p -> p.getText().startsWith("Dear [Name of HR director]"));
        }
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(changes))) {
            assertThat(document.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle())
                    && p.getText().equals("What improved: gaps closed"));
        }
    }

    @Test
    void aBinaryFormatIsRefusedOnATerminalWithTheWayOut() {
        CliRun run = CliRun.run("assess", "--answers", DRACONIAN, "--format", "pdf");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format pdf").contains("--out report.pdf").contains("redirect");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aBinaryFormatGoesToStandardOutputWhenThatIsRedirected() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();

        int code = Cli.run(new String[] {"compare", DRACONIAN, AFTER, "--format", "pdf"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), new PrintWriter(err), bytes);

        assertThat(code).isZero();
        try (PDDocument document = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(document.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void aBadAnswersFileWritesNoDocument() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "answers:\n  personal-use: sometimes\n");
        Path out = dir.resolve("report.docx");

        CliRun run = CliRun.run("assess", "--answers", bad.toString(), "--format", "docx", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(out).doesNotExist();
    }
}
