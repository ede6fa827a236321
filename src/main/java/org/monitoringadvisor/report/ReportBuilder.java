package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.PolicyEvidence;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.report.model.AnswerRow;
import org.monitoringadvisor.report.model.AnswerTopic;
import org.monitoringadvisor.report.model.Document;
import org.monitoringadvisor.report.model.Element;
import org.monitoringadvisor.report.model.ElementStatus;
import org.monitoringadvisor.report.model.Elements;
import org.monitoringadvisor.report.model.Fact;
import org.monitoringadvisor.report.model.Glance;
import org.monitoringadvisor.report.model.Item;
import org.monitoringadvisor.report.model.Lead;
import org.monitoringadvisor.report.model.PriorityGroup;
import org.monitoringadvisor.report.model.Reference;
import org.monitoringadvisor.report.model.Reply;
import org.monitoringadvisor.report.model.Report;
import org.monitoringadvisor.report.model.Unanswered;

/**
 * Works out what a report says from a {@link ReportInput}: the sections in order, the answers behind each
 * finding in words, the sources numbered by first citation, the elements of a balanced agreement and the
 * appendix of answers. Every format renders the {@link Report} this builds, so they all say the same thing.
 */
public final class ReportBuilder {

    private final ReportInput input;
    private final Catalogues catalogues;
    /** The quotes from the employer's policy that answers rest on, when the answers came from read-policy. */
    private final PolicyEvidence policy;
    private final Map<String, Reference> references = new LinkedHashMap<>();
    private final Map<String, Document> documents = new LinkedHashMap<>();

    private ReportBuilder(ReportInput input) {
        this.input = input;
        this.catalogues = input.catalogues();
        this.policy = PolicyEvidence.from(input.metadata());
    }

    /**
     * Builds the report model.
     *
     * @param input the assessment and what came with it
     * @return the report, ready for any format
     */
    public static Report build(ReportInput input) {
        return new ReportBuilder(Objects.requireNonNull(input, "input")).report();
    }

    private Report report() {
        Assessment assessment = input.assessment();
        // Sources are numbered in the order the report shows the findings: gaps, strengths, questions.
        List<PriorityGroup> gaps = gapGroups(assessment.findings(FindingKind.GAP));
        List<Item> strengths = items(assessment.findings(FindingKind.STRENGTH));
        List<Item> asks = items(assessment.findings(FindingKind.ASK));
        return new Report(Headers.of(input), glance(assessment), gaps, strengths, asks,
                List.copyOf(references.values()), List.copyOf(documents.values()),
                input.ruleBase().changesSinceGuide(), Currencies.of(input), answers(assessment.answers()),
                input.ruleBase().outOfScope(), leads(assessment), unanswered(assessment));
    }

    /**
     * The points the lead-with rules chose, each put in a sentence or two: what every report, the letter and the
     * interview's end screen open with.
     *
     * @param assessment the assessment whose lead-with list to put in words
     * @return the points, first point first
     */
    public static List<Lead> leads(Assessment assessment) {
        List<Lead> leads = new ArrayList<>();
        for (Finding finding : assessment.leadWithFindings()) {
            leads.add(new Lead(leads.size() + 1, finding.id(), finding.kind().id(), finding.title(),
                    Words.firstSentence(finding.advice()), FootingWords.brief(finding.footing())));
        }
        return leads;
    }

    /** The relevant questions without an answer, in catalogue order, with their wording. */
    private Unanswered unanswered(Assessment assessment) {
        List<String> ids = assessment.unanswered();
        Map<String, String> texts = catalogues.questions().stream()
                .collect(Collectors.toMap(Question::id, Question::text, (a, b) -> a));
        return new Unanswered(ids, ids.stream().map(id -> texts.getOrDefault(id, id)).toList());
    }

    private List<PriorityGroup> gapGroups(List<Finding> gaps) {
        List<PriorityGroup> groups = new ArrayList<>();
        int number = 1;
        for (Priority priority : Priority.values()) {
            List<Item> items = new ArrayList<>();
            for (Finding gap : gaps) {
                if (gap.priority() == priority) {
                    items.add(item(number++, gap));
                }
            }
            if (!items.isEmpty()) {
                groups.add(new PriorityGroup(priority.id(), Words.capitalised(priority.id()) + " priority", items));
            }
        }
        return groups;
    }

    private List<Item> items(List<Finding> findings) {
        List<Item> items = new ArrayList<>();
        for (Finding finding : findings) {
            items.add(item(items.size() + 1, finding));
        }
        return items;
    }

