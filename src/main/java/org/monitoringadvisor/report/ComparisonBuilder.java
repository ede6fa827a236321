package org.monitoringadvisor.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.report.GapRelations.Severity;
import org.monitoringadvisor.report.model.AnswerChange;
import org.monitoringadvisor.report.model.ChangedFinding;
import org.monitoringadvisor.report.model.Comparison;
import org.monitoringadvisor.report.model.CountChange;
import org.monitoringadvisor.report.model.Detail;
import org.monitoringadvisor.report.model.Element;
import org.monitoringadvisor.report.model.ElementChange;
import org.monitoringadvisor.report.model.Glance;
import org.monitoringadvisor.report.model.LeadNow;
import org.monitoringadvisor.report.model.Report;

/**
 * Works out what changed between two assessments of one employer: gaps closed (and whether the answers confirm
 * it), new gaps, gaps still open, strengths gained and lost, elements that changed, and answers that changed.
 */
public final class ComparisonBuilder {

    private static final String NOT_ANSWERED = "Not answered";

    private final ReportInput earlier;
    private final ReportInput later;
    private final Catalogues catalogues;
    private final GapRelations relations;

    private ComparisonBuilder(ReportInput earlier, ReportInput later) {
        this.earlier = earlier;
        this.later = later;
        this.catalogues = later.catalogues();
        this.relations = new GapRelations(catalogues, earlier.assessment().answers(), later.assessment().answers());
    }

