package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.monitoringadvisor.engine.RuleBaseException;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Ask;
import org.monitoringadvisor.model.Concluded;
import org.monitoringadvisor.model.Conclusion;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Relevance;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.model.SourceKind;

/**
 * Turns what a session concluded into findings a rep can read: the catalogue's wording, the rule that fired,
 * the answers it rested on (following derived facts back to the answers behind them) and the cited sources.
 *
 * <p>Everything that is the same for every session (each rule's sources, each answer's wording) is looked up
 * once, when the explainer is made, so explaining a session only follows its firings.
 */
public final class Explainer {

    /**
     * Report order: by kind and priority; within those, a legal duty comes before what the regulator expects, an
     * arguable point and a negotiating aim (and law before guidance): those four in one number, {@link #rank}; then
     * findings follow the interview: by the earliest question they rest on. All of that is one number, {@link
     * Keyed#order}; ties (only past {@link #POSITION_LIMIT}) by id.
     */
    /** The largest question and catalogue position {@link Keyed#order} holds (a catalogue has far fewer). */
    private static final int POSITION_LIMIT = (1 << 24) - 1;

    private final Knowledge knowledge;
    /** Catalogue positions keyed by the interned question ids the session's answers and these reasons carry. */
    private final QuestionOrder order;
    /**
     * Each rule's sources and basis, keyed by the rule names the engine reports firings with (the same String
     * objects, so a lookup need not compare the names' characters).
     */
    private final Map<String, Cited> citedByRule = new HashMap<>();
    private final Map<Answer, Reason> reasons = new HashMap<>();
    private final Map<String, Entry> entries = new HashMap<>();

    public Explainer(Knowledge knowledge, CompiledRules rules) {
        this.knowledge = knowledge;
        this.order = new QuestionOrder(knowledge.questions());
        Map<String, Cited> cited = new HashMap<>();
        rules.rules().forEach((name, rule) -> {
            List<Source> sources = List.copyOf(rule.guidance().stream()
                    .map(id -> knowledge.sources().find(id).orElseThrow()).toList());
            // A finding's basis depends only on the sources its rule cites (see Finding#basis).
            cited.put(name, new Cited(sources, sources.stream().map(Source::kind)
                    .min(Comparator.naturalOrder()).orElse(SourceKind.OTHER)));
        });
        for (KiePackage rulePackage : rules.kieBase().getKiePackages()) {
            for (Rule rule : rulePackage.getRules()) {
                Cited known = cited.get(rule.getName());
                if (known != null) {
                    citedByRule.put(rule.getName(), known);
                }
            }
        }
        cited.forEach(citedByRule::putIfAbsent);
        for (FindingText text : knowledge.findings().all()) {
            // Interned: the rules' Conclusion facts name their findings in string literals, the same copies.
            entries.put(text.id().intern(), new Entry(text, knowledge.findings().position(text.id()), text.kind().id(),
                    text.priority().id(), text.footing().id(), knowledge.findings().topic(text.id())));
        }
        for (Question question : knowledge.questions().all()) {
            // The id as the session's answers carry it (QuestionOrder's copy), so a lookup compares it by identity.
            String id = order.id(order.position(question.id()));
            for (Option option : question.options()) {
                reasons.put(new Answer(id, option.value()), new Reason(id, option.value(), question.text(),
                        option.label()));
            }
        }
    }

    /** What a rule cites: its sources, and the strongest kind among them. */
    private record Cited(List<Source> sources, SourceKind basis) {
    }

    /** A catalogue finding, with what ordering and the lead-with rules read of it, looked up once. */
    private record Entry(FindingText text, int cataloguePosition, String kind, String priority, String footing,
                         String topic) {
    }

    /**
     * A finding with the keys it is ordered by, worked out once rather than at every comparison, and packed in one
     * number that orders as comparing them one after another does: the rank (16 bits), the earliest question (24
     * bits; none comes after every question) and the catalogue position (24 bits).
     */
    private record Keyed(Finding finding, long order) {

        Keyed(Finding finding, long rank, int firstQuestion, int cataloguePosition) {
            this(finding, rank << 48 | (long) Math.min(firstQuestion, POSITION_LIMIT) << 24
                    | Math.min(cataloguePosition, POSITION_LIMIT));
        }
    }

    /** Kind, priority, footing and basis in one number that orders as comparing them one after another does. */
    private static long rank(Finding finding, SourceKind basis) {
        return ((finding.kind().ordinal() * 16L + finding.priority().ordinal()) * 16 + finding.footing().ordinal())
                * 16 + basis.ordinal();
    }

