package org.monitoringadvisor.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.model.Assessment;

/**
 * What every report is rendered from: the assessment, the rule base it came from, the answers file's metadata
 * (employer, workplace, date, rep; whatever the file carried), and the catalogues that give the wording of every
 * question and source. Documents render an assessment made earlier; they never run the rules themselves.
 *
 * @param assessment the findings, the answers they came from and which questions were relevant
 * @param ruleBase   the rule base's name, version and guidance date
 * @param metadata   the answers file's keys other than {@code answers}, in file order
 * @param catalogues the wording of the rule base that made the assessment
 */
public record ReportInput(Assessment assessment, RuleBaseInfo ruleBase, Map<String, Object> metadata,
                          Catalogues catalogues) {

    public ReportInput {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(ruleBase, "ruleBase");
        Objects.requireNonNull(catalogues, "catalogues");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(metadata, "metadata")));
    }

    /**
     * Keeps everything a report needs of an assessment made with the rule base {@code knowledge}.
     *
     * @param assessment the assessment, from that rule base
     * @param knowledge  the rule base's knowledge, for wording
     * @param metadata   the answers file's metadata
     * @return the input for any report format
     */
    public static ReportInput of(Assessment assessment, Knowledge knowledge, Map<String, Object> metadata) {
        Objects.requireNonNull(knowledge, "knowledge");
        return new ReportInput(assessment, knowledge.info(), metadata, Catalogues.of(knowledge));
    }

    /** The employer's name, or empty when the file did not give one. */
    public String employer() {
        Object employer = metadata.get("employer");
        return employer == null ? "" : employer.toString().strip();
    }
}
