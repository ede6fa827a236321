package org.monitoringadvisor.answers;

import java.util.Map;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.InvalidAnswerException;

/** Checks an answers file against a rule base's questions, reporting a bad answer with its file and line. */
public final class AnswersChecker {

    private AnswersChecker() {
    }

    /**
     * Checks every answer in {@code file}.
     *
     * @throws AnswersFileException naming the file, the line, the question and what is allowed
     */
    public static AnswersFile check(AnswersFile file, Advisor advisor) {
        for (Map.Entry<String, String> answer : file.answers().entrySet()) {
            try {
                advisor.validate(answer.getKey(), answer.getValue());
            } catch (InvalidAnswerException e) {
                throw new AnswersFileException(file.source(), file.lineOf(answer.getKey()), e.getMessage());
            }
        }
        return file;
    }
}
