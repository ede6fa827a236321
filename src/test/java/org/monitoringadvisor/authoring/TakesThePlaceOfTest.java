package org.monitoringadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.FindingCatalogue;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Finding;

/**
 * {@code takes-the-place-of} in the findings catalogue says what the rules do: over many random answer sets, a gap
 * and one it takes the place of never come together, though each of them does come up.
 */
class TakesThePlaceOfTest {

    @Test
    void aWiderGapAndAPointItTakesThePlaceOfAreNeverConcludedTogether() {
        Advisor advisor = Advisor.builtIn();
        FindingCatalogue catalogue = advisor.knowledge().findings();
        Random random = new Random(11);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3000; i++) {
            Set<String> found = new HashSet<>();
            for (Finding finding : advisor.assess(RandomAnswers.draw(advisor.questions(), random)).findings()) {
                found.add(finding.id());
            }
            for (String wider : found) {
                assertThat(catalogue.takesThePlaceOf(wider)).as("concluded beside %s in %s", wider, found)
                        .noneMatch(found::contains);
            }
            seen.addAll(found);
        }
        catalogue.all().stream().filter(f -> !catalogue.takesThePlaceOf(f.id()).isEmpty()).forEach(wider -> {
            assertThat(seen).as("the wider gap comes up").contains(wider.id());
            assertThat(seen).as("what it takes the place of comes up without it")
                    .containsAll(catalogue.takesThePlaceOf(wider.id()));
        });
    }
}
