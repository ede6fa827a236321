package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

/** Drives an interview over plain HTTP, as a script would: follow {@code /next}, post each question's answer. */
final class Interviews {

    private Interviews() {
    }

    /** Answers every question asked with its value in {@code answers}, "unknown" for the rest, until the findings. */
    static void answerAll(Visitor rep, Map<String, String> answers) {
        answerAll(rep, answers, question -> { });
    }

    /** As {@link #answerAll(Visitor, Map)}, telling {@code afterEach} which question was just answered. */
    static void answerAll(Visitor rep, Map<String, String> answers, Consumer<String> afterEach) {
        for (int i = 0; i < 200; i++) {
            String next = rep.get("/next").header("Location");
            if (!next.startsWith("/question/")) {
                assertThat(next).isEqualTo("/findings");
                return;
            }
            String question = next.substring("/question/".length());
            assertThat(rep.post(next, "answer", answers.getOrDefault(question, "unknown")).status()).isEqualTo(303);
            afterEach.accept(question);
        }
        throw new AssertionError("the interview never reached the findings");
    }
}