    /**
     * What to open the negotiation with, as the lead-with rules choose from {@code findings} (in report order):
     * finding ids, first point first.
     */
    public List<String> leadWith(List<Finding> findings, RuleSession session) {
        List<Concluded> concluded = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Entry entry = entries.get(finding.id());
            concluded.add(new Concluded(finding.id(), entry.kind(), entry.priority(), entry.footing(), entry.topic(),
                    concluded.size()));
        }
        return session.leadWith(concluded);
    }

    /** The session's findings, explained and in report order. */
    public List<Finding> findings(RuleSession session) {
        List<Keyed> keyed = new ArrayList<>();
        for (Conclusion conclusion : session.unorderedConclusions()) {
            Firing firing = session.firingOf(conclusion);
            Entry entry = entries.get(conclusion.finding());
            if (firing == null || entry == null) {
                throw firstProblem(session);
            }
            Cited cited = cited(firing.rule());
            FindingText text = entry.text();
            Finding finding = new Finding(text.id(), text.kind(), text.priority(), text.title(), text.advice(),
                    text.points(), firing.rule(), because(firing, session), cited.sources(), text.footing(),
                    text.rebuttals());
            int firstQuestion = finding.because().isEmpty() ? Integer.MAX_VALUE
                    : order.position(finding.because().get(0).question());
            keyed.add(new Keyed(finding, rank(finding, cited.basis()), firstQuestion, entry.cataloguePosition()));
        }
        return inReportOrder(keyed);
    }

    /** The findings sorted by {@link Keyed#order}, then id; an insertion sort, for the dozen or two an assessment has. */
    private static List<Finding> inReportOrder(List<Keyed> keyed) {
        Keyed[] sorted = keyed.toArray(new Keyed[0]);
        for (int i = 1; i < sorted.length; i++) {
            Keyed next = sorted[i];
            int j = i - 1;
            while (j >= 0 && (sorted[j].order() > next.order() || sorted[j].order() == next.order()
                    && sorted[j].finding().id().compareTo(next.finding().id()) > 0)) {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = next;
        }
        Finding[] findings = new Finding[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            findings[i] = sorted[i].finding();
        }
        return List.of(findings);
    }

    /** What is wrong with the first conclusion, by finding id, that cannot be explained: the same one every time. */
    private RuleBaseException firstProblem(RuleSession session) {
        for (Conclusion conclusion : session.conclusions()) {
            Firing firing = session.firingOf(conclusion);
            if (firing == null) {
                return new RuleBaseException("finding \"" + conclusion.finding()
                        + "\" was inserted outside a rule; rules must insert Conclusion facts themselves");
            }
            if (!entries.containsKey(conclusion.finding())) {
                return new RuleBaseException("rule \"" + firing.rule() + "\" concluded \"" + conclusion.finding()
                        + "\", which is not in any .findings.yaml file");
            }
        }
        throw new IllegalStateException("every conclusion can be explained");
    }

    /** Why {@code question} is relevant in this session, or an empty list if it is not. */
    public List<Relevance> relevance(String question, RuleSession session) {
        Firing firing = session.firingOf(new Ask(question));
        if (firing == null) {
            return List.of();
        }
        return List.of(new Relevance(question, firing.rule(), because(firing, session),
                cited(firing.rule()).sources()));
    }

    private Cited cited(String rule) {
        Cited cited = citedByRule.get(rule);
        if (cited == null) {
            throw new IllegalStateException("rule \"" + rule + "\" is not in the compiled rule base");
        }
        return cited;
    }

    /** The answers behind a firing, in catalogue order, following derived facts to the firings that inserted them. */
    private List<Reason> because(Firing firing, RuleSession session) {
        List<Object> matched = firing.matched();
        if (matched.size() == 1 && matched.get(0) instanceof Answer answer) {
            return List.of(reason(answer)); // the common case: a rule on one answer
        }
        List<Answer> answers = new ArrayList<>(4);
        collectAnswers(firing, session, answers, 0);
        Reason[] because = new Reason[answers.size()];
        int[] positions = new int[because.length];
        // Insertion sort by catalogue position (each looked up once): a firing rests on a few answers.
        for (int i = 0; i < because.length; i++) {
            Answer answer = answers.get(i);
            int position = order.position(answer.question());
            int j = i - 1;
            while (j >= 0 && positions[j] > position) {
                because[j + 1] = because[j];
                positions[j + 1] = positions[j];
                j--;
            }
            because[j + 1] = reason(answer);
            positions[j + 1] = position;
        }
        return List.of(because);
    }

    /** Adds the answers behind a firing, each once, in the order found. */
    private void collectAnswers(Firing firing, RuleSession session, List<Answer> answers, int depth) {
        for (Object fact : firing.matched()) {
            if (fact instanceof Answer answer) {
                if (!answers.contains(answer)) {
                    answers.add(answer);
                }
            } else if (depth < 20) {
                Firing behind = session.firingOf(fact);
                if (behind != null) {
                    collectAnswers(behind, session, answers, depth + 1);
                }
            }
        }
    }

    private Reason reason(Answer answer) {
        Reason known = reasons.get(answer);
        if (known != null) {
            return known;
        }
        Question question = knowledge.questions().find(answer.question()).orElseThrow();
        return new Reason(answer.question(), answer.value(), question.text(), question.labelOf(answer.value()));
    }
}
