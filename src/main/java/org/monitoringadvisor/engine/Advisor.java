package org.monitoringadvisor.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.monitoringadvisor.engine.internal.CompiledRules;
import org.monitoringadvisor.engine.internal.Explainer;
import org.monitoringadvisor.engine.internal.IsolatedLanes;
import org.monitoringadvisor.engine.internal.PrecompiledRules;
import org.monitoringadvisor.engine.internal.QuestionOrder;
import org.monitoringadvisor.engine.internal.RuleBaseCompiler;
import org.monitoringadvisor.engine.internal.RuleSession;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeException;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RuleBaseInfo;
import org.monitoringadvisor.model.Assessment;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Source;

/**
 * The front door of the rule module. Build one per rule base (it compiles the rules, which takes a second or
 * two) and share it: it is immutable and thread-safe. Each {@link #assess} call and each {@link Interview} runs
 * in a session of its own.
 *
 * <pre>{@code
 * Advisor advisor = Advisor.builtIn();
 * Assessment result = advisor.assess(Map.of("personal-use", "banned", "monitoring-practice", "routine"));
 * result.findings().forEach(f -> System.out.println(f.kind() + ": " + f.title()));
 * }</pre>
 */
public final class Advisor {

    private static volatile Advisor builtIn;
    /** The built-in rules' reading begun by {@link #prepareBuiltIn}, until {@link #builtIn} takes it up. */
    private static PrecompiledRules.Reading builtInReading;

    private final Knowledge knowledge;
    private final CompiledRules rules;
    private final Explainer explainer;
    private final QuestionOrder questionOrder;
    private final Map<String, Set<String>> allowedValues;
    private final Duration timeBudget;
    /** The built-in advisor's lanes for further assessing threads; null for other rule bases. */
    private final IsolatedLanes lanes;

    private Advisor(Knowledge knowledge) {
        this(knowledge, RuleBaseCompiler.compile(knowledge), null);
    }

