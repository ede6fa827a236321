package org.monitoringadvisor.report.model;

import java.util.List;

/** The answers on one topic of the questionnaire, as the appendix groups them. */
public record AnswerTopic(String topic, List<AnswerRow> rows) {

    public AnswerTopic {
        rows = List.copyOf(rows);
    }
}
