package org.monitoringadvisor.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.report.PrettyJson;

/** A survey's summary as JSON, for other tools; maps are built in a fixed order, so it is the same bytes each run. */
public final class SurveyJsonReport {

    private SurveyJsonReport() {
    }

    /** Renders the summary as pretty-printed JSON ending with a newline. */
    public static String render(SurveySummary summary) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("input", summary.input());
        Map<String, Object> ruleBase = new LinkedHashMap<>();
        ruleBase.put("name", summary.ruleBase().name());
        ruleBase.put("version", summary.ruleBase().version());
        ruleBase.put("guidanceAsOf", summary.ruleBase().guidanceAsOf());
        root.put("ruleBase", ruleBase);
        root.put("records", summary.records());
        root.put("assessed", summary.assessed());
        root.put("skipped", summary.skipped());
        root.put("ignoredFiles", summary.ignoredFiles());
        Map<String, Object> withGaps = new LinkedHashMap<>();
        withGaps.put("any", summary.withGaps());
        for (Priority priority : Priority.values()) {
            withGaps.put(priority.id(), summary.withGapsByPriority().getOrDefault(priority, 0L));
        }
        root.put("workplacesWithGaps", withGaps);
        root.put("findings", summary.findings().stream().map(f -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", f.id());
            json.put("kind", f.kind().id());
            json.put("priority", f.priority().id());
            json.put("topic", f.topic());
            json.put("title", f.title());
            json.put("workplaces", f.workplaces());
            return json;
        }).toList());
        root.put("topics", summary.topics().stream().map(t -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("topic", t.topic());
            json.put("workplacesWithGaps", t.workplacesWithGaps());
            return json;
        }).toList());
        root.put("skippedRecords", summary.skippedExamples().stream().map(s -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("record", s.origin());
            json.put("problem", s.problem());
            return json;
        }).toList());
        return PrettyJson.write(root);
    }
}
