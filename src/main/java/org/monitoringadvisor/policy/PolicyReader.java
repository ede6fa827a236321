package org.monitoringadvisor.policy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.cues.CueCatalogueReader;
import org.monitoringadvisor.policy.cues.CueFound;
import org.monitoringadvisor.policy.cues.CueMatcher;
import org.monitoringadvisor.policy.cues.CueProblem;
import org.monitoringadvisor.policy.cues.Sentence;
import org.monitoringadvisor.policy.cues.Sentences;
import org.monitoringadvisor.policy.reading.Disputed;
import org.monitoringadvisor.policy.reading.PrecompiledReadingRules;
import org.monitoringadvisor.policy.reading.ReadingRules;
import org.monitoringadvisor.policy.reading.Suggested;
import org.monitoringadvisor.policy.text.DocumentException;
import org.monitoringadvisor.policy.text.DocumentReader;
import org.monitoringadvisor.policy.text.DocumentText;

/**
 * The front door of policy reading: reads an employer's policy (PDF, DOCX, ODT, HTML, Markdown or text) and suggests
 * the answers its text settles, each with the quotes it rests on, for the rep to confirm.
 *
 * <p>The cues are data ({@code policy-cues.yaml}); Drools rules ({@code policy-reading/*.drl}) weigh the cues found
 * in sentences and conclude. A reader is built once (the rules compile) and may be used by many threads.
 *
 * <pre>{@code
 * PolicyReading reading = PolicyReader.builtIn().read(Path.of("it-policy.pdf"), LocalDate.now());
 * for (Suggestion s : reading.suggestions()) { ... s.question(), s.value(), s.evidence() ... }
 * }</pre>
 */
public final class PolicyReader {

    private static volatile PolicyReader builtIn;

    private final Function<String, Optional<Question>> questions;
    private final List<Question> order;
    private final CueMatcher matcher;
    private final ReadingRules rules;

    private PolicyReader(List<Question> questions, PolicyKnowledge knowledge) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        this.questions = id -> Optional.ofNullable(byId.get(id));
        this.order = List.copyOf(questions);
        CueCatalogueReader.Result cues = CueCatalogueReader.read(knowledge.cuesLocation(), knowledge.cues(),
                this.questions);
        if (!cues.problems().isEmpty()) {
            throw new PolicyRulesException(cues.problems().stream().map(CueProblem::toString).toList());
        }
        this.matcher = new CueMatcher(cues.catalogue());
        try {
            this.rules = PrecompiledReadingRules.load(knowledge.drl())
                    .orElseGet(() -> ReadingRules.compile(knowledge.drl()));
        } catch (ReadingRules.CompileException e) {
            throw new PolicyRulesException(e.problems().stream().map(ReadingRules.Problem::toString).toList());
        }
    }

    /** The reader with the built-in cues and rules, built on first use and shared afterwards. */
    public static PolicyReader builtIn() {
        PolicyReader reader = builtIn;
        if (reader == null) {
            synchronized (PolicyReader.class) {
                reader = builtIn;
                if (reader == null) {
                    reader = new PolicyReader(Knowledge.load(KnowledgeFiles.builtIn()).questions().all(),
                            PolicyKnowledge.builtIn());
                    builtIn = reader;
                }
            }
        }
        return reader;
    }

    /**
     * A reader for a rules folder's questions, cues and reading rules (the built-in cues or rules where the folder
     * has none).
     *
     * @param questions the questions of the rule base the answers are for
     * @param knowledge the cues and rules
     * @throws PolicyRulesException listing every mistake in the cues or rules, with file and line
     */
    public static PolicyReader of(List<Question> questions, PolicyKnowledge knowledge) {
        return new PolicyReader(Objects.requireNonNull(questions, "questions"),
                Objects.requireNonNull(knowledge, "knowledge"));
    }

    /**
     * Reads a policy file.
     *
     * @param file  the policy
     * @param today the date to record as the date it was read
     * @return the suggestions and disagreements
     * @throws DocumentException if the file is missing, too big, encrypted, a scan or unreadable
     */
    public PolicyReading read(Path file, LocalDate today) {
        Objects.requireNonNull(file, "file");
        DocumentText text = DocumentReader.read(file);
        return read(text, describe(file, text, today));
    }

    /**
     * What to record about a document read: its name, SHA-256, format and the date. For callers that take the text
     * out first, for example while the reading rules are still compiling.
     */
    public static PolicyDocument describe(Path file, DocumentText text, LocalDate today) {
        Path name = file.getFileName();
        return new PolicyDocument(name == null ? file.toString() : name.toString(), sha256(file), text.format(),
                Objects.requireNonNull(today, "today").toString());
    }

    /**
     * Reads text already taken from a document, for tests and for tools that have the text.
     *
     * @param text     the document's text
     * @param document what to record about the document
     * @return the suggestions and disagreements
     */
    public PolicyReading read(DocumentText text, PolicyDocument document) {
        List<Sentence> sentences = Sentences.of(text);
        List<CueFound> cues = matcher.find(sentences);
        ReadingRules.Outcome outcome = rules.run(cues);
        Quotes quotes = new Quotes(sentences, cues, outcome.signals());

        Map<String, List<Suggested>> byQuestion = new LinkedHashMap<>();
        for (Suggested suggested : outcome.suggested()) {
            if (questions.apply(suggested.question()).map(q -> q.allows(suggested.value())).orElse(false)) {
                byQuestion.computeIfAbsent(suggested.question(), q -> new ArrayList<>()).add(suggested);
            }
        }
        Map<String, Disputed> disputes = new LinkedHashMap<>();
        outcome.disputed().forEach(d -> disputes.putIfAbsent(d.question(), d));

        List<Suggestion> suggestions = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>();
        for (Question question : order) {
            String id = question.id();
            List<Suggested> forQuestion = byQuestion.getOrDefault(id, List.of());
            boolean oneValue = forQuestion.stream().map(Suggested::value).distinct().count() == 1;
            if (oneValue && !disputes.containsKey(id)) {
                Suggested best = forQuestion.stream().filter(s -> s.confidence().equals("high")).findFirst()
                        .orElse(forQuestion.get(0));
                List<Evidence> evidence = quotes.evidence(best.quoting(), best.confidence());
                if (!evidence.isEmpty()) {
                    suggestions.add(new Suggestion(id, best.value(), best.confidence(), best.because(), evidence));
                }
            } else if (disputes.containsKey(id)) {
                Disputed disputed = disputes.get(id);
                disagreements.add(new Disagreement(id, disputed.because(), quotes.evidence(disputed.quoting(),
                        "medium")));
            } else if (!forQuestion.isEmpty()) {
                List<String> quoting = forQuestion.stream().flatMap(s -> s.quoting().stream()).distinct().toList();
                disagreements.add(new Disagreement(id, "The reading rules reached different answers: "
                        + String.join(", ", forQuestion.stream().map(Suggested::value).distinct().toList())
                        + "; the passages need a person's reading.", quotes.evidence(quoting, "medium")));
            }
        }
        return new PolicyReading(document, suggestions, disagreements);
    }

    private static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        } catch (java.io.IOException e) {
            throw new DocumentException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
