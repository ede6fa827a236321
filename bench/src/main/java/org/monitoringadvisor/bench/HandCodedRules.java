package org.monitoringadvisor.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.model.SourceKind;

/**
 * The seed rule base (the nine topic files of the first release) written out by hand in plain Java, for the
 * benchmark only: the baseline the engine's cost is divided by. It gives the very same {@link Assessment} as the
 * engine (same findings, explanations, sources and order), which {@link AssessmentBenchmark} checks before it
 * measures anything, so the ratio compares like with like.
 *
 * <p>Only the logic is hand-written; the wording comes from the catalogues and each finding's rule name and
 * citation are read once from the DRL, as any hand-coded tool would keep them in a table.
 */
final class HandCodedRules {

    /** Questions every assessment asks; the others become relevant through an answer below. */
    private static final Set<String> ALWAYS_ASKED = Set.of("policy-exists", "personal-use", "social-media-access",
            "monitoring-practice", "filter-blocks-lgbt-terms", "union-email-addresses");

    /** Questions about what a policy says: asked unless the employer has no written policy. */
    private static final Set<String> UNLESS_NO_POLICY = Set.of("website-restrictions", "email-content-rules",
            "explanation-first");

    /** (question, value) to the finding it leads to: the one-answer rules of the seed rule base. */
    private static final Map<String, String> ONE_ANSWER_FINDINGS = Map.ofEntries(
            Map.entry("policy-exists=no", "no-written-policy"),
            Map.entry("policy-exists=unknown", "ask-policy-exists"),
            Map.entry("policy-agreed-with-union=imposed", "policy-imposed"),
            Map.entry("policy-agreed-with-union=consulted-only", "policy-consulted-only"),
            Map.entry("policy-agreed-with-union=agreed", "policy-agreed"),
            Map.entry("policy-agreed-with-union=unknown", "ask-policy-origin"),
            Map.entry("policy-publicised=not", "policy-not-publicised"),
            Map.entry("policy-publicised=partly", "policy-partly-publicised"),
            Map.entry("policy-publicised=clearly", "policy-publicised"),
            Map.entry("policy-publicised=unknown", "ask-policy-publicity"),
            Map.entry("personal-use=banned", "personal-use-banned"),
            Map.entry("personal-use=allowed", "personal-use-allowed"),
            Map.entry("personal-use=limited", "personal-use-allowed"),
            Map.entry("personal-use=unknown", "ask-personal-use"),
            Map.entry("social-media-access=blocked", "social-networks-blocked"),
            Map.entry("social-media-access=open", "social-networks-not-banned"),
            Map.entry("social-media-access=restricted", "social-networks-restricted"),
            Map.entry("social-media-access=unknown", "ask-social-media-access"),
            Map.entry("monitoring-practice=routine", "routine-monitoring"),
            Map.entry("monitoring-practice=on-suspicion-only", "monitoring-on-suspicion-only"),
            Map.entry("monitoring-practice=none", "no-monitoring"),
            Map.entry("monitoring-practice=unknown", "ask-monitoring-practice"),
            Map.entry("monitoring-disclosed=no", "routine-monitoring-undisclosed"),
            Map.entry("monitoring-disclosed=partly", "routine-monitoring-partly-disclosed"),
            Map.entry("monitoring-disclosed=fully", "routine-monitoring-disclosed"),
            Map.entry("monitoring-disclosed=unknown", "ask-monitoring-disclosed"),
            Map.entry("website-restrictions=none", "website-restrictions-missing"),
            Map.entry("website-restrictions=vague", "website-restrictions-vague"),
            Map.entry("website-restrictions=specified-with-examples", "website-restrictions-clear"),
            Map.entry("website-restrictions=unknown", "ask-website-restrictions"),
            Map.entry("email-content-rules=none", "email-content-rules-missing"),
            Map.entry("email-content-rules=vague", "email-content-rules-vague"),
            Map.entry("email-content-rules=specified", "email-content-rules-clear"),
            Map.entry("email-content-rules=unknown", "ask-email-content-rules"),
            Map.entry("filter-blocks-lgbt-terms=yes", "filters-block-lgbt-terms"),
            Map.entry("filter-blocks-lgbt-terms=no", "filters-allow-lgbt-terms"),
            Map.entry("filter-blocks-lgbt-terms=unknown", "ask-filter-lgbt-terms"),
            Map.entry("explanation-first=no", "no-explanation-first"),
            Map.entry("explanation-first=yes", "explanation-first"),
            Map.entry("explanation-first=unknown", "ask-explanation-first"),
            Map.entry("union-email-addresses=no", "no-union-email-addresses"),
            Map.entry("union-email-addresses=unknown", "ask-union-email-addresses"),
            Map.entry("union-email-privacy=not-guaranteed", "union-email-not-private"),
            Map.entry("union-email-privacy=guaranteed", "union-email-private"),
            Map.entry("union-email-privacy=unknown", "ask-union-email-privacy"));

    private static final Pattern RULE = Pattern.compile(
            "rule\\s+\"([^\"]+)\"\\s*@guidance\\(\"([^\"]*)\"\\)(.*?)\\nend", Pattern.DOTALL);
    private static final Pattern CONCLUSION = Pattern.compile("new\\s+Conclusion\\s*\\(\\s*\"([^\"]+)\"");

