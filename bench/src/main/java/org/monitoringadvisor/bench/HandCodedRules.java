package org.monitoringadvisor.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.FindingKind;
import org.monitoringadvisor.model.Footing;
import org.monitoringadvisor.model.Priority;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Reason;
import org.monitoringadvisor.model.Source;
import org.monitoringadvisor.model.SourceKind;

/**
 * The whole built-in rule base (every topic file and lead-with.drl) written out by hand in plain Java: the baseline
 * the JMH {@code AssessmentBenchmark} divides the engine's cost by. It is not part of the product (knowledge lives
 * in the DRL), and it lives here, with the benchmarks, rather than in the product's tests: a rule author who edits a
 * rule must not have Java to write. {@link HandCodedAgreement} holds it to the engine's results before any figure
 * is taken, so a rule changed since it was written stops the benchmark with the first difference instead of
 * comparing different work.
 *
 * <p>It gives the very same {@link Assessment} as the engine: findings, their explanations (the answers behind
 * them, through the judgements in between), sources, report order, relevant questions and lead-with picks. Only
 * the logic is hand-written; the wording comes from the catalogues, and each finding's rule name and citations are
 * read once from the DRL, as any hand-coded tool would keep them in a table.
 *
 * <p>Where a judgement has several grounds, the explanation names the first that holds in rule-file order (the
 * files in name order, the rules in file order): the rule the engine fires first, whose grounds it records.
 */
public final class HandCodedRules {

