package org.monitoringadvisor.report;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.monitoringadvisor.knowledge.FindingText;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.model.Source;

/**
 * The parts of a rule base's catalogues that documents read: the questions with their wording and order, the
 * guidance points (and which are elements of a balanced agreement), and the wording of the findings. Immutable,
 * and nothing here can run the rules: a document renders an assessment made earlier.
 */
public final class Catalogues {

    private final Knowledge knowledge;

    private Catalogues(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The catalogues of a loaded rule base. */
    public static Catalogues of(Knowledge knowledge) {
        return new Catalogues(Objects.requireNonNull(knowledge, "knowledge"));
    }

    /** Every question, in catalogue order. */
    public List<Question> questions() {
        return knowledge.questions().all();
    }

    /** The question with {@code id}, if the rule base has it. */
    public Optional<Question> question(String id) {
        return knowledge.questions().find(id);
    }

    /** Where the question comes in catalogue order (for sorting). */
    public int questionPosition(String id) {
        return knowledge.questions().position(id);
    }

    /** The guidance point with {@code id}, with its citation. */
    public Optional<Source> source(String id) {
        return knowledge.sources().find(id);
    }

    /** The guidance points that are elements of a balanced agreement, in catalogue order. */
    public List<Source> elements() {
        return knowledge.sources().elements();
    }

    /** The findings that show element {@code id} in place though none cites it (see {@code in-place-with}). */
    public List<String> inPlaceWith(String id) {
        return knowledge.sources().inPlaceWith(id);
    }

    /** The findings that make element {@code id} not apply to a workplace (see {@code not-applicable-with}). */
    public List<String> notApplicableWith(String id) {
        return knowledge.sources().notApplicableWith(id);
    }

    /** The wording of finding {@code id} beyond what the finding carries (its proposal for the letter). */
    public Optional<FindingText> finding(String id) {
        return knowledge.findings().find(id);
    }
}
