package org.monitoringadvisor.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswersFileWriterTest {

    @TempDir
    Path dir;

    private static AnswersFile sample() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("employer", "Example Borough Council");
        metadata.put("date", "2024-05-01");
        metadata.put("visits", 3);
        metadata.put("rep", Map.of("name", "Sam"));
        metadata.put("tags", List.of("depot", "no"));
        metadata.put("note", null);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("policy-exists", "yes");
        answers.put("explanation-first", "no");
        answers.put("personal-use", "banned");
        return AnswersFile.of("interview", metadata, answers);
    }

    @ParameterizedTest
    @ValueSource(strings = {"saved.json", "saved.yaml", "saved.yml"})
    void writtenFileReadsBackWithTheSameMetadataAndAnswers(String name) {
        Path path = dir.resolve(name);
        AnswersFile original = sample();

        AnswersFileWriter.write(path, original);
        AnswersFile read = AnswersFileReader.read(path);

        assertThat(read.metadata()).containsExactlyEntriesOf(original.metadata());
        assertThat(read.answers()).containsExactlyEntriesOf(original.answers());
    }

    @Test
    void writesPrettyJsonWithMetadataFirst() {
        String json = AnswersFileWriter.toJson(Map.of("employer", "Acme"), Map.of("personal-use", "banned"));

        assertThat(json).isEqualTo("""
                {
                  "employer": "Acme",
                  "answers": {
                    "personal-use": "banned"
                  }
                }
                """);
    }

    @Test
    void writesYamlWithQuotedStringsAndNoDocumentMarker() {
        String yaml = AnswersFileWriter.toYaml(Map.of("employer", "Acme"), Map.of("policy-exists", "yes"));

        assertThat(yaml).isEqualTo("""
                employer: "Acme"
                answers:
                  policy-exists: "yes"
                """);
    }

    @Test
    void writesTheSameTextForTheSameInput() {
        AnswersFile data = sample();

        assertThat(AnswersFileWriter.toJson(data.metadata(), data.answers()))
                .isEqualTo(AnswersFileWriter.toJson(data.metadata(), data.answers()));
        assertThat(AnswersFileWriter.toYaml(data.metadata(), data.answers()))
                .isEqualTo(AnswersFileWriter.toYaml(data.metadata(), data.answers()));
    }

    @Test
    void writesEmptyAnswers() {
        assertThat(AnswersFileWriter.toJson(Map.of(), Map.of())).isEqualTo("{\n  \"answers\": {}\n}\n");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path path = dir.resolve("saved.json");
        Files.writeString(path, "old contents that are longer than the new ones".repeat(20));

        AnswersFileWriter.write(path, AnswersFile.of("x", Map.of(), Map.of("personal-use", "banned")));

        assertThat(AnswersFileReader.read(path).answers()).containsExactly(Map.entry("personal-use", "banned"));
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void rejectsAnUnknownExtensionAndWritesNothing() {
        Path path = dir.resolve("saved.txt");

        assertThatThrownBy(() -> AnswersFileWriter.write(path, sample()))
                .isInstanceOf(AnswersFileException.class)
                .hasMessage(path + ": unknown file type; use .json, .yaml or .yml");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void rejectsMetadataWithAnAnswersKey() {
        assertThatThrownBy(() -> AnswersFileWriter.toJson(Map.of("answers", "x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