    private Advisor(Knowledge knowledge, CompiledRules rules, IsolatedLanes lanes) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.explainer = new Explainer(knowledge, rules);
        this.questionOrder = new QuestionOrder(knowledge.questions());
        // Checked for every answer of every assessment: a set lookup rather than a walk through the options.
        this.allowedValues = knowledge.questions().all().stream()
                .collect(Collectors.toUnmodifiableMap(Question::id, q -> Set.copyOf(q.values())));
        this.timeBudget = RuleSession.TIME_BUDGET;
        this.lanes = lanes;
    }

    private Advisor(Advisor base, Duration timeBudget) {
        this.knowledge = base.knowledge;
        this.rules = base.rules;
        this.explainer = base.explainer;
        this.questionOrder = base.questionOrder;
        this.allowedValues = base.allowedValues;
        this.timeBudget = timeBudget;
        this.lanes = base.lanes;
    }

    /**
     * This advisor with another wall-clock budget for the rules of one assessment (or one change of answers in an
     * interview); past it the assessment stops with a {@link RuleFailedException} naming the rule that was running.
     * The default is ten seconds, thousands of times what the built-in rules need. The compiled rules are shared.
     *
     * @param budget a positive duration
     * @return an advisor on the same rules with that budget
     * @throws IllegalArgumentException if {@code budget} is not positive
     */
    public Advisor withTimeBudget(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.equals(timeBudget)) {
            return this;
        }
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive, not " + budget);
        }
        return new Advisor(this, budget);
    }

    /** The wall-clock time the rules of one assessment may take (see {@link #withTimeBudget}). */
    public Duration timeBudget() {
        return timeBudget;
    }

    /**
     * The advisor for the rule base that ships with the product, built on first use and shared afterwards. A second
     * thread that assesses on it is soon given the engine loaded once more for itself, so that two threads do not
     * slow each other down; results are the same either way.
     *
     * @throws KnowledgeException if a built-in catalogue is broken
     * @throws RuleBaseException  if the built-in rules do not compile or cite unknown guidance
     */
    public static Advisor builtIn() {
        Advisor advisor = builtIn;
        if (advisor == null) {
            synchronized (Advisor.class) {
                advisor = builtIn;
                if (advisor == null) {
                    // The build compiles the built-in rules once; reading them overlaps loading the catalogues,
                    // and compiling them here is the slow fallback.
                    PrecompiledRules.Reading precompiled = builtInReading != null
                            ? builtInReading : PrecompiledRules.startReading();
                    builtInReading = null;
                    Knowledge knowledge = Knowledge.load(KnowledgeFiles.builtIn());
                    advisor = new Advisor(knowledge, precompiled.rulesFor(knowledge)
                            .orElseGet(() -> RuleBaseCompiler.compile(knowledge)), IsolatedLanes.forBuiltIn());
                    builtIn = advisor;
                }
            }
        }
        return advisor;
    }

    /**
     * Starts reading the built-in rules on a background thread and returns at once, for a program that will want
     * {@link #builtIn} soon and has other work to do first (a command line to read): that reading is the longest part
     * of building the built-in advisor, and the part it does not need the catalogues for. {@link #builtIn} then
     * takes up the reading begun here, and reports any problem as it would have. Does nothing if the built-in
     * advisor is built or its reading has begun.
     */
    public static void prepareBuiltIn() {
        synchronized (Advisor.class) {
            if (builtIn == null && builtInReading == null) {
                builtInReading = PrecompiledRules.startReading();
            }
        }
    }

    /**
     * An advisor for the rule base in {@code folder} (laid out like the built-in one: {@code rulebase.yaml},
     * {@code questions.yaml}, {@code sources.yaml}, {@code *.findings.yaml}, {@code *.drl}). Built anew each call.
     *
     * @throws KnowledgeException if a catalogue is broken; the message names the file and entry
     * @throws RuleBaseException  listing every compile or citation problem with its file and line
     */
    public static Advisor fromFolder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        return new Advisor(Knowledge.load(KnowledgeFiles.folder(folder)));
    }

    /** An advisor for knowledge already loaded, for tools that assemble their own. */
    public static Advisor from(Knowledge knowledge) {
        Objects.requireNonNull(knowledge, "knowledge");
        return new Advisor(knowledge);
    }

    /**
     * Assesses a complete set of answers. Answers to questions that are not relevant are kept in the result
     * and have no effect on the findings.
     *
     * @param answers question id to value; values must be among the question's allowed values
     * @return the findings, explained and in a fixed order
     * @throws InvalidAnswerException naming the question and the allowed values when an answer is not valid
     */
    public Assessment assess(Map<String, String> answers) {
        return assess(answers, null);
    }

    /**
     * Assesses as {@link #assess(Map)} does, handing every rule firing to {@code firings} in the order the rules
     * fired: for rule authors tracing what their rules did.
     *
     * @param firings told of each firing once its consequence has run; null for none
     * @throws InvalidAnswerException naming the question and the allowed values when an answer is not valid
     * @throws RuleLoopException      if the rules keep firing without settling
     * @throws RuleFailedException    if a rule throws, inserts more facts than the limit, or the rules run past
     *                                the time budget; the message names the rule, its file and line
     */
    public Assessment assess(Map<String, String> answers, Consumer<RuleFiring> firings) {
        Objects.requireNonNull(answers, "answers");
        Map<String, String> checked = validated(answers);
        Assessment inLane = lanes == null ? null : lanes.assess(checked, firings, timeBudget);
        if (inLane != null) {
            return inLane;
        }
        try (RuleSession session = RuleSession.forAssessment(rules, questionOrder, checked, firings, timeBudget)) {
            List<Finding> findings = explainer.findings(session);
            List<String> asked = session.relevantInOrder();
            return new Assessment(version(), checked, findings, asked, explainer.leadWith(findings, session));
        }
    }

    /** Starts a stepwise interview, for tools that ask the questions themselves. Close it when done. */
    public Interview startInterview() {
        return startInterview(null);
    }

    /**
     * Starts a stepwise interview that hands every rule firing to {@code firings}, from the first one on: for
     * tools that trace or measure which rules fire.
     *
     * @param firings told of each firing once its consequence has run; null for none
     */
    public Interview startInterview(Consumer<RuleFiring> firings) {
        return new Interview(this, new RuleSession(rules, questionOrder, Map.of(), firings, timeBudget));
    }

    /** Every question of the catalogue, in the order an interview asks them. */
    public List<Question> questions() {
        return knowledge.questions().all();
    }

    /** The question with this id, if the catalogue has it. */
    public Optional<Question> question(String id) {
        return knowledge.questions().find(Objects.requireNonNull(id, "id"));
    }

    /** The guidance point with this id, if the source catalogue has it. */
    public Optional<Source> source(String id) {
        return knowledge.sources().find(Objects.requireNonNull(id, "id"));
    }

    /** The rule base's name, version and the date its guidance is current as of. */
    public RuleBaseInfo info() {
        return knowledge.info();
    }

    /** The rule base's version, carried in every result. */
    public String version() {
        return knowledge.info().version();
    }

    /**
     * The loaded knowledge: catalogues and rule files, immutable. Part of the API (see the {@code knowledge}
     * package): reports and tools read the catalogues through it.
     */
    public Knowledge knowledge() {
        return knowledge;
    }

    /**
     * Checks one answer against the catalogue.
     *
     * @throws InvalidAnswerException if the question is unknown or the value not allowed
     */
    public void validate(String question, String value) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(value, "value");
        Set<String> values = allowedValues.get(question);
        if (values == null) {
            throw InvalidAnswerException.unknownQuestion(question, questions().stream().map(Question::id).toList());
        }
        if (!values.contains(value)) {
            throw InvalidAnswerException.valueNotAllowed(question, value,
                    knowledge.questions().find(question).orElseThrow().values());
        }
    }

    /** Validates every answer and returns them in catalogue order. */
    Map<String, String> validated(Map<String, String> answers) {
        Map<String, String> sorted = new LinkedHashMap<>();
        for (String question : questionOrder.sorted(answers.keySet())) {
            String value = answers.get(question);
            validate(question, value);
            sorted.put(question, value);
        }
        return sorted;
    }

    Explainer explainer() {
        return explainer;
    }
}
