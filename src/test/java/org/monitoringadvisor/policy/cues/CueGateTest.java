package org.monitoringadvisor.policy.cues;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.PolicyKnowledge;
import org.monitoringadvisor.policy.text.DocumentReader;

/** The keyword gate skips a pattern only on sentences it cannot match, and skips most of them. */
class CueGateTest {

    @Test
    void takesTheMostSelectiveWordsThePatternCannotMatchWithout() {
        assertThat(CueGate.of("\\bpersonal use\\b[^.]{0,40}\\b(is|are) not").words()).containsExactly("personal use");
        assertThat(CueGate.of("\\b(may|might|could|can)( also)? (be )?monitored").words())
                .containsExactly("monitored");
        assertThat(CueGate.of("\\b(unrestricted|unlimited) (personal|private) use\\b").words())
                .containsExactly("unrestricted", "unlimited");
        assertThat(CueGate.of("\\b(consent|agree)\\w* to e-?mail monitoring").words()).containsExactly("mail monitoring");
        assertThat(CueGate.of("\\bcity (business|employees?)\\b").words()).containsExactly("city");
        assertThat(CueGate.of("routines+ check").words()).containsExactly("routines");
        assertThat(CueGate.of("(\\w+ ){0,2}(it|ict) policy").words()).containsExactly("policy");
        assertThat(CueGate.of("\\x27s own\\b").words()).containsExactly("s own");
        assertThat(CueGate.of("\\bno( personal)? use").words()).containsExactly("use");
    }

    @Test
    void givesNoGateWhereItCannotBeSure() {
        assertThat(CueGate.of("\\bno personal use\\b|\\bbusiness only\\b").words()).isEmpty();
        assertThat(CueGate.of("(?i)Personal Use").words()).isEmpty();
        assertThat(CueGate.of("\\Qa.b\\E").words()).isEmpty();
        assertThat(CueGate.of("a{0,3}bc{2}").words()).isEmpty();
        assertThat(CueGate.of("(?:ab|cd)").words()).isEmpty();
        assertThat(CueGate.of("").words()).isEmpty();
        assertThat(CueGate.of("anything").mayMatch("no such word")).isFalse();
        assertThat(CueGate.of("(?i)x").mayMatch("no such word")).isTrue();
    }

    @Test
    void aGatedPatternMatchesEverySentenceTheBarePatternMatchesAndSkipsMostOthers() throws IOException {
        List<Question> questions = Knowledge.load(KnowledgeFiles.builtIn()).questions().all();
        PolicyKnowledge knowledge = PolicyKnowledge.builtIn();
        CueCatalogue catalogue = CueCatalogueReader.read(knowledge.cuesLocation(), knowledge.cues(),
                id -> questions.stream().filter(q -> q.id().equals(id)).findFirst()).catalogue();
        List<Sentence> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/policy-corpus"))) {
            for (Path file : files.filter(f -> !f.toString().endsWith(".yaml")).sorted().toList()) {
                sentences.addAll(Sentences.of(DocumentReader.read(file)));
            }
        }
        assertThat(sentences).hasSizeGreaterThan(100);

        int tried = 0;
        int skipped = 0;
        int matched = 0;
        for (Cue cue : catalogue.cues()) {
            CueGate gate = CueGate.of(cue.pattern().pattern());
            for (Sentence sentence : sentences) {
                boolean passes = gate.mayMatch(sentence.normalised());
                if (cue.pattern().matcher(sentence.normalised()).find()) {
                    matched++;
                    assertThat(passes).as(cue.location() + " on: " + sentence.normalised()).isTrue();
                }
                tried++;
                skipped += passes ? 0 : 1;
            }
        }
        assertThat(matched).isGreaterThan(50);
        assertThat(skipped).as("pattern runs skipped, of " + tried).isGreaterThan(tried / 2);
    }
}