    /**
     * Compares two assessments made with the same rule base.
     *
     * @param earlier     the earlier assessment
     * @param later       the later one
     * @param earlierName what to call the earlier one in the report (for example its file name)
     * @param laterName   what to call the later one
     * @return what changed
     */
    public static Comparison build(ReportInput earlier, ReportInput later, String earlierName, String laterName) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        Objects.requireNonNull(earlierName, "earlierName");
        Objects.requireNonNull(laterName, "laterName");
        return new ComparisonBuilder(earlier, later).comparison(earlierName, laterName);
    }

    private Comparison comparison(String earlierName, String laterName) {
        Report before = ReportBuilder.build(earlier);
        Report after = ReportBuilder.build(later);
        String employer = after.header().employer().isEmpty() ? before.header().employer() : after.header().employer();
        List<Detail> details = List.of(
                new Detail("Earlier answers", describe(earlier, earlierName)),
                new Detail("Later answers", describe(later, laterName)),
                new Detail("Rule base", later.ruleBase().name() + ", version " + later.assessment().ruleBaseVersion()),
                new Detail("Guidance checked", later.ruleBase().guidanceAsOf()));
        List<Finding> gapsBefore = earlier.assessment().findings(FindingKind.GAP);
        List<Finding> gapsAfter = later.assessment().findings(FindingKind.GAP);
        List<Finding> closed = gapsBefore.stream().filter(notIn(gapsAfter)).toList();
        List<Finding> opened = gapsAfter.stream().filter(notIn(gapsBefore)).toList();
        // How gaps relate is worked out from the rule base's data (GapRelations). A closed gap replaced by a more
        // serious one that is the same problem did not improve: it leaves the closed gaps, and the new gap says what
        // it replaced. A new gap no more serious than a closed one that is the same problem is that problem grown
        // milder, reworded or left in part: the closed gap says so, and so does the new one, among the gaps still
        // open.
        List<Finding> worsened = closed.stream()
                .filter(g -> !relations.related(g, opened, Severity.MORE).isEmpty()).toList();
        List<Finding> narrowed = opened.stream()
                .filter(g -> !relations.related(g, closed, Severity.MORE).isEmpty()
                        || !relations.related(g, closed, Severity.SAME).isEmpty())
                .toList();
        List<ChangedFinding> closedGaps = new ArrayList<>();
        for (Finding gap : closed.stream().filter(notIn(worsened)).toList()) {
            String link = first(relations.related(gap, narrowed, Severity.SAME)).map(g -> "Still a gap, now: "
                    + g.title())
                    .or(() -> first(relations.related(gap, narrowed, Severity.LESS)).map(g -> "Became milder, still a "
                            + "gap of " + g.priority().id() + " priority: " + g.title()))
                    .orElse("");
            closedGaps.add(changed(gap, true, link));
        }
        List<ChangedFinding> newGaps = new ArrayList<>();
        for (Finding gap : opened.stream().filter(notIn(narrowed)).toList()) {
            String link = first(relations.related(gap, worsened, Severity.LESS)).map(g -> "Became more serious: "
                    + "before, " + g.priority().id() + " priority: " + g.title()).orElse("");
            newGaps.add(changed(gap, false, link));
        }
        List<ChangedFinding> stillOpen = new ArrayList<>(changed(gapsAfter, in(gapsBefore)));
        for (Finding gap : narrowed) {
            String link = closed.stream().filter(g -> relations.partOf(gap, g)).findFirst()
                    .map(g -> "Before, part of: " + g.title())
                    .or(() -> first(relations.related(gap, closed, Severity.MORE)).map(g -> "Became milder: before, "
                            + g.priority().id() + " priority: " + g.title()))
                    .or(() -> first(relations.related(gap, closed, Severity.SAME)).map(g -> "Replaces: " + g.title()))
                    .orElse("");
            stillOpen.add(changed(gap, false, link));
        }
        List<Finding> strengthsBefore = earlier.assessment().findings(FindingKind.STRENGTH);
        List<Finding> strengthsAfter = later.assessment().findings(FindingKind.STRENGTH);
        List<Finding> grown = opened.stream()
                .filter(g -> !relations.related(g, worsened, Severity.LESS).isEmpty()).toList();
        return new Comparison(employer, details, leadWith(narrowed, closed, grown), counts(before, after), closedGaps, newGaps, stillOpen,
                changed(strengthsAfter, notIn(strengthsBefore)),
                changed(strengthsBefore, notIn(strengthsAfter)),
                elements(before, after), answers(), warnings());
    }

    /**
     * The later assessment's lead-with points, each saying how it stood in the earlier one: a gap that is the same
     * problem as an earlier one grown milder or reworded is still open, and one that grew more serious says so.
     */
    private List<LeadNow> leadWith(List<Finding> narrowed, List<Finding> closed, List<Finding> grown) {
        Set<String> before = earlier.assessment().findings().stream().map(Finding::id).collect(Collectors.toSet());
        Set<String> milder = narrowed.stream().filter(g -> !relations.related(g, closed, Severity.MORE).isEmpty())
                .map(Finding::id).collect(Collectors.toSet());
        Set<String> reworded = narrowed.stream().map(Finding::id).filter(id -> !milder.contains(id))
                .collect(Collectors.toSet());
        Set<String> worse = grown.stream().map(Finding::id).collect(Collectors.toSet());
        return ReportBuilder.leads(later.assessment()).stream().map(lead -> {
            String id = lead.id();
            boolean was = before.contains(id) || reworded.contains(id);
            String since = "strength".equals(lead.kind()) ? (was ? "kept" : "gained")
                    : milder.contains(id) ? "still open, milder" : worse.contains(id) ? "more serious"
                    : was ? "still open" : "new";
            return new LeadNow(lead.number(), id, lead.kind(), lead.title(), lead.ask(), lead.footing(), since);
        }).toList();
    }

    /** A warning when the earlier answers are dated after the later ones: the files may be the wrong way round. */
    private List<String> warnings() {
        Optional<LocalDate> then = date(earlier);
        Optional<LocalDate> now = date(later);
        if (then.isPresent() && now.isPresent() && then.get().isAfter(now.get())) {
            return List.of("The earlier answers are dated " + then.get() + ", after the later ones (" + now.get()
                    + "): check that the files are in the right order, earlier first; what is shown as closed may "
                    + "have opened, and the other way round");
        }
        return List.of();
    }

    private static Optional<LocalDate> date(ReportInput input) {
        String date = Headers.value(input.metadata(), "date");
        try {
            return date.length() < 10 ? Optional.empty() : Optional.of(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Finding> first(List<Finding> findings) {
        return findings.stream().findFirst();
    }

    private static String describe(ReportInput input, String name) {
        String date = Headers.value(input.metadata(), "date");
        return date.isEmpty() ? name : date + " (" + name + ")";
    }

    private static List<CountChange> counts(Report before, Report after) {
        List<CountChange> counts = new ArrayList<>();
        List<Glance.Count> old = before.glance().counts();
        List<Glance.Count> now = after.glance().counts();
        for (int i = 0; i < now.size(); i++) {
            counts.add(new CountChange(now.get(i).key(), now.get(i).label(), old.get(i).value(), now.get(i).value()));
        }
        counts.add(new CountChange("elements", "Elements of a balanced agreement in place (of "
                + after.glance().elements().total() + ")", before.glance().elements().inPlace(),
                after.glance().elements().inPlace()));
        return counts;
    }

    private static Predicate<Finding> notIn(List<Finding> others) {
        Set<String> ids = others.stream().map(Finding::id).collect(Collectors.toSet());
        return f -> !ids.contains(f.id());
    }

    private static Predicate<Finding> in(List<Finding> others) {
        return notIn(others).negate();
    }

    private List<ChangedFinding> changed(List<Finding> findings, Predicate<Finding> filter) {
        return findings.stream().filter(filter).map(f -> changed(f, false, "")).toList();
    }

    /**
     * A finding with the answers it rests on that changed. A closed gap whose answers are now "I don't know" or
     * missing is marked as not confirmed.
     */
    private ChangedFinding changed(Finding finding, boolean closing, String link) {
        List<AnswerChange> answers = new ArrayList<>();
        boolean confirmed = true;
        for (Reason reason : finding.because()) {
            String now = later.assessment().answers().get(reason.question());
            if (closing && (now == null || Answer.UNKNOWN.equals(now))) {
                confirmed = false;
            }
            String was = label(earlier, reason.question());
            String is = label(later, reason.question());
            if (!was.equals(is)) {
                answers.add(new AnswerChange(reason.questionText(), was, is));
            }
        }
        return new ChangedFinding(finding.id(), finding.priority().id(), finding.title(), answers, confirmed, link,
                finding.footing().id(), finding.basis().id());
    }

    private static List<ElementChange> elements(Report before, Report after) {
        Map<String, Element> old = before.glance().elements().list().stream()
                .collect(Collectors.toMap(Element::guidance, e -> e));
        List<ElementChange> changes = new ArrayList<>();
        for (Element now : after.glance().elements().list()) {
            Element then = old.get(now.guidance());
            if (then != null && then.status() != now.status()) {
                changes.add(new ElementChange(now.name(), then.statusLabel(), now.statusLabel()));
            }
        }
        return changes;
    }

    /** Every question whose answer differs, in catalogue order. */
    private List<AnswerChange> answers() {
        Map<String, String> old = earlier.assessment().answers();
        Map<String, String> now = later.assessment().answers();
        List<AnswerChange> changes = new ArrayList<>();
        for (Question question : catalogues.questions()) {
            if (!Objects.equals(old.get(question.id()), now.get(question.id()))) {
                changes.add(new AnswerChange(question.text(), label(earlier, question.id()),
                        label(later, question.id())));
            }
        }
        return changes;
    }

    private String label(ReportInput input, String question) {
        String value = input.assessment().answers().get(question);
        if (value == null) {
            return NOT_ANSWERED;
        }
        return catalogues.question(question).map(q -> q.labelOf(value)).orElse(value);
    }
}