    /** (question=value) to the findings that one answer leads to, whatever else was answered. */
    private static final Map<String, List<String>> ONE_ANSWER_FINDINGS = oneAnswerFindings(
            "policy-exists=no", "no-written-policy",
            "policy-exists=unknown", "ask-policy-exists",
            "policy-agreed-with-union=imposed", "policy-imposed",
            "policy-agreed-with-union=consulted-only", "policy-consulted-only",
            "policy-agreed-with-union=agreed", "policy-agreed",
            "policy-agreed-with-union=unknown", "ask-policy-origin",
            "policy-publicised=not", "policy-not-publicised",
            "policy-publicised=partly", "policy-partly-publicised",
            "policy-publicised=clearly", "policy-publicised",
            "policy-publicised=unknown", "ask-policy-publicity",
            "personal-use=allowed", "personal-use-allowed",
            "personal-use=limited", "personal-use-within-limits",
            "personal-use=unknown", "ask-personal-use",
            "social-media-access=open", "social-networks-not-banned",
            "social-media-access=restricted", "social-networks-restricted",
            "social-media-access=unknown", "ask-social-media-access",
            "monitoring-practice=routine", "routine-monitoring",
            "monitoring-practice=on-suspicion-only", "monitoring-on-suspicion-only",
            "monitoring-practice=none", "no-monitoring",
            "monitoring-practice=unknown", "ask-monitoring-practice",
            "monitoring-disclosed=partly", "routine-monitoring-partly-disclosed",
            "monitoring-disclosed=fully", "routine-monitoring-disclosed",
            "monitoring-disclosed=unknown", "ask-monitoring-disclosed",
            "employer-sector=unknown", "ask-employer-sector",
            "monitoring-content=content-routinely", "content-read-routinely",
            "monitoring-content=unknown", "ask-monitoring-content",
            "interception-notice=unknown", "ask-interception-notice",
            "monitoring-data-access=managers-freely", "managers-browse-monitoring-data",
            "monitoring-data-access=managers-on-request", "managers-get-monitoring-reports",
            "monitoring-data-access=named-few", "monitoring-data-access-limited",
            "monitoring-data-access=unknown", "ask-monitoring-data-access",
            "monitoring-retention=unknown", "ask-monitoring-retention",
            "monitoring-data-use=any-purpose", "monitoring-data-any-purpose",
            "monitoring-data-use=stated-purpose-only", "monitoring-data-purpose-limited",
            "monitoring-data-use=unknown", "ask-monitoring-data-use",
            "monitoring-records-challenge=no", "monitoring-records-closed-to-staff",
            "monitoring-records-challenge=yes", "monitoring-records-open-to-staff",
            "monitoring-records-challenge=unknown", "ask-monitoring-records-challenge",
            "device-monitoring-tools=webcam", "webcam-monitoring",
            "device-monitoring-tools=keystrokes-or-screens", "keystroke-or-screen-monitoring",
            "device-monitoring-tools=none", "no-device-monitoring-tools",
            "device-monitoring-tools=unknown", "ask-device-monitoring-tools",
            "automated-decisions=unknown", "ask-automated-decisions",
            "monitoring-reach=own-devices", "monitoring-reaches-own-devices",
            "monitoring-reach=home-working", "monitoring-reaches-home-working",
            "monitoring-reach=neither", "monitoring-stays-at-work",
            "monitoring-reach=unknown", "ask-monitoring-reach",
            "social-media-out-of-hours=yes", "out-of-hours-social-media-monitoring",
            "social-media-out-of-hours=no", "no-out-of-hours-monitoring",
            "social-media-out-of-hours=unknown", "ask-out-of-hours-social-media",
            "covert-monitoring=allowed-without-limits", "covert-monitoring-without-limits",
            "covert-monitoring=unknown", "ask-covert-monitoring",
            "lawful-basis-consent=yes", "consent-relied-on",
            "lawful-basis-consent=unknown", "ask-lawful-basis",
            "dpia-done=yes-not-shared", "dpia-not-shared",
            "dpia-done=yes-shared", "dpia-shared",
            "dpia-done=unknown", "ask-dpia",
            "dpia-union-views=no", "dpia-without-staff-views",
            "dpia-union-views=yes", "dpia-with-staff-views",
            "dpia-union-views=unknown", "ask-dpia-union-views",
            "explanation-first=no", "no-explanation-first",
            "explanation-first=yes", "explanation-first",
            "explanation-first=unknown", "ask-explanation-first",
            "union-email-addresses=unknown", "ask-union-email-addresses",
            "union-email-privacy=guaranteed", "union-email-private",
            "filter-blocks-lgbt-terms=yes", "filters-block-lgbt-terms",
            "filter-blocks-lgbt-terms=yes", "lgbt-filtering-equality-argument",
            "filter-blocks-lgbt-terms=no", "filters-allow-lgbt-terms",
            "filter-blocks-lgbt-terms=unknown", "ask-filter-lgbt-terms",
            "website-restrictions=unknown", "ask-website-restrictions",
            "email-content-rules=unknown", "ask-email-content-rules",
            "activity-scores-used=yes", "activity-scores-equality-risk",
            "activity-scores-used=no", "activity-scores-not-used-on-individuals",
            "activity-scores-used=unknown", "ask-activity-scores-used");

    private static final Set<String> READING_CONTENT = Set.of("content-on-suspicion", "content-routinely");
    private static final Set<String> CAPTURING_SCREENS = Set.of("keystrokes-or-screens", "webcam");

    private static final Pattern RULE = Pattern.compile(
            "rule\\s+\"([^\"]+)\"\\s*@guidance\\(\"([^\"]*)\"\\)(.*?)\\nend", Pattern.DOTALL);
    private static final Pattern CONCLUSION = Pattern.compile("new\\s+Conclusion\\s*\\(\\s*\"([^\"]+)\"");

    private final Knowledge knowledge;
    private final String version;
    private final Map<String, Question> questions = new HashMap<>();
    private final Map<String, String> ruleOf = new HashMap<>();
    private final Map<String, List<Source>> sourcesOf = new HashMap<>();
    /** Each finding's basis (the firmest kind of source its rule cites), which the report order sorts by. */
    private final Map<String, SourceKind> basisOf = new HashMap<>();
    /** Each possible answer's explanation, worked out once (question=value to its reason). */
    private final Map<String, Reason> reasons = new HashMap<>();
    private final Comparator<String> questionOrder;

