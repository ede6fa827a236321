package org.monitoringadvisor.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;

/**
 * One line of a survey's {@code findings.jsonl}: a workplace's metadata and its findings by id, kind, priority and footing
 * (the wording and sources are the same for every workplace, so they are left to the summary and the catalogue),
 * or the reason its record was skipped. One line per record, in input order.
 */
final class WorkplaceLine {

    private static final ObjectWriter JSON = new ObjectMapper().writer();

    private WorkplaceLine() {
    }

    static String assessed(String origin, Map<String, Object> metadata, Assessment assessment) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("record", origin);
        line.put("metadata", metadata);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("gaps", count(assessment, FindingKind.GAP));
        summary.put("asks", count(assessment, FindingKind.ASK));
        summary.put("strengths", count(assessment, FindingKind.STRENGTH));
        line.put("summary", summary);
        List<Map<String, String>> findings = assessment.findings().stream().map(WorkplaceLine::finding).toList();
        line.put("findings", findings);
        return write(line);
    }

    static String skipped(String origin, String problem) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("record", origin);
        line.put("skipped", problem);
        return write(line);
    }

    private static long count(Assessment assessment, FindingKind kind) {
        return assessment.findings().stream().filter(f -> f.kind() == kind).count();
    }

    private static Map<String, String> finding(Finding finding) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("id", finding.id());
        json.put("kind", finding.kind().id());
        json.put("priority", finding.priority().id());
        json.put("footing", finding.footing().id());
        return json;
    }

    private static String write(Map<String, Object> line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
