package org.monitoringadvisor.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.monitoringadvisor.knowledge.ChangesSinceGuide;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.report.model.AnswerRow;
import org.monitoringadvisor.report.model.Elements;
import org.monitoringadvisor.report.model.Currency;
import org.monitoringadvisor.report.model.Report;

/**
 * The findings JSON of the contract: one object with the rule base, the metadata and answers given, a summary
 * (with the elements of a balanced agreement), the {@code findings} array and the answers in words. Maps are
 * built in a fixed order, so the same input gives the same bytes.
 */
public final class JsonReport {

    private static final Set<String> PRIORITIES = Set.of("high", "medium", "low");

    private JsonReport() {
    }

    /** Renders the report as pretty-printed JSON ending with a newline. */
    public static String render(ReportInput input) {
        return PrettyJson.write(tree(input));
    }

    /** The report as plain maps and lists, for callers that embed it in a larger JSON document. */
    public static Map<String, Object> tree(ReportInput input) {
        Assessment assessment = input.assessment();
        Report report = ReportBuilder.build(input);
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> ruleBase = new LinkedHashMap<>();
        ruleBase.put("name", input.ruleBase().name());
        ruleBase.put("version", assessment.ruleBaseVersion());
        ruleBase.put("guidanceAsOf", input.ruleBase().guidanceAsOf());
        root.put("ruleBase", ruleBase);
        root.put("metadata", input.metadata());
        root.put("answers", assessment.answers());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("gaps", assessment.findings(FindingKind.GAP).size());
        summary.put("asks", assessment.findings(FindingKind.ASK).size());
        summary.put("strengths", assessment.findings(FindingKind.STRENGTH).size());
        Map<String, Object> byPriority = new LinkedHashMap<>();
        report.glance().counts().stream().filter(c -> PRIORITIES.contains(c.key()))
                .forEach(c -> byPriority.put(c.key(), c.value()));
        summary.put("gapsByPriority", byPriority);
        summary.put("elements", elements(report.glance().elements()));
        root.put("summary", summary);
        root.put("leadWith", assessment.leadWith());
        root.put("unanswered", report.unanswered().ids());
        root.put("findings", assessment.findings().stream().map(JsonReport::finding).toList());
        root.put("answersInWords", report.answers().stream().flatMap(t -> t.rows().stream())
                .map(JsonReport::answer).toList());
        root.put("changesSinceGuide", changesSinceGuide(input.ruleBase().changesSinceGuide()));
        root.put("currency", currency(input));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("topics", input.ruleBase().outOfScope().topics());
        scope.put("lookInstead", input.ruleBase().outOfScope().lookInstead());
        root.put("outOfScope", scope);
        return root;
    }

    private static Map<String, Object> elements(Elements elements) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", elements.total());
        json.put("inPlace", elements.inPlace());
        json.put("missing", elements.missing());
        json.put("unknown", elements.unknown());
        json.put("notApplicable", elements.notApplicable());
        json.put("list", elements.list().stream().map(e -> {
            Map<String, Object> element = new LinkedHashMap<>();
            element.put("guidance", e.guidance());
            element.put("name", e.name());
            element.put("status", e.statusId());
            return element;
        }).toList());
        return json;
    }

    private static Map<String, Object> answer(AnswerRow row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", row.topic());
        json.put("questionText", row.question());
        json.put("value", row.value().isEmpty() ? null : row.value());
        json.put("valueLabel", row.answer());
        json.put("relevant", row.relevant());
        return json;
    }

    private static Map<String, Object> finding(Finding finding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", finding.id());
        json.put("kind", finding.kind().id());
        json.put("priority", finding.priority().id());
        json.put("title", finding.title());
        json.put("advice", finding.advice());
        json.put("points", finding.points());
        json.put("guidance", finding.guidance());
        json.put("rule", finding.rule());
        json.put("because", finding.because().stream().map(JsonReport::reason).toList());
        json.put("sources", finding.sources().stream().map(JsonReport::source).toList());
        json.put("basis", finding.basis().id());
        json.put("confidence", finding.confidence());
        json.put("footing", finding.footing().id());
        json.put("rebuttals", finding.rebuttals().stream().map(r -> {
            Map<String, Object> rebuttal = new LinkedHashMap<>();
            rebuttal.put("objection", r.objection());
            rebuttal.put("answer", r.answer());
            rebuttal.put("guidance", r.guidance());
            return rebuttal;
        }).toList());
        return json;
    }

    private static Map<String, Object> changesSinceGuide(ChangesSinceGuide changes) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("guide", changes.guide());
        json.put("changes", changes.changes().stream().map(change -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", change.id());
            item.put("title", change.title());
            item.put("guideReliedOn", change.guideReliedOn());
            item.put("now", change.now());
            item.put("since", change.since());
            item.put("guidance", change.guidance());
            return item;
        }).toList());
        return json;
    }

    private static Map<String, Object> currency(ReportInput input) {
        Currency currency = Currencies.of(input);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("guidanceAsOf", input.ruleBase().guidanceAsOf());
        json.put("checkedAgainst", currency.checkedAgainst().toString());
        json.put("staleAfterMonths", currency.staleAfterMonths());
        json.put("ruleBaseStale", currency.ruleBaseStale());
        json.put("staleDocuments", currency.staleDocuments().stream().map(document -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("document", document.title());
            item.put("publisher", document.publisher());
            item.put("currentAsOf", document.currentAsOf());
            item.put("guidance", document.guidance());
            return item;
        }).toList());
        return json;
    }

    /** One answer a conclusion rests on; the next-question JSON uses the same shape. */
    public static Map<String, Object> reason(Reason reason) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("question", reason.question());
        json.put("value", reason.value());
        json.put("questionText", reason.questionText());
        json.put("valueLabel", reason.valueLabel());
        return json;
    }

    /** One guidance point with its citation; the questionnaire export uses the same shape. */
    public static Map<String, Object> source(Source source) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", source.id());
        json.put("summary", source.summary());
        json.put("citation", source.citation());
        json.put("document", source.document());
        json.put("publisher", source.publisher());
        json.put("published", source.published());
        json.put("section", source.section());
        json.put("url", source.url());
        json.put("kind", source.kind().id());
        json.put("confidence", source.confidence());
        json.put("currentAsOf", source.currentAsOf());
        return json;
    }
}