    public HandCodedRules(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.version = knowledge.info().version();
        for (Question question : knowledge.questions().all()) {
            questions.put(question.id(), question);
            for (String value : question.values()) {
                reasons.put(question.id() + "=" + value,
                        new Reason(question.id(), value, question.text(), question.labelOf(value)));
            }
        }
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
        sourcesOf.forEach((id, sources) -> basisOf.put(id, sources.stream().map(Source::kind)
                .min(Comparator.naturalOrder()).orElse(SourceKind.OTHER)));
        this.questionOrder = Comparator.comparingInt((String q) -> knowledge.questions().position(q))
                .thenComparing(Comparator.naturalOrder());
    }

    /** Assesses answers as the built-in rules do; answers must be valid (checked, as the engine checks them). */
    public Assessment assess(Map<String, String> answers) {
        Map<String, String> given = new TreeMap<>(questionOrder);
        answers.forEach((question, value) -> {
            Question asked = questions.get(question);
            if (asked == null || !asked.allows(value)) {
                throw new IllegalArgumentException(question + "=" + value);
            }
            given.put(question, value);
        });

        // An answer counts only while its question is relevant, and relevance follows the answers that count.
        Map<String, String> relevant = new HashMap<>();
        Set<String> asked = askedQuestions(relevant);
        for (int round = 0; ; round++) {
            Map<String, String> next = new HashMap<>();
            for (Map.Entry<String, String> answer : given.entrySet()) {
                if (asked.contains(answer.getKey())) {
                    next.put(answer.getKey(), answer.getValue());
                }
            }
            if (next.equals(relevant)) {
                break;
            }
            if (round > 2 * given.size() + 2) {
                throw new IllegalStateException("relevance does not settle for " + answers);
            }
            relevant = next;
            asked = askedQuestions(relevant);
        }

        List<Finding> findings = new Assessing(relevant).findings();
        sortInReportOrder(findings);
        List<String> askedInOrder = asked.stream().sorted(questionOrder).toList();
        return new Assessment(version, new LinkedHashMap<>(given), findings, askedInOrder, leadWith(findings));
    }

    /** A finding with the keys the report order sorts by, worked out once rather than at every comparison. */
    private record Keyed(Finding finding, SourceKind basis, int firstQuestion, int cataloguePosition) {
    }

