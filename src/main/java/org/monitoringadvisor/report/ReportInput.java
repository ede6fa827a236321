package org.monitoringadvisor.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.model.Assessment;

/**
 * What every report is rendered from: the assessment, the rule base it came from, the answers file's metadata
 * (employer, workplace, date, rep; whatever the file carried), and the advisor whose catalogues give the wording
 * of every question and tell which questions were relevant.
 *
 * @param assessment the findings and the answers they came from
 * @param ruleBase   the rule base's name, version and guidance date
 * @param metadata   the answers file's keys other than {@code answers}, in file order
 * @param advisor    the rule base that made the assessment
 */
public record ReportInput(Assessment assessment, RuleBaseInfo ruleBase, Map<String, Object> metadata,
                          Advisor advisor) {

    public ReportInput {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(ruleBase, "ruleBase");
        Objects.requireNonNull(advisor, "advisor");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metadata, "metadata")));
    }

    /**
     * Assesses {@code answers} with {@code advisor} and keeps everything a report needs.
     *
     * @param advisor  the rule base to assess with
     * @param answers  question id to value
     * @param metadata the answers file's metadata
     * @return the input for any report format
     */
    public static ReportInput of(Advisor advisor, Map<String, String> answers, Map<String, Object> metadata) {
        Objects.requireNonNull(advisor, "advisor");
        return new ReportInput(advisor.assess(Objects.requireNonNull(answers, "answers")), advisor.info(), metadata,
                advisor);
    }

    /** The employer's name, or empty when the file did not give one. */
    public String employer() {
        Object employer = metadata.get("employer");
        return employer == null ? "" : employer.toString().strip();
    }
}
