package org.monitoringadvisor.engine.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.knowledge.QuestionCatalogue;
import org.monitoringadvisor.model.Answer;
import org.monitoringadvisor.model.Question;

/**
 * Catalogue order for question ids: by position in the catalogue, ties (questions the catalogue does not know) by
 * id, so no question hides another. Sorting looks each position up once, where a comparator looks two up at every
 * comparison. A session keeps its answers in arrays indexed by these positions, so walking them in order needs no
 * sort at all.
 */
public final class QuestionOrder {

    private final String[] ids;
    /**
     * Each question's position, keyed by its id as the JVM's one shared copy of that string: the ids the rules name
     * (string literals in their compiled classes) are that same copy, so a lookup from a rule's fact finds its key
     * without comparing characters.
     */
    private final Map<String, Integer> positions = new HashMap<>();
    private final AnswerFacts answers;

    /** The order of {@code catalogue}'s questions. */
    public QuestionOrder(QuestionCatalogue catalogue) {
        List<Question> questions = catalogue.all();
        this.ids = new String[questions.size()];
        for (Question question : questions) {
            String id = question.id().intern();
            ids[positions.size()] = id;
            positions.put(id, positions.size());
        }
        this.answers = new AnswerFacts(catalogue, ids);
    }

    /** The position of {@code question} in the catalogue, or {@link Integer#MAX_VALUE} if it is not in it. */
    public int position(String question) {
        Integer position = positions.get(question);
        return position == null ? Integer.MAX_VALUE : position;
    }

    /** How many questions the catalogue has: positions run from 0 to one less than this. */
    public int size() {
        return ids.length;
    }

    /** The id of the question at {@code position} in the catalogue. */
    public String id(int position) {
        return ids[position];
    }

    /** The fact for the answer {@code value} to the question at {@code position}, shared by every session. */
    Answer answer(int position, String value) {
        return answers.answer(position, value);
    }

    /** {@code questions} in catalogue order, as a new list. */
    public List<String> sorted(Collection<String> questions) {
        String[] sorted = questions.toArray(new String[0]);
        int[] keys = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            keys[i] = position(sorted[i]);
        }
        sort(sorted, keys);
        return Arrays.asList(sorted);
    }

    /** Sorts {@code ids} in place by {@code keys} (their positions), ties by id. */
    static void sort(String[] ids, int[] keys) {
        // Insertion sort: a catalogue has a few dozen questions.
        for (int i = 1; i < ids.length; i++) {
            String id = ids[i];
            int key = keys[i];
            int j = i - 1;
            while (j >= 0 && (keys[j] > key || keys[j] == key && ids[j].compareTo(id) > 0)) {
                ids[j + 1] = ids[j];
                keys[j + 1] = keys[j];
                j--;
            }
            ids[j + 1] = id;
            keys[j + 1] = key;
        }
    }
}