    /**
     * Report order: by kind, priority and footing; then by basis (law before guidance); then by the earliest
     * question the finding rests on; then catalogue order.
     */
    private void sortInReportOrder(List<Finding> findings) {
        List<Keyed> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int firstQuestion = f.because().isEmpty() ? Integer.MAX_VALUE
                    : knowledge.questions().position(f.because().get(0).question());
            keyed.add(new Keyed(f, basisOf.get(f.id()), firstQuestion, knowledge.findings().position(f.id())));
        }
        keyed.sort(Comparator.comparing((Keyed k) -> k.finding().kind()).thenComparing(k -> k.finding().priority())
                .thenComparing(k -> k.finding().footing()).thenComparing(Keyed::basis)
                .thenComparingInt(Keyed::firstQuestion).thenComparingInt(Keyed::cataloguePosition)
                .thenComparing(k -> k.finding().id()));
        findings.clear();
        keyed.forEach(k -> findings.add(k.finding()));
    }

    /** The questions the rules make relevant, given the answers that count (the Ask facts of every topic file). */
    private static Set<String> askedQuestions(Map<String, String> answers) {
        Answers a = new Answers(answers);
        Set<String> asked = new TreeSet<>(List.of("policy-exists", "personal-use", "social-media-access",
                "monitoring-practice", "union-email-addresses", "filter-blocks-lgbt-terms"));
        boolean monitors = a.is("monitoring-practice", "routine", "on-suspicion-only");
        boolean maybePolicy = !a.is("policy-exists", "no");
        if (a.is("policy-exists", "yes")) {
            asked.add("policy-agreed-with-union");
            asked.add("policy-publicised");
        }
        if (maybePolicy) {
            asked.add("website-restrictions");
            asked.add("email-content-rules");
            asked.add("explanation-first");
        }
        if (a.is("monitoring-practice", "routine")) {
            asked.add("monitoring-disclosed");
        }
        if (a.is("union-email-addresses", "yes")) {
            asked.add("union-email-privacy");
        }
        if (a.is("filter-blocks-lgbt-terms", "yes")) {
            asked.add("employer-sector");
        }
        if (a.in("device-monitoring-tools", CAPTURING_SCREENS)) {
            asked.add("activity-scores-used");
        }
        if (a.is("dpia-done", "yes-shared", "yes-not-shared")) {
            asked.add("dpia-union-views");
        }
        if (a.is("automated-decisions", "yes")) {
            asked.add("automated-decision-safeguards");
        }
        if (monitors) {
            asked.addAll(List.of("monitoring-content", "monitoring-data-access", "monitoring-retention",
                    "employer-sector", "dpia-done", "device-monitoring-tools", "automated-decisions",
                    "monitoring-reach", "social-media-out-of-hours", "lawful-basis-consent",
                    "union-activists-targeted", "monitoring-data-use", "monitoring-records-challenge"));
            if (maybePolicy) {
                asked.add("covert-monitoring");
            }
            if (a.in("monitoring-content", READING_CONTENT) || a.in("device-monitoring-tools", CAPTURING_SCREENS)) {
                asked.add("personal-messages-protected");
            }
            if (a.is("monitoring-content", "content-on-suspicion", "content-routinely", "unknown")) {
                asked.add("interception-notice");
            }
        }
        return asked;
    }

    /** The answers that count, with the tests the rules put to them. */
    private record Answers(Map<String, String> values) {

        boolean is(String question, String... any) {
            String value = values.get(question);
            if (value != null) {
                for (String candidate : any) {
                    if (candidate.equals(value)) {
                        return true;
                    }
                }
            }
            return false;
        }

        boolean in(String question, Set<String> any) {
            String value = values.get(question);
            return value != null && any.contains(value);
        }
    }

    /**
     * One assessment's judgements and findings. A judgement is the list of questions whose answers ground it
     * (null when it does not hold), so a finding resting on it can name those answers.
     */
    private final class Assessing {

        private final Map<String, String> relevant;
        private final Answers a;
        private final List<Finding> findings = new ArrayList<>();

        private final List<String> employerMonitors;
        private final List<String> monitoringHidden;
        private final List<String> personalUseBanned;
        private final List<String> socialNetworksBlocked;
        private final List<String> unionCommunicationsUnprotected;
        private final List<String> reachesMessageContent;
        private final List<String> readsUnionCommunications;
        private final List<String> highRisk;
        private final List<String> equalityConcern;
        private final List<String> publicAuthority;
        private final List<String> privateEmployer;
        private final List<String> engagesArticle8;

        Assessing(Map<String, String> relevant) {
            this.relevant = relevant;
            this.a = new Answers(relevant);
            employerMonitors = ground(a.is("monitoring-practice", "routine", "on-suspicion-only"),
                    "monitoring-practice");
            monitoringHidden = ground(a.is("monitoring-disclosed", "no"), "monitoring-disclosed");
            personalUseBanned = ground(a.is("personal-use", "banned"), "personal-use");
            socialNetworksBlocked = ground(a.is("social-media-access", "blocked"), "social-media-access");
            unionCommunicationsUnprotected = first(
                    ground(a.is("union-email-addresses", "no"), "union-email-addresses"),
                    ground(a.is("union-email-privacy", "not-guaranteed"), "union-email-privacy"));
            reachesMessageContent = first(
                    ground(a.in("monitoring-content", READING_CONTENT), "monitoring-content"),
                    ground(a.in("device-monitoring-tools", CAPTURING_SCREENS), "device-monitoring-tools"));
            readsUnionCommunications = all(employerMonitors, reachesMessageContent, unionCommunicationsUnprotected);
            highRisk = first(
                    ground(a.is("monitoring-content", "content-routinely"), "monitoring-content"),
                    ground(a.in("device-monitoring-tools", CAPTURING_SCREENS), "device-monitoring-tools"),
                    ground(a.is("automated-decisions", "yes"), "automated-decisions"),
                    ground(a.is("covert-monitoring", "allowed-with-limits", "allowed-without-limits"),
                            "covert-monitoring"));
            equalityConcern = first(
                    ground(a.is("filter-blocks-lgbt-terms", "yes"), "filter-blocks-lgbt-terms"),
                    ground(a.is("activity-scores-used", "yes"), "activity-scores-used"));
            publicAuthority = ground(a.is("employer-sector", "public"), "employer-sector");
            privateEmployer = ground(a.is("employer-sector", "private", "voluntary"), "employer-sector");
            engagesArticle8 = first(
                    all(employerMonitors, ground(a.is("monitoring-disclosed", "no", "partly"), "monitoring-disclosed")),
                    all(employerMonitors, ground(a.is("monitoring-content", "content-routinely"),
                            "monitoring-content")));
        }

        List<Finding> findings() {
            relevant.forEach((question, value) -> {
                for (String id : ONE_ANSWER_FINDINGS.getOrDefault(question + "=" + value, List.of())) {
                    conclude(id, List.of(question));
                }
            });
            policyContent();
            heavyHandedRegime();
            monitoringHiddenFromStaff();
            unionCommunications();
            safeguardsOnMessageContent();
            automatedDecisions();
            equalityAndArticle8();
            if (a.is("dpia-done", "no")) {
                if (highRisk != null) {
                    conclude("no-dpia", List.of("dpia-done"), highRisk);
                } else {
                    conclude("no-dpia-lower-risk", List.of("dpia-done"));
                }
            }
            return findings;
        }

        /** acceptable-content.drl: one gap, not two, when websites and email are equally unspecified. */
        private void policyContent() {
            boolean websitesNone = a.is("website-restrictions", "none");
            boolean emailNone = a.is("email-content-rules", "none");
            boolean websitesVague = a.is("website-restrictions", "vague");
            boolean emailVague = a.is("email-content-rules", "vague");
            boolean noPolicy = a.is("policy-exists", "no");
            when(websitesNone && !emailNone, "website-restrictions-missing", "website-restrictions");
            when(websitesVague && !emailVague, "website-restrictions-vague", "website-restrictions");
            when(a.is("website-restrictions", "specified-with-examples") && !noPolicy, "website-restrictions-clear",
                    "website-restrictions");
            when(emailNone && !websitesNone, "email-content-rules-missing", "email-content-rules");
            when(emailVague && !websitesVague, "email-content-rules-vague", "email-content-rules");
            when(a.is("email-content-rules", "specified") && !noPolicy, "email-content-rules-clear",
                    "email-content-rules");
            when(websitesNone && emailNone, "content-rules-missing", "website-restrictions", "email-content-rules");
            when(websitesVague && emailVague, "content-rules-vague", "website-restrictions", "email-content-rules");
        }

        /** personal-use.drl, social-media.drl, principles.drl: both restrictions together are one gap. */
        private void heavyHandedRegime() {
            if (personalUseBanned != null && socialNetworksBlocked != null) {
                conclude("heavy-handed-regime", personalUseBanned, socialNetworksBlocked);
            } else if (personalUseBanned != null) {
                conclude("personal-use-banned", personalUseBanned);
            } else if (socialNetworksBlocked != null) {
                conclude("social-networks-blocked", socialNetworksBlocked);
            }
        }

        /** Strengths held back while routine monitoring is hidden from staff, and the one finding that says so. */
        private void monitoringHiddenFromStaff() {
            boolean hidden = monitoringHidden != null;
            if (hidden) {
                conclude("routine-monitoring-undisclosed", monitoringHidden);
            }
            when(!hidden && a.is("covert-monitoring", "allowed-with-limits"), "covert-monitoring-limited",
                    "covert-monitoring");
            when(!hidden && a.is("covert-monitoring", "not-allowed"), "no-covert-monitoring", "covert-monitoring");
            when(!hidden && a.is("interception-notice", "no"), "no-interception-notice", "interception-notice");
            when(!hidden && a.is("interception-notice", "yes"), "interception-notice-given", "interception-notice");
            when(!hidden && a.is("monitoring-content", "content-on-suspicion"), "content-read-on-suspicion-only",
                    "monitoring-content");
            when(!hidden && a.is("monitoring-content", "traffic-only"), "traffic-data-only", "monitoring-content");
            when(!hidden && a.is("monitoring-retention", "not-stated"), "retention-not-stated",
                    "monitoring-retention");
            when(!hidden && a.is("monitoring-retention", "stated"), "retention-stated", "monitoring-retention");
        }

        /** union-communications.drl, union-email.drl, union-activity.drl. */
        private void unionCommunications() {
            boolean read = readsUnionCommunications != null;
            if (read) {
                conclude("monitoring-reaches-union-communications", readsUnionCommunications);
            }
            when(a.is("union-email-addresses", "no") && !read, "no-union-email-addresses", "union-email-addresses");
            when(a.is("union-email-privacy", "not-guaranteed") && !read, "union-email-not-private",
                    "union-email-privacy");
            if (a.is("union-email-privacy", "unknown")) {
                if (reachesMessageContent == null) {
                    conclude("ask-union-email-privacy", List.of("union-email-privacy"));
                } else {
                    conclude("ask-union-email-privacy-content-monitored", List.of("union-email-privacy"),
                            reachesMessageContent);
                }
            }
            if (employerMonitors != null) {
                when(a.is("union-activists-targeted", "yes"), "monitoring-targets-union-activity",
                        "monitoring-practice", "union-activists-targeted");
                when(a.is("union-activists-targeted", "unknown"), "ask-union-activists-targeted",
                        "monitoring-practice", "union-activists-targeted");
            }
        }

        /** email-safeguards.drl: safeguards for personal messages, where the employer monitors. */
        private void safeguardsOnMessageContent() {
            if (employerMonitors == null) {
                return;
            }
            String[] because = {"monitoring-practice", "personal-messages-protected"};
            when(a.is("personal-messages-protected", "not-protected"), "personal-messages-unprotected", because);
            when(a.is("personal-messages-protected", "partly"), "personal-messages-partly-protected", because);
            when(a.is("personal-messages-protected", "protected") && !a.is("monitoring-disclosed", "no"),
                    "personal-messages-protected", because);
            when(a.is("personal-messages-protected", "unknown"), "ask-personal-messages-protected", because);
        }

        /** intrusive-tools.drl: automatic decisions and their safeguards. */
        private void automatedDecisions() {
            if (!a.is("automated-decisions", "yes")) {
                return;
            }
            boolean capture = a.in("device-monitoring-tools", CAPTURING_SCREENS);
            when(a.is("automated-decision-safeguards", "some", "none"), "automated-decisions-without-review",
                    "automated-decisions", "automated-decision-safeguards");
            when(a.is("automated-decision-safeguards", "all-four") && !capture,
                    "automated-decision-safeguards-in-place", "automated-decisions", "automated-decision-safeguards");
            when(a.is("automated-decision-safeguards", "all-four") && capture,
                    "ask-automated-decisions-special-data", "automated-decisions", "automated-decision-safeguards",
                    "device-monitoring-tools");
            when(!a.is("automated-decision-safeguards", "all-four", "some", "none"),
                    "ask-automated-decision-safeguards", "automated-decisions");
        }

        /** equality.drl and public-sector.drl. */
        private void equalityAndArticle8() {
            if (publicAuthority != null && equalityConcern != null) {
                conclude("equality-duty-monitoring-public", publicAuthority, equalityConcern);
            }
            if (publicAuthority != null) {
                when(a.is("monitoring-disclosed", "no", "partly"), "article-8-undisclosed-monitoring",
                        "employer-sector", "monitoring-disclosed");
                when(a.is("monitoring-content", "content-routinely"), "article-8-content-monitoring",
                        "employer-sector", "monitoring-content");
            }
            if (privateEmployer != null && engagesArticle8 != null) {
                conclude("article-8-at-tribunal", privateEmployer, engagesArticle8);
            }
        }

        private void when(boolean holds, String finding, String... because) {
            if (holds) {
                conclude(finding, List.of(because));
            }
        }

        @SafeVarargs
        private void conclude(String id, List<String>... grounds) {
            List<String> because = new ArrayList<>();
            for (List<String> ground : grounds) {
                for (String question : ground) {
                    if (!because.contains(question)) {
                        because.add(question);
                    }
                }
            }
            because.sort(questionOrder);
            List<Reason> explanation = new ArrayList<>(because.size());
            for (String question : because) {
                explanation.add(reasons.get(question + "=" + relevant.get(question)));
            }
            FindingText text = knowledge.findings().find(id).orElseThrow();
            findings.add(new Finding(id, text.kind(), text.priority(), text.title(), text.advice(), text.points(),
                    ruleOf.get(id), explanation, sourcesOf.get(id), text.footing(), text.rebuttals()));
        }
    }

    /** The grounds of a judgement resting on these answers, or null if it does not hold. */
    private static List<String> ground(boolean holds, String... questions) {
        return holds ? List.of(questions) : null;
    }

    /** The first grounds that hold, or null. */
    @SafeVarargs
    private static List<String> first(List<String>... grounds) {
        for (List<String> ground : grounds) {
            if (ground != null) {
                return ground;
            }
        }
        return null;
    }

    /** The grounds of a judgement that needs all of these to hold, or null. */
    @SafeVarargs
    private static List<String> all(List<String>... grounds) {
        List<String> together = new ArrayList<>();
        for (List<String> ground : grounds) {
            if (ground == null) {
                return null;
            }
            together.addAll(ground);
        }
        return together;
    }

    /**
     * lead-with.drl: the strongest finding of each topic stands for it; the three strongest topics lead, a fourth
     * and fifth only when they are gaps the law or the regulator backs, or high-priority gaps; with fewer than
     * three topics, the next strongest findings fill the list to three.
     */
    private List<String> leadWith(List<Finding> findings) {
        Map<String, Integer> strongestOfTopic = new HashMap<>();
        int[] strength = new int[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            strength[i] = strength(findings.get(i), i);
            String topic = knowledge.findings().topic(findings.get(i).id());
            Integer best = strongestOfTopic.get(topic);
            if (best == null || strength[i] > strength[best]) {
                strongestOfTopic.put(topic, i);
            }
        }
        List<Integer> topicLeads = new ArrayList<>(strongestOfTopic.values());
        topicLeads.sort(Comparator.comparingInt((Integer i) -> strength[i]).reversed());
        List<String> picks = new ArrayList<>();
        for (int ahead = 0; ahead < topicLeads.size() && ahead < 5; ahead++) {
            Finding lead = findings.get(topicLeads.get(ahead));
            boolean backed = lead.kind() == FindingKind.GAP && (lead.footing() == Footing.LEGAL_DUTY
                    || lead.footing() == Footing.REGULATOR_EXPECTS || lead.priority() == Priority.HIGH);
            if (ahead < 3 || backed) {
                picks.add(lead.id());
            }
        }
        if (topicLeads.size() < 3) {
            List<Integer> runnersUp = new ArrayList<>();
            for (int i = 0; i < findings.size(); i++) {
                if (!topicLeads.contains(i)) {
                    runnersUp.add(i);
                }
            }
            runnersUp.sort(Comparator.comparingInt((Integer i) -> strength[i]).reversed());
            for (int ahead = 0; ahead < runnersUp.size() && ahead < 3 - topicLeads.size(); ahead++) {
                picks.add(findings.get(runnersUp.get(ahead)).id());
            }
        }
        return picks;
    }

    /** A finding's weight and its report order in one number: the larger, the stronger. */
    private static int strength(Finding finding, int order) {
        int kind = switch (finding.kind()) {
            case GAP -> 3;
            case ASK -> 2;
            case STRENGTH -> 1;
        };
        int footing = switch (finding.footing()) {
            case LEGAL_DUTY -> 4;
            case REGULATOR_EXPECTS -> 3;
            case ARGUABLE -> 2;
            case UNION_AIM -> 1;
        };
        int priority = switch (finding.priority()) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
        };
        return (kind * 100 + footing * 10 + priority) * 100_000 - order;
    }

    private static Map<String, List<String>> oneAnswerFindings(String... pairs) {
        Map<String, List<String>> findings = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            findings.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        findings.replaceAll((answer, ids) -> List.copyOf(ids));
        return Map.copyOf(findings);
    }
}
