package org.monitoringadvisor.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.monitoringadvisor.answers.AnswersChecker;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.answers.AnswersFileWriter;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.engine.Outcome;
import org.monitoringadvisor.model.Finding;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Relevance;
import org.monitoringadvisor.policy.Evidence;
import org.monitoringadvisor.policy.PolicyAnswers;
import org.monitoringadvisor.policy.PolicyConfirmations;
import org.monitoringadvisor.policy.PolicyEvidence;
import org.monitoringadvisor.report.ReportInput;

/**
 * The one interview a browser session drives: the engine's {@link Interview}, the answers file it saves to after
 * every answer (with the same writer and the same metadata as the console, so either can carry on the other's
 * file), and the order questions were first answered in, for Back. Every method is synchronized: the server may
 * run two requests at once.
 */
final class WebInterview implements AutoCloseable {

    private final Advisor advisor;
    private final WebSettings settings;
    private final Interview interview;
    /** Questions in the order they were first answered, for Back. */
    private final List<String> asked = new ArrayList<>();

    private Path file;
    private Map<String, Object> metadata;
    private String employer = "";
    /** Why the last save failed, or null when it worked. */
    private String saveProblem;
    private int carriedOn;
    private Change notice;
    /** How many policy suggestions the rep has dealt with in this interview, for "Suggestion 2 of 4". */
    private int suggestionsDone;

    WebInterview(Advisor advisor, WebSettings settings) {
        this.advisor = advisor;
        this.settings = settings;
        this.interview = advisor.startInterview();
        AnswersFile resumed = settings.resumed();
        if (resumed != null) {
            employer = resumed.employer().orElse("");
            file = settings.file() != null ? settings.file() : Path.of(resumed.source());
            metadata = new LinkedHashMap<>(resumed.metadata());
            interview.answerAll(AnswersChecker.check(resumed, advisor).answers());
            interview.relevant().stream().map(Question::id).filter(interview.answers()::containsKey)
                    .forEach(asked::add);
            carriedOn = interview.answers().size();
        }
    }

    /** Whether the interview has begun: the employer page was sent, or saved answers are being carried on with. */
    synchronized boolean started() {
        return metadata != null;
    }

    /** How many answers came from the file being resumed (0 for a new interview). */
    synchronized int carriedOn() {
        return carriedOn;
    }

    /**
     * Begins a new interview for this employer (blank for none): the metadata the console would write, and the
     * file it would choose.
     */
    synchronized void start(String employerName) {
        if (started()) {
            return;
        }
        employer = employerName.strip();
        metadata = new LinkedHashMap<>();
        if (!employer.isEmpty()) {
            metadata.put("employer", employer);
        }
        metadata.put("date", settings.today().toString());
        file = settings.file() != null ? settings.file() : settings.namer().apply(employer);
        if (settings.policy() != null) {
            metadata.putAll(PolicyAnswers.metadata(settings.policy()));
            interview.answerAll(PolicyAnswers.answers(settings.policy()));
            save();
        }
    }

    /**
     * The answers the policy suggested that still wait for the rep's word, in the questionnaire's order: from
     * {@code --policy}, or in a file {@code read-policy} wrote. The console asks these first, and so does this.
     */
    synchronized List<Question> pendingSuggestions() {
        return metadata == null ? List.of()
                : PolicyConfirmations.pending(metadata, advisor.questions(), interview.answers());
    }

