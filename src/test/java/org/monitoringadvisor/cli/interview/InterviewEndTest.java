package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;

/**
 * The end of the interview, scripted as a rep would type it: the lead-with points, the one menu of documents,
 * the optional details, and the files written beside the answers.
 */
class InterviewEndTest {

    /** A short walk: no written policy and nothing else known, so the interview ends soon. */
    private final Walk walk = Walk.through(Map.of("policy-exists", "no", "personal-use", "banned",
            "monitoring-practice", "routine"));

    @TempDir
    Path dir;

    private Scripted run(String employer, String... end) {
        List<String> lines = new ArrayList<>();
        lines.add(employer);
        lines.addAll(walk.typed());
        lines.addAll(List.of(end));
        return Scripted.run(Scripted.lines(lines.toArray(String[]::new)), "interview", "--file",
                dir.resolve("answers-acme.yaml").toString());
    }

    @Test
    void theEndScreenLeadsWithAFewPointsAndPointsToTheReport() {
        Scripted run = run("Acme", "");

        String end = flat(run.out().substring(run.out().indexOf("What your answers show about Acme")));
        assertThat(end).contains("Lead with these in the meeting", "1. [high] ", "type how to list them")
                .doesNotContain("Arguments:").doesNotContain("unison-2014/").doesNotContain("4. [");
    }

    @Test
    void theEndScreenLeadsWithThePointsTheRulesChoseInTheirOrder() throws Exception {
        // In this sample the rules open with the equality duty, not with the first gap in the full list.
        Map<String, String> given = AnswersFileReader.read(Path.of("facts-samples/nhs-trust-facebook-blocked.yaml"))
                .answers();
        Walk nhs = Walk.through(given);
        List<String> lines = new ArrayList<>(List.of("NHS"));
        lines.addAll(nhs.typed());
        lines.add("6");
        Scripted run = Scripted.run(Scripted.lines(lines.toArray(String[]::new)), "interview", "--file",
                dir.resolve("answers-nhs.yaml").toString());

        Assessment assessment = Advisor.builtIn().assess(nhs.answers());
        String end = flat(run.out().substring(run.out().indexOf("Lead with these in the meeting")));
        List<Finding> leads = assessment.leadWithFindings();
        assertThat(leads).hasSizeBetween(3, 5);
        assertThat(leads.get(0)).isNotEqualTo(assessment.findings(FindingKind.GAP).get(0));
        int at = 0;
        for (int i = 0; i < leads.size(); i++) {
            String point = (i + 1) + ". " + EndScreen.tag(leads.get(i)) + leads.get(i).title();
            assertThat(end.indexOf(point, at)).as(point).isGreaterThanOrEqualTo(at);
            at = end.indexOf(point, at);
        }
        assertThat(end).doesNotContain((leads.size() + 1) + ". [");
    }

    @Test
    void whenTheInputEndsAtTheMenuTheReportAndTheRepsLetterAreWritten() throws Exception {
        Scripted run = run("Acme");

        Path report = dir.resolve("report-acme.txt");
        Path letter = dir.resolve("letter-rep-acme.txt");
        assertThat(run.exitCode()).isZero();
        assertThat(flat(run.out())).contains("Written beside your answers file, readable by you only: " + report
                + " " + letter).contains("compare " + dir.resolve("answers-acme.yaml") + " NEW-ANSWERS.yaml");
        assertThat(Files.readString(report)).contains("Acme");
        assertThat(Files.readString(letter)).startsWith("NOTE FOR THE REP");
        assertThat(dir.resolve("letter-employer-acme.txt")).doesNotExist();
    }

    @Test
    void wordGivesTheReportAndBothLettersWithTheDetailsInThem() throws Exception {
        Scripted run = run("Acme", "2", "Leeds call centre", "Leeds City", "Sam O'Neill");

        assertThat(run.exitCode()).isZero();
        Path answers = dir.resolve("answers-acme.yaml");
        assertThat(AnswersFileReader.read(answers).metadata()).containsEntry("workplace", "Leeds call centre")
                .containsEntry("branch", "Leeds City").containsEntry("prepared-by", "Sam O'Neill");
        for (String name : List.of("report-acme.docx", "letter-rep-acme.docx", "letter-employer-acme.docx")) {
            Path file = dir.resolve(name);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            try (XWPFDocument document = new XWPFDocument(Files.newInputStream(file))) {
                assertThat(document.getParagraphs()).isNotEmpty();
            }
        }
        try (XWPFDocument letter = new XWPFDocument(Files.newInputStream(dir.resolve("letter-employer-acme.docx")))) {
            String text = String.join("\n", letter.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("Sam O'Neill", "Leeds City branch").doesNotContain("[Your name]");
        }
        try (XWPFDocument report = new XWPFDocument(Files.newInputStream(dir.resolve("report-acme.docx")))) {
            String text = String.join("\n", report.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("Workplace: Leeds call centre", "Union branch: Leeds City",
                    "Prepared by: Sam O'Neill");
        }
    }

    @Test
    void chooseWritesTheDocumentsPickedInTheFormatPicked() throws Exception {
        Scripted run = run("Acme", "choose", "1 3", "pdf", "", "", "");

        assertThat(run.exitCode()).isZero();
        try (PDDocument report = Loader.loadPDF(dir.resolve("report-acme.pdf").toFile())) {
            assertThat(report.getNumberOfPages()).isPositive();
        }
        assertThat(dir.resolve("letter-employer-acme.pdf")).exists();
        assertThat(dir.resolve("letter-rep-acme.pdf")).doesNotExist();
    }

    @Test
    void nothingNowWritesNoDocumentAndSaysHowToLater() throws Exception {
        Scripted run = run("Acme", "6");

        assertThat(flat(run.out())).contains("Nothing written.", "assess --answers");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("answers-acme.yaml");
        }
    }

    @Test
    void theEmployersNameCanBeChangedInReview() throws Exception {
        Path answers = dir.resolve("a.yaml");
        int last = 2; // two answers, then the employer's name is numbered after them

        Scripted run = Scripted.run(Scripted.lines("Acme", "yes", "agreed", "review", String.valueOf(last + 1),
                "Acme Holdings plc", "quit"), "interview", "--file", answers.toString());

        assertThat(flat(run.out())).contains("3. Employer's name -> Acme", "The employer's name is now Acme Holdings plc");
        assertThat(AnswersFileReader.read(answers).employer()).hasValue("Acme Holdings plc");
    }

    @Test
    void aBadResumeFileIsRefusedBeforeTheWelcome() throws Exception {
        Path answers = Files.writeString(dir.resolve("a.yaml"), "answers:\n  personal-use: sometimes\n");

        Scripted run = Scripted.run("", "interview", "--resume", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).doesNotContain("guided interview").doesNotContain("Welcome");
        assertThat(run.err()).contains(answers + ":2");
    }

    @Test
    void theProgressLineNeverPromisesACount() {
        Scripted run = run("Acme", "");

        assertThat(run.out()).doesNotContainPattern("\\d+ to go").contains("Question 1 \u00b7 topic 1 of "
                + Advisor.builtIn().questions().stream().map(q -> q.topic()).distinct().count());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
