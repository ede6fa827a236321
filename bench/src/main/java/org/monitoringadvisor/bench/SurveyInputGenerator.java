package org.monitoringadvisor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.model.Question;

/**
 * Writes a JSON Lines survey input of made-up workplaces for the survey benchmark ({@code bench/survey.sh}):
 * each line has an employer and workplace and answers most questions of the built-in catalogue at random, the same
 * for the same count. Every thousandth line is broken on purpose (a value no question allows), so the benchmark
 * also exercises skipping. Generated on demand, never committed.
 *
 * <p>Usage: {@code SurveyInputGenerator COUNT FILE}
 */
public final class SurveyInputGenerator {

    private SurveyInputGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SurveyInputGenerator COUNT FILE");
        }
        int count = Integer.parseInt(args[0]);
        List<Question> questions = Knowledge.load(KnowledgeFiles.builtIn()).questions().all();
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(count);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (int i = 1; i <= count; i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("employer", "Employer " + i);
                line.put("workplace", "Site " + (i % 97));
                Map<String, String> answers = new LinkedHashMap<>();
                for (Question question : questions) {
                    if (random.nextInt(6) > 0) {
                        List<String> values = question.values();
                        answers.put(question.id(), values.get(random.nextInt(values.size())));
                    }
                }
                if (i % 1000 == 0) {
                    answers.put(questions.get(0).id(), "not-an-allowed-value");
                }
                line.put("answers", answers);
                out.write(json.writeValueAsString(line));
                out.write('\n');
            }
        }
    }
}
