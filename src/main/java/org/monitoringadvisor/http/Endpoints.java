package org.monitoringadvisor.http;

import java.util.Objects;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.report.JsonReport;
import org.monitoringadvisor.questionnaire.NextQuestionJson;
import org.monitoringadvisor.questionnaire.QuestionnaireJson;
import org.monitoringadvisor.report.ReportInput;

/** What each endpoint answers, as JSON text, without anything of HTTP: the router does that part. */
final class Endpoints {

    private final Advisor advisor;
    private final String questions;

    Endpoints(Advisor advisor) {
        this.advisor = Objects.requireNonNull(advisor, "advisor");
        this.questions = QuestionnaireJson.render(advisor); // the same for every request: rendered once
    }

    /** {@code GET /questions}: the same JSON as {@code questions --format json}. */
    String questions() {
        return questions;
    }

    /** {@code POST /assess}: an answers file in, the same JSON as {@code assess --format json} out. */
    String assess(String body) {
        AnswersFile file = AnswersBody.read(body, advisor);
        return JsonReport.render(ReportInput.of(advisor.assess(file.answers()), advisor.knowledge(), file.metadata()));
    }

    /** {@code POST /next}: the answers so far in, the next relevant question and the findings so far out. */
    String next(String body) {
        AnswersFile file = AnswersBody.read(body, advisor);
        try (Interview interview = advisor.startInterview()) {
            interview.answerAll(file.answers());
            return QuestionnaireJson.write(NextQuestionJson.tree(interview, advisor, file.metadata()));
        }
    }

    Advisor advisor() {
        return advisor;
    }
}
