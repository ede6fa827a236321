package org.monitoringadvisor.cli.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.report.RepWording;

/**
 * Every screen of the interview a rep can call up, for the heavy-handed sample: the help and the reasons for every
 * question, the review, the findings one line each and the end screen, all free of guidance ids, brackets inside
 * brackets and notes for rule authors.
 */
class InterviewWordingTest {

    @TempDir
    Path dir;

    @Test
    void noScreenShowsAGuidanceIdNestsBracketsOrCarriesANoteForRuleAuthors() throws Exception {
        Walk walk = Walk.through(AnswersFileReader.read(Path.of("facts-samples/call-centre-draconian.yaml")).answers());
        List<String> typed = new ArrayList<>(List.of("Northgate"));
        for (String answer : walk.typed()) {
            typed.addAll(List.of("?", "why", answer));
        }
        typed.addAll(List.of("6"));
        List<String> withReview = new ArrayList<>(typed.subList(0, typed.size() - 4));
        withReview.addAll(List.of("review", "", "how"));
        withReview.addAll(typed.subList(typed.size() - 4, typed.size()));

        Scripted run = Scripted.run(Scripted.lines(withReview.toArray(String[]::new)), "interview", "--file",
                dir.resolve("answers.yaml").toString());

        assertThat(run.out()).contains("Lead with these in the meeting", "Why this question");
        assertThat(RepWording.problems("interview", run.out())).isEmpty();
    }
}
