package org.monitoringadvisor.cli.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Question;

/**
 * The answers a rep would type, in the order the rules ask for them: the given answers where the rules ask those
 * questions, "unknown" for every other question asked. Scripts built this way stay right as rule authors add
 * questions.
 *
 * @param asked   the questions in the order they are asked
 * @param typed   the values in asking order, one per question asked
 * @param answers every answer given, as the interview would save them
 */
record Walk(List<Question> asked, List<String> typed, Map<String, String> answers) {

    static Walk through(Map<String, String> given) {
        try (Interview interview = Advisor.builtIn().startInterview()) {
            List<Question> asked = new ArrayList<>();
            List<String> typed = new ArrayList<>();
            for (Optional<Question> next = interview.next(); next.isPresent(); next = interview.next()) {
                String value = given.getOrDefault(next.get().id(), "unknown");
                interview.answer(next.get().id(), value);
                asked.add(next.get());
                typed.add(value);
            }
            return new Walk(asked, typed, interview.answers());
        }
    }
}
