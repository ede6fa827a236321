package org.monitoringadvisor.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes answers files in the contract format: the metadata keys first, in their order, then {@code answers}.
 * Output is pretty-printed with a 2-space indent and a trailing newline, and the same input always gives the same
 * text.
 */
public final class AnswersFileWriter {

    private static final ObjectWriter JSON = new ObjectMapper().writer(jsonPrinter());

    // Strings are always quoted so that values such as yes and no read back as text, not as YAML booleans.
    private static final ObjectWriter YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .disable(YAMLGenerator.Feature.USE_PLATFORM_LINE_BREAKS)
            .build()).writer();

    private AnswersFileWriter() {
    }

    /**
     * Writes an answers file, as JSON for a .json name and YAML for .yaml or .yml, atomically and readable by its
     * owner only (see {@link PrivateFiles#writeAtomically}).
     *
     * @param file the file to write; its folder must exist
     * @param data the metadata and answers to write (the source and lines are not written)
     * @throws AnswersFileException if the extension is unknown or the file cannot be written
     */
    public static void write(Path file, AnswersFile data) {
        String text = switch (AnswersFileReader.Format.of(file)) {
            case JSON -> toJson(data.metadata(), data.answers());
            case YAML -> toYaml(data.metadata(), data.answers());
        };
        PrivateFiles.writeAtomically(file, text);
    }

    /**
     * The text of an answers file in JSON.
     *
     * @param metadata top-level keys to write before the answers, as plain Java JSON values
     * @param answers  question id to value
     * @return pretty-printed JSON ending in a newline
     * @throws IllegalArgumentException if the metadata has an {@code answers} key or cannot be written as JSON
     */
    public static String toJson(Map<String, Object> metadata, Map<String, String> answers) {
        return render(JSON, metadata, answers);
    }

    /**
     * The text of an answers file in YAML, with every string quoted.
     *
     * @param metadata top-level keys to write before the answers, as plain Java JSON values
     * @param answers  question id to value
     * @return YAML without a document start marker, ending in a newline
     * @throws IllegalArgumentException if the metadata has an {@code answers} key or cannot be written as YAML
     */
    public static String toYaml(Map<String, Object> metadata, Map<String, String> answers) {
        return render(YAML, metadata, answers);
    }

    private static String render(ObjectWriter writer, Map<String, Object> metadata, Map<String, String> answers) {
        if (metadata.containsKey(AnswersFile.ANSWERS_KEY)) {
            throw new IllegalArgumentException("metadata cannot have an \"answers\" key");
        }
        Map<String, Object> root = new LinkedHashMap<>(metadata);
        root.put(AnswersFile.ANSWERS_KEY, answers);
        try {
            String text = writer.writeValueAsString(root);
            return text.endsWith("\n") ? text : text + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the answers: " + e.getOriginalMessage(), e);
        }
    }

    private static DefaultPrettyPrinter jsonPrinter() {
        // "key": value rather than Jackson's default "key" : value, and "\n" on every platform.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
