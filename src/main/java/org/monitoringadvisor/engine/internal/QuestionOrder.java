package org.monitoringadvisor.engine.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Catalogue order for question ids: by position in the catalogue, ties (questions the catalogue does not know) by
 * id, so no question hides another. Sorting looks each position up once, where a comparator looks two up at every
 * comparison; an assessment sorts its answers and questions several times.
 */
public final class QuestionOrder {

    private final ToIntFunction<String> position;

    /** An order by {@code position}, the catalogue position of a question id. */
    public QuestionOrder(ToIntFunction<String> position) {
        this.position = position;
    }

    /** The position of {@code question} in the catalogue. */
    public int position(String question) {
        return position.applyAsInt(question);
    }

    /** {@code questions} in catalogue order, as a new list. */
    public List<String> sorted(Collection<String> questions) {
        String[] ids = questions.toArray(new String[0]);
        int[] keys = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            keys[i] = position.applyAsInt(ids[i]);
        }
        sort(ids, keys);
        return Arrays.asList(ids);
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
