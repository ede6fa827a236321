package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.answers.AnswersFileWriter;
import org.monitoringadvisor.policy.PolicyAnswers;
import org.monitoringadvisor.policy.PolicyEvidence;
import org.monitoringadvisor.policy.PolicyReader;
import org.monitoringadvisor.policy.PolicyReading;
import org.monitoringadvisor.policy.text.DocumentReader;
import org.monitoringadvisor.policy.text.DocumentText;

/**
 * Carrying on in the browser with a file {@code read-policy} wrote: its suggestions come first, as the console asks
 * them, and each one dealt with is not asked again the next time the file is carried on with.
 */
class ResumePolicyFileTest {

    @TempDir
    Path dir;

    @Test
    void theSuggestionsOfAReadPolicyFileComeFirstAndOnlyOnce() {
        Path answers = readPolicyFile("Internet and Email Policy\n\nAll internet use is automatically logged.\n"
                + "Personal use is not permitted.\n");
        List<String> pending = List.copyOf(PolicyEvidence.from(AnswersFileReader.read(answers).metadata())
                .evidence().keySet());
        assertThat(pending).hasSizeGreaterThanOrEqualTo(2);

        String first = carryOn(answers, rep -> {
            String next = rep.get("/next").header("Location");
            assertThat(next).startsWith("/suggestion/");
            String page = rep.get(next).body();
            assertThat(page).contains("Suggestion 1 of " + pending.size(), "from reading policy.txt");
            assertThat(rep.get(next.replace("/suggestion/", "/question/")).header("Location"))
                    .as("a suggestion waiting is not answered as a plain question").isEqualTo(next);
            String suggested = AnswersFileReader.read(answers).answers().get(next.substring("/suggestion/".length()));
            assertThat(rep.post(next, "answer", suggested).status()).isEqualTo(303);
            return next;
        });

        AnswersFile saved = AnswersFileReader.read(answers);
        String accepted = first.substring("/suggestion/".length());
        assertThat(PolicyEvidence.from(saved.metadata()).confirmed()).containsExactly(accepted);
        assertThat(PolicyEvidence.from(saved.metadata()).of(accepted)).as("an accepted answer keeps its quote")
                .isNotEmpty();
        carryOn(answers, rep -> {
            String next = rep.get("/next").header("Location");
            assertThat(next).startsWith("/suggestion/").isNotEqualTo(first);
            assertThat(rep.get(next).body()).contains("Suggestion 1 of " + (pending.size() - 1));
            return next;
        });
    }

    private String carryOn(Path answers, java.util.function.Function<Visitor, String> body) {
        WebServer server = TestServer.start(dir, AnswersFileReader.read(answers), List.of(TestServer.TEXT_REPORT));
        try {
            Visitor rep = new Visitor(server.base());
            rep.open(server.link());
            return body.apply(rep);
        } finally {
            server.close();
        }
    }

    /** What {@code read-policy POLICY --out FILE} writes for this policy text. */
    private Path readPolicyFile(String policyText) {
        Path policy = dir.resolve("policy.txt");
        try {
            java.nio.file.Files.writeString(policy, policyText);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        DocumentText text = DocumentReader.read(policy);
        PolicyReading reading = PolicyReader.builtIn().read(text, PolicyReader.describe(policy, text,
                LocalDate.of(2026, 12, 1)));
        Path file = dir.resolve("from-policy.yaml");
        AnswersFileWriter.write(file, AnswersFile.of(file.toString(), PolicyAnswers.metadata(reading),
                PolicyAnswers.answers(reading)));
        return file;
    }
}
