package org.monitoringadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.answers.AnswersFileWriter;
import org.monitoringadvisor.cli.Cli;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Question;

/**
 * Saved answers outlive releases: files written by an earlier release (or another tool) with keys this release
 * does not know still load and assess, and the contract's question ids and values are still in the catalogue.
 */
class CompatibilityTest {

    private static final Path FIXTURES = Path.of("src/test/resources/compatibility");
    private static final Path CONTRACT = Path.of("docs/questionnaire-contract.md");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"older-release.json", "older-release.yaml"})
    void anOlderFileWithUnknownKeysLoadsAndKeepsThemAsMetadata(String name) {
        AnswersFile file = AnswersFileReader.read(FIXTURES.resolve(name));

        assertThat(file.answers()).containsExactly(Map.entry("policy-exists", "yes"),
                Map.entry("monitoring-practice", "routine"), Map.entry("monitoring-disclosed", "partly"));
        assertThat(file.metadata()).containsKeys("format", "version", "savedBy", "notes", "interview", "reviewedBy");
        assertThat(file.metadata().get("version")).isEqualTo(1);
        assertThat(file.employer()).contains("Example Academy Trust");
    }

    @ParameterizedTest
    @ValueSource(strings = {"older-release.json", "older-release.yaml"})
    void anOlderFileAssessesAndItsExtraKeysComeBackInTheFindingsJson(String name) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"assess", "--answers", FIXTURES.resolve(name).toString(), "--format", "json"},
                InputStream.nullInputStream(), new PrintWriter(out), new PrintWriter(err));

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("metadata").path("savedBy").asText()).isEqualTo("monitoring-advisor 0.0.9");
        assertThat(json.path("findings").toString()).contains("\"monitoring-disclosed\"");
    }

    @Test
    void extraKeysSurviveBeingWrittenBackAndReadAgain() {
        AnswersFile older = AnswersFileReader.read(FIXTURES.resolve("older-release.json"));
        Path saved = dir.resolve("saved.json");

        AnswersFileWriter.write(saved, older);
        AnswersFile again = AnswersFileReader.read(saved);

        assertThat(again.metadata()).isEqualTo(older.metadata());
        assertThat(again.answers()).isEqualTo(older.answers());
    }

    @Test
    void everyQuestionAndValueOfTheContractIsInTheCatalogue() throws Exception {
        Map<String, List<String>> contract = contractQuestions();
        Advisor advisor = Advisor.builtIn();

        assertThat(contract).hasSize(13);
        contract.forEach((id, values) -> {
            Question question = advisor.question(id).orElseThrow(() -> new AssertionError("contract question " + id));
            assertThat(question.values()).as(id).containsAll(values).contains("unknown");
        });
    }

    @Test
    void theContractTableIsReadAsItIsWritten() throws Exception {
        assertThat(contractQuestions().get("monitoring-practice")).containsExactly("none", "on-suspicion-only", "routine");
    }

    /** The core questions table of the contract: id to values. */
    private static Map<String, List<String>> contractQuestions() throws Exception {
        Pattern row = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ([^|]+) \\|");
        Pattern word = Pattern.compile("`([a-z0-9-]+)`");
        Map<String, List<String>> questions = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(CONTRACT)) {
            if (line.startsWith("## ")) {
                inTable = line.equals("## Core questions");
            }
            Matcher m = row.matcher(line);
            if (inTable && m.find()) {
                List<String> values = new ArrayList<>();
                Matcher v = word.matcher(m.group(2));
                while (v.find()) {
                    values.add(v.group(1));
                }
                questions.put(m.group(1), values);
            }
        }
        return questions;
    }
}
