package org.monitoringadvisor.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.monitoringadvisor.model.Question;

/** Made-up answer sets for tests that run the rules over many workplaces: the same sets for the same seed. */
public final class RandomAnswers {

    private RandomAnswers() {
    }

    /**
     * Each question answered with one of its values at random, or left out; how many are left out differs from one
     * set to the next (from about half to about one in nine), so sparse and full sets both come up.
     */
    public static Map<String, String> draw(List<Question> questions, Random random) {
        int skipOneIn = 1 + random.nextInt(8);
        Map<String, String> answers = new LinkedHashMap<>();
        for (Question question : questions) {
            if (random.nextInt(skipOneIn + 1) > 0) {
                List<String> values = question.values();
                answers.put(question.id(), values.get(random.nextInt(values.size())));
            }
        }
        return answers;
    }
}