    private Item item(int number, Finding finding) {
        List<Fact> found = finding.because().stream()
                .map(r -> new Fact(r.questionText(), r.valueLabel() + PolicyQuotes.suffix(policy, r.question()))).toList();
        List<Reference> sources = finding.sources().stream().map(this::reference).toList();
        List<Reply> replies = finding.rebuttals().stream().map(r -> new Reply(r.objection(), r.answer(),
                r.guidance().stream().map(id -> catalogues.source(id)).flatMap(Optional::stream)
                        .map(this::reference).toList())).toList();
        return new Item(number, finding.id(), finding.kind().id(), finding.priority().id(), finding.title(),
                finding.advice(), finding.points(), found, finding.rule(), sources, BasisWords.of(finding),
                FootingWords.of(finding), finding.footing().id(), replies);
    }

    private Reference reference(Source source) {
        Document document = Citations.document(source);
        documents.putIfAbsent(document.citation() + " " + document.url(), document);
        return references.computeIfAbsent(source.id(), id -> new Reference(references.size() + 1, id,
                source.summary(), source.kind().label(), Citations.point(source), source.confidence()));
    }

    private Glance glance(Assessment assessment) {
        List<Finding> gaps = assessment.findings(FindingKind.GAP);
        List<Glance.Count> counts = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            int n = (int) gaps.stream().filter(g -> g.priority() == priority).count();
            counts.add(new Glance.Count(priority.id(), Words.capitalised(priority.id()) + "-priority gaps", n));
        }
        counts.add(new Glance.Count("ask", "Questions for management",
                assessment.findings(FindingKind.ASK).size()));
        counts.add(new Glance.Count("strength", "Strengths", assessment.findings(FindingKind.STRENGTH).size()));
        return new Glance(counts, gaps.size(), elements(assessment, catalogues), FootingWords.gapCounts(gaps));
    }

    /**
     * The elements of a balanced agreement, each in place, not in place, not applicable or not known, as the
     * findings say: a gap citing it outweighs a strength citing it or a finding the catalogue names as showing it
     * in place, and any of these outweighs a finding that makes it not apply.
     */
    public static Elements elements(Assessment assessment, Catalogues catalogues) {
        Set<String> missing = cited(assessment, FindingKind.GAP);
        Set<String> inPlace = cited(assessment, FindingKind.STRENGTH);
        Set<String> found = assessment.findings().stream().map(Finding::id).collect(Collectors.toSet());
        List<Element> list = new ArrayList<>();
        for (Source source : catalogues.elements()) {
            boolean shownInPlace = catalogues.inPlaceWith(source.id()).stream().anyMatch(found::contains);
            boolean notApplicable = catalogues.notApplicableWith(source.id()).stream().anyMatch(found::contains);
            ElementStatus status = missing.contains(source.id()) ? ElementStatus.MISSING
                    : inPlace.contains(source.id()) || shownInPlace ? ElementStatus.IN_PLACE
                    : notApplicable ? ElementStatus.NOT_APPLICABLE : ElementStatus.UNKNOWN;
            list.add(new Element(list.size() + 1, source.element(), source.id(), status));
        }
        return new Elements(list);
    }

    private static Set<String> cited(Assessment assessment, FindingKind kind) {
        return assessment.findings(kind).stream().flatMap(f -> f.guidance().stream()).collect(Collectors.toSet());
    }

    /** Every answer given, and every relevant question still open, grouped by topic in catalogue order. */
    private List<AnswerTopic> answers(Map<String, String> given) {
        Set<String> relevant = Set.copyOf(input.assessment().asked());
        Map<String, Question> questions = catalogues.questions().stream()
                .collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<AnswerRow> rows = new ArrayList<>();
        for (Question question : questions.values()) {
            String value = given.get(question.id());
            boolean isRelevant = relevant.contains(question.id());
            if (value != null) {
                String note = isRelevant ? "" : "Not relevant given the other answers, so it had no effect.";
                rows.add(new AnswerRow(question.topic(), question.text(), question.labelOf(value), value, isRelevant,
                        PolicyQuotes.note(policy, question.id(), note)));
            } else if (isRelevant) {
                rows.add(new AnswerRow(question.topic(), question.text(), "Not answered", "", true,
                        "Still to be answered."));
            }
        }
        // Answers to questions this rule base does not know (only possible with a report input built by hand).
        given.forEach((id, value) -> {
            if (!questions.containsKey(id)) {
                rows.add(new AnswerRow("Other", id, value, value, false, "Not a question of this rule base."));
            }
        });
        Map<String, List<AnswerRow>> byTopic = new LinkedHashMap<>();
        rows.forEach(row -> byTopic.computeIfAbsent(row.topic(), t -> new ArrayList<>()).add(row));
        return byTopic.entrySet().stream().map(e -> new AnswerTopic(e.getKey(), e.getValue())).toList();
    }
}
