package org.monitoringadvisor.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.model.Assessment;

/**
 * What every report is rendered from: the assessment, the rule base it came from, and the answers file's
 * metadata (employer, workplace, date, rep; whatever the file carried).
 */
public record ReportInput(Assessment assessment, RuleBaseInfo ruleBase, Map<String, Object> metadata) {

    public ReportInput {
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** The employer's name, or empty when the file did not give one. */
    public String employer() {
        Object employer = metadata.get("employer");
        return employer == null ? "" : employer.toString().strip();
    }
}
