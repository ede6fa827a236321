package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monitoringadvisor.cli.interview.Scripted.lines;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;

/**
 * The rep's commands at each kind of prompt, scripted as a rep would type them: the employer's name, a question,
 * the review list, a policy suggestion and the end menu each take the commands that make sense there and say
 * plainly when one works only later.
 */
class CommandsAtEveryPromptTest {

    /** A short walk: no written policy, so the interview ends soon. */
    private final Walk walk = Walk.through(Map.of("policy-exists", "no"));

    @TempDir
    Path dir;

    @Test
    void theEmployersNamePromptTakesHelpCommandsAndQuitAndPutsOffTheRest() {
        Scripted run = Scripted.run(lines("help", "back", "commands", "quit"), "interview", "--file", file());

        assertThat(flat(run.out())).contains("The employer's name goes at the top of the report",
                        "\"back\" works once the questions start. First the employer's name, or Enter to skip it.",
                        "Commands (type one instead of an answer)",
                        "Stopped before the first answer, so there was nothing to save.")
                .doesNotContain("Question 1 ");
        assertThat(run.exitCode()).isZero();
        assertThat(Path.of(file())).doesNotExist();
    }

    @Test
    void atTheFirstQuestionBackSaysThereIsNothingBeforeItAndSaveSaysWhere() {
        Scripted run = Scripted.run(lines("", "back", "yes", "save", "quit"), "interview", "--file", file());

        assertThat(flat(run.out())).contains("This is the first question: there is nothing to go back to.",
                "Saved 1 answer to: " + file(), "Saved 1 answer to: " + file() + " To carry on where you left off:");
        assertThat(AnswersFileReader.read(Path.of(file())).answers()).containsExactly(Map.entry("policy-exists", "yes"));
    }

    @Test
    void theReviewListTakesQuitAndHintsAtAnyOtherCommand() {
        Scripted run = Scripted.run(lines("", "yes", "review", "how", "quit"), "interview", "--file", file());

        String review = flat(run.out().substring(run.out().indexOf("Your answers so far")));
        assertThat(review).contains("Type a number from 1 to 2 to change that answer, or press Enter to carry on.")
                .doesNotContain("Findings so far").contains("Saved 1 answer to:");
    }

    @Test
    void atTheEndMenuTheCommandsWorkWithoutWritingAnything() throws Exception {
        Scripted run = run("help", "how", "save", "commands", "back", "", "");

        String end = flat(run.out().substring(run.out().indexOf("What shall I write beside your answers file?")));
        assertThat(end).contains("All the questions are answered. This chooses what is written next to your answers"
                        + " file", "Findings so far", "Saved " + walk.typed().size() + " answer",
                        "Commands (type one instead of an answer)",
                        "Changing an earlier answer; it is now \"I don't know\"")
                .contains("Kept: I don't know.");
        // After going back and keeping the answer, the end comes again, and Enter writes the usual documents.
        String again = end.substring(end.indexOf("Kept: I don't know."));
        assertThat(again).contains("What shall I write beside your answers file?", "Written beside your answers file");
        assertThat(Files.exists(dir.resolve("answers-report.txt"))).isTrue();
    }

    @Test
    void reviewAtTheEndChangesTheAnswerChosenThenTheEndComesAgain() throws Exception {
        Scripted run = run("review", "1", "yes", "quit");

        assertThat(flat(run.out())).contains("Changing an earlier answer; it is now \"No, nothing is written down\"",
                "no longer gap (high)");
        assertThat(AnswersFileReader.read(Path.of(file())).answers()).containsEntry("policy-exists", "yes");
    }

    @Test
    void aPolicySuggestionTakesHelpWhyAndQuitAndPutsOffTheRest() throws Exception {
        Path policy = Files.writeString(dir.resolve("policy.txt"), "Internet and Email Policy\n\n"
                + "Personal use is not permitted.\n");

        Scripted run = Scripted.run(lines("Acme", "help", "why", "save", "quit"), "interview", "--policy",
                policy.toString(), "--file", file());

        assertThat(flat(run.out())).contains("About this question", "Why this question now",
                "First accept (Enter) or replace this suggestion; save works once the suggestions are done.",
                "Saved ", "To carry on where you left off:");
        assertThat(run.exitCode()).isZero();
    }

    private String file() {
        return dir.resolve("answers.yaml").toString();
    }

    /** The walk's answers after an empty employer's name, then {@code end} at the end menu. */
    private Scripted run(String... end) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.addAll(walk.typed());
        lines.addAll(List.of(end));
        return Scripted.run(lines(lines.toArray(String[]::new)), "interview", "--file", file());
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