    /** The suggestion for this question, if it still waits for the rep's word. */
    synchronized Optional<Question> suggestion(String id) {
        return pendingSuggestions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The policy's words behind the suggested answer to a question. */
    synchronized List<Evidence> evidence(Question question) {
        return metadata == null ? List.of() : PolicyEvidence.from(metadata).of(question.id());
    }

    /** How many answers the policy read for {@code --policy} suggests, before the interview starts (0 without one). */
    synchronized int policySuggestions() {
        return settings.policy() == null ? 0 : settings.policy().suggestions().size();
    }

    /** The policy file's name, or empty when the answers did not come from one. */
    synchronized String policyFile() {
        return metadata == null ? "" : PolicyEvidence.from(metadata).policyFile();
    }

    /** Which suggestion this is, from 1, and how many there are in all, for "Suggestion 2 of 4". */
    synchronized int[] suggestionPlace() {
        return new int[] {suggestionsDone + 1, suggestionsDone + pendingSuggestions().size()};
    }

    /**
     * The rep's word on a suggestion, as the console takes it: the suggested answer accepts it and keeps its
     * evidence; any other replaces it and drops the evidence. Either way the question is listed as confirmed and
     * the file saved.
     */
    synchronized void confirm(Question question, String value) {
        boolean replaced = !value.equals(interview.answers().get(question.id()));
        metadata = PolicyConfirmations.confirmed(metadata, question.id(), replaced);
        suggestionsDone++;
        if (replaced) {
            answer(question, value);
        } else {
            if (!asked.contains(question.id())) {
                asked.add(question.id());
            }
            save();
        }
    }

    synchronized String employer() {
        return employer;
    }

    /** The answers file, once the interview has started. */
    synchronized Path file() {
        return file;
    }

    /** Why the last save failed, or null. */
    synchronized String saveProblem() {
        return saveProblem;
    }

    /** The first relevant question without an answer; empty when all are answered. */
    synchronized Optional<Question> next() {
        return interview.next();
    }

    /** How many relevant questions are still unanswered. */
    synchronized int remaining() {
        return interview.remaining().size();
    }

    /** The question with this id, if the rules make it relevant now (only those can be answered or changed). */
    synchronized Optional<Question> relevant(String id) {
        return interview.isRelevant(id) ? advisor.question(id) : Optional.empty();
    }

    /** The current answer to a question, or null. */
    synchronized String answerTo(String question) {
        return interview.answers().get(question);
    }

    /** Every answer so far, in catalogue order. */
    synchronized Map<String, String> answers() {
        return interview.answers();
    }

    /** The relevant questions that have an answer, in catalogue order, as the review lists them. */
    synchronized List<Question> answered() {
        return interview.relevant().stream().filter(q -> interview.answers().containsKey(q.id())).toList();
    }

    /** The number the console gives a new question: one more than the relevant questions answered so far. */
    synchronized int number() {
        return answered().size() + 1;
    }

    /** Gives or changes an answer and saves the file; after a change, says on the next page what it changed. */
    synchronized void answer(Question question, String value) {
        String before = interview.answers().get(question.id());
        List<Finding> findingsBefore = before == null ? List.of() : interview.findings();
        interview.answer(question.id(), value);
        if (!asked.contains(question.id())) {
            asked.add(question.id());
        }
        save();
        if (before != null && !before.equals(value)) {
            notice = Change.of(question, value, findingsBefore, interview.findings());
        }
    }

    /** What the last change of an answer brought and took away, once: the next page shows it. */
    synchronized Change takeNotice() {
        Change taken = notice;
        notice = null;
        return taken;
    }

    /** The relevant answered question before {@code question} in the order they were first answered, or null. */
    synchronized Question previous(Question question) {
        int index = question == null ? -1 : asked.indexOf(question.id());
        List<String> earlier = index < 0 ? asked : asked.subList(0, index);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String id = earlier.get(i);
            if (interview.isRelevant(id) && interview.answers().containsKey(id)) {
                return advisor.question(id).orElseThrow();
            }
        }
        return null;
    }

    /** Why the rules ask this question now. */
    synchronized List<Relevance> whyAsked(Question question) {
        return interview.whyAsked(question.id());
    }

    /** What each answer to this question would lead to, given the other answers. */
    synchronized List<Outcome> outcomes(Question question) {
        return Outcome.forEachOption(advisor, interview.answers(), question);
    }

    synchronized Advisor advisor() {
        return advisor;
    }

    /** The assessment of the answers so far, with the metadata the file carries: what {@code assess} reads. */
    synchronized ReportInput reportInput() {
        return ReportInput.of(interview.assessment(), advisor.knowledge(),
                metadata == null ? Map.of() : metadata);
    }

    /**
     * Writes the answers file (atomically, readable by the owner only), as the console does; nothing is written
     * before the first answer. Remembers why it failed, for the next page to say.
     */
    synchronized void save() {
        if (file == null || interview.answers().isEmpty()) {
            return;
        }
        try {
            AnswersFileWriter.write(file, AnswersFile.of(file.toString(), metadata, interview.answers()));
            saveProblem = null;
        } catch (AnswersFileException e) {
            saveProblem = e.getMessage();
        }
    }

    @Override
    public synchronized void close() {
        interview.close();
    }
}
