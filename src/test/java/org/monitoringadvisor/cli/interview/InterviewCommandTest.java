package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.cli.interview.Scripted.lines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.report.ReportInput;
import org.monitoringadvisor.report.TextReport;

/**
 * The whole interview driven by scripted input, one answer or command a line, as a rep would type it: what is on
 * the screen afterwards, and what is in the files.
 */
class InterviewCommandTest {

    /** A council's answers to the core questions, by value id; any other question asked gets "unknown". */
    private static final Map<String, String> COUNCIL = ordered(
            "policy-exists", "yes",
            "policy-agreed-with-union", "consulted-only",
            "policy-publicised", "clearly",
            "personal-use", "banned",
            "social-media-access", "open",
            "monitoring-practice", "routine",
            "monitoring-disclosed", "partly",
            "explanation-first", "yes",
            "union-email-addresses", "yes",
            "union-email-privacy", "not-guaranteed",
            "filter-blocks-lgbt-terms", "no",
            "website-restrictions", "specified-with-examples",
            "email-content-rules", "specified");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Walk council = Walk.through(COUNCIL);

    @TempDir
    Path dir;

    @Test
    void aCompleteRunShowsTheFindingsAndWritesTheAnswersAndTheReport() throws Exception {
        Path answers = dir.resolve("council.yaml");

        Scripted run = Scripted.run(script("Example Borough Council", council.typed(), "1"),
                "interview", "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        int asked = council.typed().size();
        assertThat(flat(run.out())).contains("What your answers show about Example Borough Council")
                .contains(TextReport.summary(Advisor.builtIn().assess(council.answers())))
                .contains("Lead with these in the meeting", "[high] " + title("personal-use-banned"))
                .contains("Question 1 \u00b7 topic 1 of ", "Question " + asked + " \u00b7 topic")
                .doesNotContain("Question " + (asked + 1) + " ")
                .doesNotContain("\u001b"); // no colour or cursor codes on a pipe
        assertThat(AnswersFileReader.read(answers).answers()).isEqualTo(council.answers())
                .containsAllEntriesOf(COUNCIL);
        assertThat(AnswersFileReader.read(answers).employer()).hasValue("Example Borough Council");
        Path report = dir.resolve("council-report.txt");
        Path letter = dir.resolve("council-letter-rep.txt");
        assertThat(flat(run.out())).contains("Written beside your answers file, readable by you only: " + report
                + " " + letter, "compare " + answers + " NEW-ANSWERS.yaml");
        assertThat(Files.readAllBytes(report)).isEqualTo(ReportFormat.text.render(ReportInput.of(
                Advisor.builtIn().assess(council.answers()), Advisor.builtIn().knowledge(),
                AnswersFileReader.read(answers).metadata())));
        assertThat(flat(Files.readString(report))).contains("Example Borough Council", title("personal-use-banned"));
        assertThat(flat(Files.readString(letter))).contains("NOTE FOR THE REP", "Example Borough Council");
        for (Path written : List.of(answers, report, letter)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-------");
        }
    }

    @Test
    void theAnswersFileItWritesGivesTheSameFindingsWithAssess() throws Exception {
        Path answers = dir.resolve("council.json");
        Scripted interview = Scripted.run(script("", council.typed(), "json"),
                "interview", "--file", answers.toString());
        assertThat(interview.exitCode()).isZero();

        Scripted assess = Scripted.run("", "assess", "--answers", answers.toString(), "--format", "json");

        assertThat(assess.exitCode()).isZero();
        JsonNode shown = JSON.readTree(dir.resolve("council-report.json").toFile()).path("findings");
        JsonNode assessed = JSON.readTree(assess.out()).path("findings");
        assertThat(shown.size()).isGreaterThan(10);
        assertThat(assessed).isEqualTo(shown);
    }

    @Test
    void goingBackAndChangingAnAnswerWithdrawsTheFindingItLedTo() throws Exception {
        Path answers = dir.resolve("a.yaml");

        Scripted run = Scripted.run(lines("", "no", "back", "yes", "agreed", "how", "quit"),
                "interview", "--file", answers.toString());

        String noPolicy = title("no-written-policy");
        assertThat(flat(run.out())).contains("no longer gap (high): " + noPolicy, "new questions, asked next")
                .contains("Changing an earlier answer; it is now \"No, nothing is written down\"");
        String howSection = flat(run.out().substring(run.out().lastIndexOf("Findings so far")));
        assertThat(howSection).contains(title("policy-agreed")).doesNotContain(noPolicy);
        assertThat(AnswersFileReader.read(answers).answers())
                .containsExactly(Map.entry("policy-exists", "yes"), Map.entry("policy-agreed-with-union", "agreed"));
        Scripted assess = Scripted.run("", "assess", "--answers", answers.toString());
        assertThat(assess.out()).contains(title("policy-agreed")).doesNotContain(noPolicy);
    }

    @Test
    void reviewListsTheAnswersAndChangesTheOneChosen() throws Exception {
        Path answers = dir.resolve("a.yaml");

        Scripted run = Scripted.run(lines("", "yes", "agreed", "clearly", "allowed", "review", "4", "banned", "quit"),
                "interview", "--file", answers.toString());

        String review = flat(run.out().substring(run.out().indexOf("Your answers so far")));
        assertThat(review).contains("4. May staff use work email and the internet for personal reasons?",
                "-> Yes, responsible personal use is allowed");
        assertThat(flat(run.out())).contains("now gap (high): " + title("personal-use-banned"),
                "no longer strength: " + title("personal-use-allowed"));
        assertThat(AnswersFileReader.read(answers).answers()).containsEntry("personal-use", "banned")
                .containsEntry("policy-agreed-with-union", "agreed").hasSize(4);
    }

    @Test
    void whyNamesTheRuleTheGuidanceAndWhatEachAnswerLeadsTo() {
        Scripted run = Scripted.run(lines("", "yes", "why", "quit"), "interview", "--file",
                dir.resolve("a.yaml").toString());

        String why = flat(run.out().substring(run.out().indexOf("Why this question now")));
        assertThat(why).contains("rule \"A written policy makes its origin and its publicity worth asking about\"",
                "you answered \"Yes, there is a written policy\" to",
                source("unison-2014/balanced-agreement"), source("unison-2014/arg-fewer-disciplinaries"))
                .doesNotContain("unison-2014/");
        String leadsTo = why.substring(why.indexOf("What each answer would lead to"));
        assertThat(leadsTo).contains("1. Negotiated and agreed with the union strength: " + title("policy-agreed"),
                "3. Management imposed it without the union gap (high): " + title("policy-imposed"),
                "4. I don't know question for management: " + title("ask-policy-origin"));
    }

    @Test
    void whyForAQuestionEveryAssessmentAsksSaysSo() {
        Scripted run = Scripted.run(lines("", "why", "quit"), "interview", "--file", dir.resolve("a.yaml").toString());

        assertThat(flat(run.out())).contains("Every assessment asks it (rule \"Every assessment asks whether there is a"
                + " written policy\")").doesNotContain("It is asked because");
    }

    @Test
    void helpExplainsTheQuestionAndNamesItsOwnGuidanceOnly() {
        Scripted run = Scripted.run(lines("", "no", "?", "quit"), "interview", "--file",
                dir.resolve("a.yaml").toString());

        String help = flat(run.out().substring(run.out().indexOf("About this question")));
        assertThat(help).contains("\"personal use\"", source("unison-2014/allow-responsible-personal-use"),
                source("unison-2014/proportionate-use-benefits-both"))
                .doesNotContain(source("unison-2014/balanced-agreement")).doesNotContain("unison-2014/");
    }

    @Test
    void quittingThenResumingEndsWithTheSameFindingsAsAnUninterruptedRun() throws Exception {
        List<String> values = council.typed();
        Path whole = dir.resolve("whole.yaml");
        Scripted.run(script("Example Borough Council", values, "json"), "interview", "--file", whole.toString());

        Path half = dir.resolve("half.yaml");
        Scripted first = Scripted.run(script("Example Borough Council", values.subList(0, 6), "quit"),
                "interview", "--file", half.toString());
        assertThat(flat(first.out())).contains("Saved 6 answers to: " + half, "interview --resume " + half);

        Scripted second = Scripted.run(script(null, values.subList(6, values.size()), "json"),
                "interview", "--resume", half.toString());

        assertThat(second.exitCode()).isZero();
        String asked = flat(second.out().substring(0, second.out().indexOf("What your answers show")));
        assertThat(asked).contains("Welcome back", "Carrying on with 6 answers from " + half)
                .contains(flat(council.asked().get(6).text()));
        for (Question answered : council.asked().subList(0, 6)) {
            assertThat(asked).doesNotContain(flat(answered.text()));
        }
        assertThat(JSON.readTree(dir.resolve("half-report.json").toFile()).path("findings"))
                .isEqualTo(JSON.readTree(dir.resolve("whole-report.json").toFile()).path("findings"));
        assertThat(AnswersFileReader.read(half).answers()).isEqualTo(council.answers());
    }

    @Test
    void theEndOfInputHalfWayLosesNoAnswer() throws Exception {
        Path answers = dir.resolve("a.yaml");

        Scripted run = Scripted.run(lines("", "yes", "agreed", "clearly"), "interview", "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(flat(run.out())).contains("End of input. Saved 3 answers to: " + answers, "--resume " + answers);
        assertThat(AnswersFileReader.read(answers).answers()).containsExactly(Map.entry("policy-exists", "yes"),
                Map.entry("policy-agreed-with-union", "agreed"), Map.entry("policy-publicised", "clearly"));
    }

    @Test
    void endingTheInputBeforeAnyAnswerWritesNothing() {
        Path answers = dir.resolve("a.yaml");

        Scripted run = Scripted.run("", "interview", "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("nothing to save");
        assertThat(answers).doesNotExist();
    }

    @Test
    void anUnrecognisedAnswerGetsAOneLineHintAndTheQuestionAgain() throws Exception {
        Path answers = dir.resolve("a.yaml");

        Scripted run = Scripted.run(lines("", "maybe", "9", "y", "2", "1", "yes", "2", "quit"),
                "interview", "--file", answers.toString());

        assertThat(flat(run.out())).contains("Not understood: \"maybe\". Type a number from 1 to 3, or \"commands\"",
                "There is no option 9 here; type a number from 1 to 3.",
                "\"yes\" fits options 1 and 2; type the number of the one you mean.",
                "Taken as: Yes, there is a written policy");
        assertThat(count(run.out(), question("policy-exists"))).isEqualTo(3);
        assertThat(AnswersFileReader.read(answers).answers()).containsEntry("policy-exists", "yes")
                .containsEntry("personal-use", "limited");
    }

    @Test
    void aFileThatAlreadyExistsIsNotOverwritten() throws Exception {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "answers:\n  personal-use: banned\n");

        Scripted run = Scripted.run(lines("", "yes"), "interview", "--file", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(answers + " already exists; to carry on with it use --resume");
        assertThat(Files.readString(answers)).isEqualTo("answers:\n  personal-use: banned\n");
    }

    @Test
    void aResumedFileWithABadAnswerIsRejectedWithItsLine() throws Exception {
        Path answers = dir.resolve("a.yaml");
        Files.writeString(answers, "answers:\n  personal-use: sometimes\n");

        Scripted run = Scripted.run("", "interview", "--resume", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(answers + ":2").contains("personal-use").contains("banned");
    }

    @Test
    void commandsListsEveryCommand() {
        Scripted run = Scripted.run(lines("", "commands", "quit"), "interview", "--file",
                dir.resolve("a.yaml").toString());

        for (Keyword keyword : Keyword.values()) {
            assertThat(flat(run.out())).contains(keyword.word()).contains(keyword.description());
        }
    }

    private static String script(String employer, Iterable<String> answers, String last) {
        List<String> lines = new ArrayList<>();
        if (employer != null) {
            lines.add(employer);
        }
        answers.forEach(lines::add);
        lines.add(last);
        return lines(lines.toArray(String[]::new));
    }

    private static String title(String finding) {
        return Advisor.builtIn().knowledge().findings().find(finding).orElseThrow().title();
    }

    /** A guidance point as the screens name it: by what it says, not by its id. */
    private static String source(String id) {
        return flat(Advisor.builtIn().source(id).orElseThrow().summary());
    }

    private static String question(String id) {
        return Advisor.builtIn().question(id).orElseThrow().text().substring(0, 40);
    }

    /** The text with every run of spaces and line breaks made one space, so wrapping does not matter. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
