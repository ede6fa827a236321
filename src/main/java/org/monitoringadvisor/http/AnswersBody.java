package org.monitoringadvisor.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.InvalidAnswerException;

/**
 * Reads a request body as an answers file (the contract's JSON shape) and checks every answer, turning each kind
 * of problem into a 400 that names it: where the JSON is broken, which question is unknown, which value is not
 * allowed and what is.
 */
final class AnswersBody {

    /** The name the reader uses in its messages; the client sees only the line. */
    private static final String SOURCE = "request body";

    private AnswersBody() {
    }

    static AnswersFile read(String body, Advisor advisor) {
        AnswersFile file;
        try {
            file = AnswersFileReader.read(SOURCE, body, AnswersFileReader.Format.JSON);
        } catch (AnswersFileException e) {
            boolean syntax = e.getCause() instanceof JsonProcessingException;
            throw new ApiError(400, syntax ? "invalid-json" : "invalid-answers-file", at(e.line(), e.problem()))
                    .with("line", e.line() > 0 ? e.line() : null);
        }
        for (Map.Entry<String, String> answer : file.answers().entrySet()) {
            try {
                advisor.validate(answer.getKey(), answer.getValue());
            } catch (InvalidAnswerException e) {
                int line = file.lineOf(answer.getKey());
                boolean unknownQuestion = e.value() == null;
                throw new ApiError(400, unknownQuestion ? "unknown-question" : "value-not-allowed",
                        at(line, e.getMessage()))
                        .with("line", line > 0 ? line : null)
                        .with("question", e.question())
                        .with("value", e.value())
                        .with(unknownQuestion ? "knownQuestions" : "allowed", e.allowed());
            }
        }
        return file;
    }

    private static String at(int line, String problem) {
        return line > 0 ? "line " + line + ": " + problem : problem;
    }
}
