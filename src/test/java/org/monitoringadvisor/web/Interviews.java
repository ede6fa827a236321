package org.monitoringadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * Takes a new interview through to the findings with these answers and returns every page a rep could see on
     * the way after the start: each question and its why page, the review, the findings, the review after a
     * change, and a page that is not there.
     */
    static List<String> everyPage(Visitor rep, Map<String, String> answers) {
        List<String> pages = new ArrayList<>();
        rep.post("/begin", "employer", "Northgate");
        List<String> asked = new ArrayList<>();
        answerAll(rep, answers, asked::add);
        asked.forEach(q -> pages.addAll(List.of("/question/" + q, "/why/" + q)));
        pages.addAll(List.of("/review", "/findings"));
        rep.post("/question/" + asked.get(0), "answer", "unknown"); // a change, so the next page says what it did
        pages.addAll(List.of("/review", "/no-such-page"));
        return pages;
    }
}
