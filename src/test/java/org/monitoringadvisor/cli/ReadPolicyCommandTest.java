package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.policy.TestDocuments;

/** {@code read-policy} from the outside: what it writes, and how it refuses files it cannot read. */
class ReadPolicyCommandTest {

    private static final String POLICY = String.join("\n",
            "Email and Internet Policy",
            "",
            "All internet use is automatically logged.",
            "Staff may use the internet for personal purposes during lunch breaks.",
            "The company reserves the right to read any email.",
            "");

    @TempDir
    Path dir;

    @Test
    void writesJsonWithAnswersEvidenceAndThePolicyRead() throws Exception {
        Path policy = Files.writeString(dir.resolve("it-policy.txt"), POLICY);

        CliRun run = CliRun.run("read-policy", policy.toString(), "--format", "json");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.path("answers").path("monitoring-practice").asText()).isEqualTo("routine");
        assertThat(json.path("answers").path("personal-use").asText()).isEqualTo("limited");
        JsonNode evidence = json.path("evidence").path("monitoring-practice").get(0);
        assertThat(evidence.path("quote").asText()).isEqualTo("All internet use is automatically logged.");
        assertThat(evidence.path("where").asText()).contains("line 3");
        assertThat(evidence.path("confidence").asText()).isEqualTo("high");
        assertThat(json.path("policy").path("file").asText()).isEqualTo("it-policy.txt");
        assertThat(json.path("policy").path("sha256").asText()).hasSize(64);
        assertThat(json.path("policy").path("read").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        // Every key has evidence, and nothing is suggested without it.
        json.path("answers").fieldNames().forEachRemaining(q -> assertThat(json.path("evidence").has(q)).isTrue());
    }

