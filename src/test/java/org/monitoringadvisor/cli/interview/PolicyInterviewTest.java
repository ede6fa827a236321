package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.ExamplePolicy;
import org.monitoringadvisor.policy.PolicyEvidence;

/**
 * {@code interview --policy} and {@code --resume} of a read-policy file, driven as a rep would: the suggestions come
 * first with their quotes; accepting them all leaves only the questions the policy did not settle.
 */
class PolicyInterviewTest {

    @TempDir
    Path dir;

    @Test
    void acceptingEverySuggestionAsksOnlyWhatThePolicyLeftOpenAndTheReportCarriesTheQuotes() throws Exception {
        Path policy = ExamplePolicy.writeTo(dir);
        Path answers = dir.resolve("answers.yaml");
        List<String> input = new ArrayList<>(List.of("Example Ltd", "", "", "", ""));
        input.addAll(Collections.nCopies(60, "3")); // "I don't know" or the third option to whatever else is asked

        Scripted run = Scripted.run(Scripted.lines(input.toArray(String[]::new)) + "1\n", "interview", "--policy",
                policy.toString(), "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Reading policy.txt suggested 4 answers")
                .contains("\u201CAll internet use is automatically logged.\u201D (section \"Internet and Email"
                        + " Policy\", paragraph 1, line 3, high confidence)");
        String afterSuggestions = run.out().substring(run.out().indexOf("That was the last suggestion"),
                run.out().indexOf("What your answers show")).replaceAll("\\s+", " ");
        Advisor advisor = Advisor.builtIn();
        for (String settled : List.of("policy-exists", "monitoring-practice", "personal-use", "social-media-access")) {
            Question question = advisor.question(settled).orElseThrow();
            assertThat(afterSuggestions).as("asked again: " + settled).doesNotContain(question.text());
        }
        assertThat(afterSuggestions).contains(advisor.question("explanation-first").orElseThrow().text());

        AnswersFile saved = AnswersFileReader.read(answers);
        assertThat(saved.answers()).containsEntry("monitoring-practice", "routine")
                .containsEntry("personal-use", "banned").containsEntry("social-media-access", "blocked");
        PolicyEvidence evidence = PolicyEvidence.from(saved.metadata());
        assertThat(evidence.of("monitoring-practice").get(0).quote())
                .isEqualTo("All internet use is automatically logged.");
        assertThat(evidence.confirmed()).contains("monitoring-practice", "personal-use", "social-media-access");
        String report = Scripted.run("", "assess", "--answers", answers.toString()).out();
        assertThat(report).contains("Policy read: policy.txt");
        assertThat(report.replaceAll("\\s+", " ")).contains("From the policy: \u201CPersonal use is not permitted.\u201D");
    }

    @Test
    void anotherAnswerReplacesTheSuggestionAndDropsItsQuote() throws Exception {
        Path policy = ExamplePolicy.writeTo(dir);
        Path answers = dir.resolve("answers.yaml");

        // Employer, accept policy-exists, replace personal use with "within limits" (2), then quit.
        Scripted run = Scripted.run(Scripted.lines("", "", "2", "quit"), "interview", "--policy",
                policy.toString(), "--file", answers.toString());

        assertThat(run.exitCode()).isZero();
        AnswersFile saved = AnswersFileReader.read(answers);
        assertThat(saved.answers()).containsEntry("personal-use", "limited");
        PolicyEvidence evidence = PolicyEvidence.from(saved.metadata());
        assertThat(evidence.of("personal-use")).isEmpty();
        assertThat(evidence.of("policy-exists")).isNotEmpty();
        assertThat(evidence.confirmed()).containsExactly("policy-exists", "personal-use");
    }

    @Test
    void resumingAReadPolicyFileAsksItsSuggestionsFirstAndOnlyOnce() throws Exception {
        Path policy = ExamplePolicy.writeTo(dir);
        Path answers = dir.resolve("answers.yaml");
        assertThat(Scripted.run("", "read-policy", policy.toString(), "--out", answers.toString()).exitCode())
                .isZero();

        Scripted first = Scripted.run(Scripted.lines("", "quit"), "interview", "--resume", answers.toString());
        Scripted second = Scripted.run(Scripted.lines("quit"), "interview", "--resume", answers.toString());

        assertThat(first.out()).contains("Suggestion 1 of 4").contains("Suggestion 2 of 4");
        assertThat(second.out()).contains("Suggestion 1 of 3").doesNotContain("Suggestion 1 of 4");
    }
}