    private final Knowledge knowledge;
    private final String version;
    private final Map<String, Question> questions = new HashMap<>();
    private final Map<String, String> ruleOf = new HashMap<>();
    private final Map<String, List<Source>> sourcesOf = new HashMap<>();
    private final Comparator<Finding> order;

    HandCodedRules(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.version = knowledge.info().version();
        knowledge.questions().all().forEach(q -> questions.put(q.id(), q));
        for (Knowledge.RuleFile file : knowledge.ruleFiles()) {
            Matcher rule = RULE.matcher(file.text());
            while (rule.find()) {
                Matcher conclusion = CONCLUSION.matcher(rule.group(3));
                while (conclusion.find()) {
                    ruleOf.put(conclusion.group(1), rule.group(1));
                    sourcesOf.put(conclusion.group(1), List.of(rule.group(2).split(",")).stream()
                            .map(String::strip).map(id -> knowledge.sources().find(id).orElseThrow()).toList());
                }
            }
        }
        this.order = Comparator.comparing(Finding::kind).thenComparing(Finding::priority)
                .thenComparing(Finding::footing)
                .thenComparing(f -> f.sources().stream().map(Source::kind).min(Comparator.naturalOrder())
                        .orElse(SourceKind.OTHER))
                .thenComparingInt(f -> f.because().stream()
                        .mapToInt(r -> knowledge.questions().position(r.question())).min().orElse(Integer.MAX_VALUE))
                .thenComparingInt(f -> knowledge.findings().position(f.id())).thenComparing(Finding::id);
    }

    /** Assesses answers as the seed rules do; answers must be valid (the benchmark's samples are). */
    Assessment assess(Map<String, String> answers) {
        Map<String, String> ordered = new LinkedHashMap<>();
        answers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparingInt(knowledge.questions()::position)))
                .forEach(e -> {
                    if (!questions.get(e.getKey()).allows(e.getValue())) {
                        throw new IllegalArgumentException(e.getKey() + "=" + e.getValue());
                    }
                    ordered.put(e.getKey(), e.getValue());
                });

        Map<String, String> relevant = relevantAnswers(ordered);
        List<Finding> findings = new ArrayList<>();
        relevant.forEach((question, value) -> {
            String finding = ONE_ANSWER_FINDINGS.get(question + "=" + value);
            if (finding != null) {
                findings.add(finding(finding, relevant, question));
            }
        });
        if ("banned".equals(relevant.get("personal-use")) && "blocked".equals(relevant.get("social-media-access"))) {
            // Both together are one finding, which carries the asks of the two it stands for.
            findings.removeIf(f -> f.id().equals("personal-use-banned") || f.id().equals("social-networks-blocked"));
            findings.add(finding("heavy-handed-regime", relevant, "personal-use", "social-media-access"));
        }
        findings.sort(order);
        return new Assessment(version, ordered, findings, askedQuestions(relevant));
    }

    /** The questions the seed rules make relevant for these (relevant) answers, answered or not, in catalogue order. */
    private List<String> askedQuestions(Map<String, String> relevant) {
        List<String> asked = new ArrayList<>(ALWAYS_ASKED);
        if (!"no".equals(relevant.get("policy-exists"))) {
            asked.addAll(UNLESS_NO_POLICY);
        }
        if ("yes".equals(relevant.get("policy-exists"))) {
            asked.addAll(List.of("policy-agreed-with-union", "policy-publicised"));
        }
        if ("routine".equals(relevant.get("monitoring-practice"))) {
            asked.add("monitoring-disclosed");
        }
        if ("yes".equals(relevant.get("union-email-addresses"))) {
            asked.add("union-email-privacy");
        }
        asked.sort(Comparator.comparingInt(knowledge.questions()::position));
        return asked;
    }

    /** The answers whose questions the seed rules make relevant; the others are kept but have no effect. */
    private static Map<String, String> relevantAnswers(Map<String, String> answers) {
        Map<String, String> relevant = new LinkedHashMap<>();
        answers.forEach((question, value) -> {
            if (ALWAYS_ASKED.contains(question)) {
                relevant.put(question, value);
            }
        });
        boolean policy = "yes".equals(relevant.get("policy-exists"));
        boolean maybePolicy = !"no".equals(relevant.get("policy-exists"));
        boolean routine = "routine".equals(relevant.get("monitoring-practice"));
        boolean unionEmail = "yes".equals(relevant.get("union-email-addresses"));
        answers.forEach((question, value) -> {
            boolean asked = switch (question) {
                case "policy-agreed-with-union", "policy-publicised" -> policy;
                case "monitoring-disclosed" -> routine;
                case "union-email-privacy" -> unionEmail;
                case "website-restrictions", "email-content-rules", "explanation-first" -> maybePolicy;
                default -> false;
            };
            if (asked) {
                relevant.put(question, value);
            }
        });
        return relevant;
    }

    private Finding finding(String id, Map<String, String> answers, String... because) {
        FindingText text = knowledge.findings().find(id).orElseThrow();
        List<Reason> reasons = new ArrayList<>();
        for (String question : because) {
            Question asked = questions.get(question);
            String value = answers.get(question);
            reasons.add(new Reason(question, value, asked.text(), asked.labelOf(value)));
        }
        reasons.sort(Comparator.comparingInt(r -> knowledge.questions().position(r.question())));
        return new Finding(id, text.kind(), text.priority(), text.title(), text.advice(), text.points(),
                ruleOf.get(id), reasons, sourcesOf.get(id), text.footing(), text.rebuttals());
    }
}
