package org.monitoringadvisor.answers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads answers files (JSON or YAML, see the questionnaire contract) into {@link AnswersFile}s.
 *
 * <p>The file is read with Jackson's streaming parser rather than as a tree so that every answer's line is known
 * and can be named in later messages. Only the shape of the file is checked here; whether the question ids and
 * values are known is the engine's business.
 */
public final class AnswersFileReader {

    /** The two formats an answers file can be in. */
    public enum Format {
        JSON,
        YAML;

        /**
         * Jackson's factory for the format, made when a file is first parsed: naming a file's format needs none (a
         * new interview checks its file's name before its first prompt, which then does not wait for Jackson).
         */
        private JsonFactory factory() {
            return this == JSON ? Factories.JSON : Factories.YAML;
        }

        /**
         * The format a file name's extension calls for.
         *
         * @param file a file whose name ends in .json, .yaml or .yml (any case)
         * @return the format
         * @throws AnswersFileException for any other extension
         */
        public static Format of(Path file) {
            Path name = file.getFileName();
            String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                return JSON;
            }
            if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
                return YAML;
            }
            throw new AnswersFileException(file.toString(), "unknown file type; use .json, .yaml or .yml");
        }
    }

    /** The name used for answers read from standard input. */
    public static final String STDIN = "<stdin>";

    /**
     * The largest answers file read: a complete one is a few kilobytes, and refusing larger ones before parsing
     * keeps time and memory bounded whatever the file holds.
     */
    public static final int MAX_BYTES = 1 << 20;

    /** How deeply metadata may nest maps and lists. */
    public static final int MAX_DEPTH = 32;

    private static final String EXPECTED_MAP = "expected a map with an \"answers\" map inside";

    private AnswersFileReader() {
    }

    /**
     * Reads an answers file, choosing JSON or YAML by its extension.
     *
     * @param file the file; its name as given is used in messages
     * @return the file's metadata and answers
     * @throws AnswersFileException if the file cannot be read or is not a valid answers file
     */
    public static AnswersFile read(Path file) {
        String source = file.toString();
        Format format = Format.of(file);
        return read(source, readText(file, source), format);
    }

    /**
     * Reads answers from standard input (or any stream), taking it as JSON when its first non-blank character is
     * <code>{</code> and as YAML otherwise.
     *
     * @param in the stream, read to its end and not closed
     * @return the metadata and answers, with source {@code <stdin>}
     * @throws AnswersFileException if the input cannot be read or is not a valid answers file
     */
    public static AnswersFile readStdin(InputStream in) {
        String content;
        try {
            content = decode(STDIN, bounded(in, STDIN));
        } catch (IOException e) {
            throw new AnswersFileException(STDIN, 0, "cannot be read: " + e.getMessage(), e);
        }
        Format format = withoutBom(content).stripLeading().startsWith("{") ? Format.JSON : Format.YAML;
        return read(STDIN, content, format);
    }

    /**
     * Reads answers from text already in memory.
     *
     * @param sourceName the name to use in messages
     * @param content    the text of the file
     * @param format     JSON or YAML
     * @return the metadata and answers
     * @throws AnswersFileException if the text is not a valid answers file, or is over {@link #MAX_BYTES}
     */
    public static AnswersFile read(String sourceName, String content, Format format) {
        if (content.length() > MAX_BYTES) {
            throw tooLarge(sourceName);
        }
        String text = withoutBom(content);
        if (format == Format.YAML) {
            YamlRefusals.check(sourceName, text);
        }
        try (JsonParser parser = format.factory().createParser(text)) {
            return new Parse(sourceName, parser).file();
        } catch (JsonProcessingException e) {
            throw SyntaxErrors.describe(sourceName, format, text, e);
        } catch (IOException e) {
            // Reading from a String only fails on bad syntax, but the API declares IOException.
            throw new AnswersFileException(sourceName, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static String readText(Path file, String source) {
        try {
            if (Files.isDirectory(file)) {
                throw new AnswersFileException(source, "is a folder, not an answers file");
            }
            if (!Files.exists(file)) {
                throw new AnswersFileException(source, "file not found");
            }
            if (!Files.isRegularFile(file)) {
                // A device such as /dev/zero never ends, and a pipe can block for ever: read only plain files.
                throw new AnswersFileException(source, "is not a regular file (a device, pipe or socket); "
                        + "give an answers file, or - to read standard input");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(source);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return decode(source, bounded(in, source));
            }
        } catch (NoSuchFileException e) {
            throw new AnswersFileException(source, "file not found");
        } catch (AccessDeniedException e) {
            throw new AnswersFileException(source, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new AnswersFileException(source, 0, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** At most {@link #MAX_BYTES} of a stream; more is refused rather than read (the file may still be growing). */
    private static byte[] bounded(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source);
        }
        return bytes;
    }

    private static AnswersFileException tooLarge(String source) {
        return new AnswersFileException(source, "is larger than " + (MAX_BYTES >> 20)
                + " MiB, the limit for an answers file (a complete one is a few kilobytes); is it the right file?");
    }

    private static String decode(String source, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new AnswersFileException(source, "is not UTF-8 text; save it as UTF-8 and try again");
        }
    }

    private static String withoutBom(String content) {
        // Some Windows editors start UTF-8 files with a byte order mark, which the parsers would reject.
        return content.startsWith("\uFEFF") ? content.substring(1) : content;
    }

    /** One pass over a parser, positioned before the first token. */
    private static final class Factories {
        static final JsonFactory JSON = new JsonFactory();
        static final JsonFactory YAML = new YAMLFactory();
    }

    private static final class Parse {

        private final String source;
        private final JsonParser parser;
        private final Map<String, Object> metadata = new LinkedHashMap<>();
        private final Map<String, String> answers = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private int answersLine;

        Parse(String source, JsonParser parser) {
            this.source = source;
            this.parser = parser;
        }

        AnswersFile file() throws IOException {
            JsonToken first = next();
            if (first == null) {
                throw new AnswersFileException(source, "is empty; " + EXPECTED_MAP);
            }
            if (first != JsonToken.START_OBJECT) {
                throw new AnswersFileException(source, line(), EXPECTED_MAP);
            }
            Map<String, Integer> keys = new LinkedHashMap<>();
            while (next() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line();
                Integer earlier = keys.putIfAbsent(key, keyLine);
                next();
                if (AnswersFile.ANSWERS_KEY.equals(key)) {
                    readAnswers(keyLine, earlier);
                } else {
                    refuseDuplicate(key, earlier, keyLine);
                    // Metadata is kept whole, whatever its shape: its content is never a reason to reject a file.
                    metadata.put(key, value(1));
                }
            }
            if (next() != null) {
                throw new AnswersFileException(source, line(),
                        "unexpected content after the end of the top-level map; put everything in one map");
            }
            if (answersLine == 0) {
                throw new AnswersFileException(source, "has no \"answers\" map; put the answers under \"answers:\"");
            }
            return new AnswersFile(source, metadata, answers, lines);
        }

        private void readAnswers(int keyLine, Integer earlier) throws IOException {
            if (earlier != null) {
                throw new AnswersFileException(source, keyLine, "\"answers\" appears twice, on lines "
                        + earlier + " and " + keyLine + "; put all the answers in one \"answers\" map");
            }
            answersLine = keyLine;
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                return;
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                throw new AnswersFileException(source, keyLine,
                        "\"answers\" must be a map of question ids to answers, such as \"personal-use\": \"banned\"");
            }
            Map<String, Integer> seen = new LinkedHashMap<>();
            while (next() == JsonToken.FIELD_NAME) {
                String question = normalise(parser.currentName());
                int line = line();
                JsonToken value = next();
                Integer earlierAnswer = seen.putIfAbsent(question, line);
                if (earlierAnswer != null) {
                    throw new AnswersFileException(source, line, "question \"" + question
                            + "\" is answered twice, on lines " + earlierAnswer + " and " + line + "; keep only one");
                }
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    throw new AnswersFileException(source, line,
                            "answer to \"" + question + "\" must be a single value such as \"banned\"");
                }
                // getText keeps YAML's unquoted yes/no/true as written instead of turning them into booleans.
                String answer = value == JsonToken.VALUE_NULL ? "" : normalise(parser.getText());
                if (!answer.isEmpty()) { // an empty answer means "not answered yet"
                    answers.put(question, answer);
                    lines.put(question, line);
                }
            }
        }

        /** The value at the current token, as a plain Java JSON value, checked for depth and repeated keys. */
        private Object value(int depth) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (depth > MAX_DEPTH) {
                    throw new AnswersFileException(source, line(), "nested more than " + MAX_DEPTH
                            + " levels deep; an answers file needs only a few");
                }
            }
            if (token == JsonToken.START_OBJECT) {
                Map<String, Object> map = new LinkedHashMap<>();
                Map<String, Integer> keys = new LinkedHashMap<>();
                while (next() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    int keyLine = line();
                    refuseDuplicate(key, keys.putIfAbsent(key, keyLine), keyLine);
                    next();
                    map.put(key, value(depth + 1));
                }
                return map;
            }
            if (token == JsonToken.START_ARRAY) {
                List<Object> list = new ArrayList<>();
                while (next() != JsonToken.END_ARRAY) {
                    list.add(value(depth + 1));
                }
                return list;
            }
            return switch (token) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
                case VALUE_TRUE -> Boolean.TRUE;
                case VALUE_FALSE -> Boolean.FALSE;
                case VALUE_NULL -> null;
                default -> parser.getText();
            };
        }

        private void refuseDuplicate(String key, Integer earlier, int line) {
            if (earlier != null) {
                throw new AnswersFileException(source, line, "\"" + key + "\" appears twice in the same map, on lines "
                        + earlier + " and " + line + "; keep only one");
            }
        }

        private JsonToken next() throws IOException {
            return parser.nextToken();
        }

        private int line() {
            return Math.max(parser.currentTokenLocation().getLineNr(), 0);
        }

        private static String normalise(String text) {
            return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        }
    }
}