    @Test
    void theFileItWritesIsPrivateAndEveryOtherCommandReadsIt() throws Exception {
        Path policy = Files.writeString(dir.resolve("it-policy.txt"), POLICY);
        Path answers = dir.resolve("answers.yaml");

        CliRun run = CliRun.run("read-policy", policy.toString(), "--out", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("interview --resume " + answers);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(answers))).isEqualTo("rw-------");
        assertThat(AnswersFileReader.read(answers).answers()).containsEntry("monitoring-practice", "routine");
        CliRun assess = CliRun.run("assess", "--answers", answers.toString());
        assertThat(assess.exitCode()).isZero();
        assertThat(assess.out()).contains("Policy read: it-policy.txt");
        assertThat(assess.out().replaceAll("\\s+", " ")).contains("From the policy: \u201CAll internet use is"
                + " automatically logged.\u201D");
        assertThat(CliRun.run("brief", "--answers", answers.toString()).exitCode()).isZero();
    }

    @Test
    void readsPdfAndWordWithPagesAndHeadingsAsPlaces() throws Exception {
        Path pdf = TestDocuments.pdf(POLICY, dir.resolve("policy.pdf"));
        Path docx = TestDocuments.docx("Monitoring\n" + POLICY.lines().skip(2).reduce("", (a, b) -> a + b + "\n"),
                dir.resolve("policy.docx"));

        JsonNode fromPdf = new ObjectMapper().readTree(CliRun.run("read-policy", pdf.toString(), "--format",
                "json").out());
        JsonNode fromDocx = new ObjectMapper().readTree(CliRun.run("read-policy", docx.toString(), "--format",
                "json").out());

        assertThat(fromPdf.path("evidence").path("monitoring-practice").get(0).path("where").asText())
                .isEqualTo("page 1");
        assertThat(fromDocx.path("evidence").path("monitoring-practice").get(0).path("where").asText())
                .isEqualTo("section \"Monitoring\", paragraph 1");
        assertThat(fromPdf.path("answers")).isEqualTo(fromDocx.path("answers"));
    }

    @Test
    void aMissingFileIsRefusedAndNothingIsWritten() {
        Path answers = dir.resolve("out.yaml");

        CliRun run = CliRun.run("read-policy", dir.resolve("nope.pdf").toString(), "--out", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.pdf: file not found").doesNotContain("Exception");
        assertThat(answers).doesNotExist();
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws Exception {
        Path pdf = TestDocuments.pdf(POLICY, dir.resolve("plain.pdf"));
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            StandardProtectionPolicy protection = new StandardProtectionPolicy("owner", "secret",
                    new AccessPermission());
            document.protect(protection);
            document.save(locked.toFile());
        }

        CliRun run = CliRun.run("read-policy", locked.toString(), "--out", dir.resolve("out.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("locked.pdf: is a password-protected PDF");
        assertThat(dir.resolve("out.yaml")).doesNotExist();
    }

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.addPage(new PDPage());
            document.save(scan.toFile());
        }

        Path answers = dir.resolve("out.yaml");

        CliRun run = CliRun.run("read-policy", scan.toString());
        CliRun toFile = CliRun.run("read-policy", scan.toString(), "--out", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("scan.pdf: has no text to read (it looks like a scan");
        assertThat(run.out()).isEmpty();
        assertThat(toFile.exitCode()).isEqualTo(2);
        assertThat(answers).doesNotExist();
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(26L * 1024 * 1024);
        }

        Path answers = dir.resolve("out.yaml");

        CliRun run = CliRun.run("read-policy", huge.toString(), "--out", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("huge.txt: is 26 MB; the limit is 25 MB").doesNotContain("Exception");
        assertThat(answers).doesNotExist();
        assertThat(dir).isDirectoryNotContaining("glob:**/*.tmp");
    }

    @Test
    void moreTextThanTheLimitIsRefusedAndNothingIsWritten() throws Exception {
        Path long_ = Files.writeString(dir.resolve("long.txt"),
                "Staff may use email for personal purposes during lunch breaks.\n".repeat(50_000));
        Path answers = dir.resolve("out.yaml");

        CliRun run = CliRun.run("read-policy", long_.toString(), "--out", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("long.txt: has more than 3000000 characters of text");
        assertThat(answers).doesNotExist();
    }

    @Test
    void aFolderOrADamagedWordOrOpenDocumentFileIsRefusedAndNothingIsWritten() throws Exception {
        Path answers = dir.resolve("out.yaml");
        Path folder = Files.createDirectory(dir.resolve("policies"));
        Path docx = Files.write(dir.resolve("policy.docx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Path odt = Files.write(dir.resolve("policy.odt"), new byte[] {'P', 'K', 3, 4, 9, 9});

        CliRun onFolder = CliRun.run("read-policy", folder.toString(), "--out", answers.toString());
        CliRun onDocx = CliRun.run("read-policy", docx.toString(), "--out", answers.toString());
        CliRun onOdt = CliRun.run("read-policy", odt.toString(), "--out", answers.toString());

        assertThat(onFolder.exitCode()).isEqualTo(2);
        assertThat(onFolder.err()).contains("policies: is a folder, not a policy document");
        assertThat(onDocx.exitCode()).isEqualTo(2);
        assertThat(onDocx.err()).contains("policy.docx: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(onOdt.exitCode()).isEqualTo(2);
        assertThat(onOdt.err()).contains("policy.odt: ").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(answers).doesNotExist();
    }

    @Test
    void theInterviewRefusesAPolicyItCannotReadBeforeAskingOrWritingAnything() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(scan.toFile());
        }
        Path answers = dir.resolve("answers.yaml");

        CliRun run = CliRun.withInput("\n", "interview", "--policy", scan.toString(), "--file", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("scan.pdf: has no text to read");
        assertThat(answers).doesNotExist();
    }

    @Test
    void aFileThatIsNotADocumentItReadsIsRefused() throws Exception {
        Path binary = Files.write(dir.resolve("policy.bin"), new byte[] {1, 2, 0, 3, 0, 0, 7});
        Path fakePdf = Files.writeString(dir.resolve("policy.pdf"), "not really a PDF", StandardCharsets.UTF_8);

        assertThat(CliRun.run("read-policy", binary.toString()).err()).contains("binary data");
        CliRun fake = CliRun.run("read-policy", fakePdf.toString());
        assertThat(fake.exitCode()).isEqualTo(2);
        assertThat(fake.err()).contains("policy.pdf: is not a PDF file");
    }

    @Test
    void aDocumentSilentOnMonitoringSuggestsNothingAboutIt() throws Exception {
        Path silent = Files.writeString(dir.resolve("passwords.txt"),
                "Passwords must be twelve characters long.\nLock your screen when you leave your desk.\n");

        JsonNode json = new ObjectMapper().readTree(CliRun.run("read-policy", silent.toString(), "--format", "json")
                .out());

        assertThat(json.path("answers").size()).isZero();
        assertThat(json.path("evidence").size()).isZero();
    }

    @Test
    void checkPointsAtMistakesInTheCueFile() throws Exception {
        Path rules = dir.resolve("rules");
        assertThat(CliRun.run("init-rules", rules.toString()).exitCode()).isZero();
        Path cues = rules.resolve("policy-cues.yaml");
        Files.writeString(cues, Files.readString(cues).replace("  monitoring-content:", "  monitoring-contents:")
                .replace("'\\bno (personal|private) use\\b'", "'\\bno (personal|private use\\b'"));

        CliRun check = CliRun.run("check", "--rules", rules.toString());

        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).containsPattern("policy-cues\\.yaml:\\d+: error: unknown question \"monitoring-contents\"")
                .containsPattern("policy-cues\\.yaml:\\d+: error: pattern does not compile");
        CliRun read = CliRun.run("read-policy", Files.writeString(dir.resolve("p.txt"), POLICY).toString(),
                "--rules", rules.toString());
        assertThat(read.exitCode()).isEqualTo(2);
        assertThat(read.err()).contains("unknown question \"monitoring-contents\"");
    }
}
