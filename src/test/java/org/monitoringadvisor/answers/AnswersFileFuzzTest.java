package org.monitoringadvisor.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the answers-file reader six hundred broken files from a seeded generator (random bytes, truncations
 * and mutations of a good file, deep nesting, long strings, other encodings). Each must either read or be
 * refused with an {@link AnswersFileException} whose message names the file and shows no parser internals;
 * nothing else may escape. Time and memory are bounded by construction: no file is over
 * {@link AnswersFileReader#MAX_BYTES}, and larger ones are refused before parsing (tested beside this).
 * The command line's exit code and the absence of a stack trace are checked in {@code AssessFuzzTest}.
 */
class AnswersFileFuzzTest {

    static final long SEED = 20261201L;
    static final int CASES = 600;

    private static final String GOOD_YAML = """
            # a visit
            employer: "Acme Ltd"
            rep: {name: Sam, phones: [1, 2.5]}
            answers:
              policy-exists: yes
              personal-use: banned
              monitoring-practice: 'routine'
            """;
    private static final String GOOD_JSON = """
            {"employer": "Acme Ltd", "rep": {"name": "Sam", "phones": [1, 2.5]},
             "answers": {"policy-exists": "yes", "personal-use": "banned"}}
            """;
    private static final String SPECIALS = "{}[]:,\"'&*!#|>-?%@`\\\n\t \r\u0000\u00e9\u2028\ufeff\ud83d";

    @TempDir
    Path dir;

    /** The generated cases, shared with the command-line fuzz test so both see the same inputs. */
    static List<byte[]> cases(long seed, int count) {
        Random random = new Random(seed);
        List<byte[]> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(one(random));
        }
        return cases;
    }

    private static byte[] one(Random random) {
        String good = random.nextBoolean() ? GOOD_YAML : GOOD_JSON;
        switch (random.nextInt(8)) {
            case 0: { // random bytes
                byte[] bytes = new byte[random.nextInt(2048)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 1: // truncation
                return good.substring(0, random.nextInt(good.length())).getBytes(StandardCharsets.UTF_8);
            case 2: { // mutations
                StringBuilder text = new StringBuilder(good);
                for (int m = 1 + random.nextInt(6); m > 0; m--) {
                    int at = random.nextInt(text.length() + 1);
                    if (random.nextBoolean() && at < text.length()) {
                        text.deleteCharAt(at);
                    } else {
                        text.insert(at, SPECIALS.charAt(random.nextInt(SPECIALS.length())));
                    }
                }
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 3: { // deep nesting, as JSON or YAML flow collections
                int depth = 1 + random.nextInt(5_000);
                String open = random.nextBoolean() ? "[" : "{\"a\": ";
                return ("{\"employer\": " + open.repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            case 4: { // deep block nesting in YAML
                StringBuilder text = new StringBuilder("answers: {}\nrep:\n");
                for (int level = 1; level < 1 + random.nextInt(300); level++) {
                    text.append(" ".repeat(level)).append("k").append(level).append(":\n");
                }
                return text.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 5: { // long strings, as keys or values, quoted or not
                String longText = "é".repeat(1 + random.nextInt(20_000));
                String text = random.nextBoolean()
                        ? "employer: " + longText + "\nanswers:\n  personal-use: banned\n"
                        : "{\"answers\": {\"" + longText + "\": \"" + longText + "\"}}";
                return text.getBytes(StandardCharsets.UTF_8);
            }
            case 6: // other encodings
                return good.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1);
            default: { // a good file with a stray byte that is not UTF-8
                byte[] bytes = (good + "employer2: café").getBytes(StandardCharsets.ISO_8859_1);
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
                return bytes;
            }
        }
    }

    @Test
    void everyBrokenFileIsReadOrRefusedWithAPlainMessage() throws IOException {
        List<byte[]> cases = cases(SEED, CASES);
        for (int i = 0; i < cases.size(); i++) {
            assertThat(cases.get(i).length).isLessThanOrEqualTo(AnswersFileReader.MAX_BYTES);
            Path file = dir.resolve("case-" + i + (i % 2 == 0 ? ".yaml" : ".json"));
            Files.write(file, cases.get(i));
            try {
                AnswersFileReader.read(file);
            } catch (AnswersFileException e) {
                assertPlain(e.getMessage(), file.toString(), i);
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + i + " (seed " + SEED + ") escaped as " + e, e);
            }
            Files.delete(file);
        }
    }

    static void assertPlain(String message, String file, int i) {
        assertThat(message).as("case %d", i).startsWith(file + ":");
        assertThat(message.substring(file.length() + 1).strip()).as("case %d", i).isNotEmpty();
        assertThat(message).as("case %d: %s", i, message)
                .doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("snakeyaml")
                .doesNotContain("com.fasterxml").doesNotContain("org.yaml").doesNotContain("Exception")
                .doesNotContain("StreamReadConstraints");
    }
}
