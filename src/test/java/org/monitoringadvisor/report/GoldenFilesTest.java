package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.monitoringadvisor.cli.Cli;

/**
 * Every format of every document over the sample workplaces, compared byte for byte with the files under
 * {@code src/test/resources/golden/}, which were read by eye when they were made.
 *
 * <p>After a deliberate change of wording (a template, a finding, a source), regenerate them with
 * {@code mvn -B -q test -Dtest=GoldenFilesTest -Dgolden.update=true} and read the diff before committing.
 */
class GoldenFilesTest {

    private static final Path SAMPLES = Path.of("facts-samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    /** The samples whose letters are also kept in Markdown and HTML (the others in text only). */
    private static final List<String> FULL_LETTERS = List.of("call-centre-draconian", "agreement-follows-guidance");

    @TestFactory
    Stream<DynamicTest> reportsInEveryFormat() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            for (String format : List.of("text", "markdown", "html", "json")) {
                Path golden = GOLDEN.resolve("report").resolve(base(sample) + "." + extension(format));
                tests.add(check(golden, "assess", "--answers", sample.toString(), "--format", format));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> lettersForBothAudiences() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            List<String> formats = FULL_LETTERS.contains(base(sample)) ? List.of("text", "markdown", "html")
                    : List.of("text");
            for (String audience : List.of("rep", "employer")) {
                for (String format : formats) {
                    Path golden = GOLDEN.resolve("letter")
                            .resolve(base(sample) + "." + audience + "." + extension(format));
                    tests.add(check(golden, "brief", "--answers", sample.toString(), "--audience", audience,
                            "--format", format));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> comparisonInEveryFormat() {
        return Stream.of("text", "markdown", "html", "json").map(format -> check(
                GOLDEN.resolve("compare").resolve("call-centre." + extension(format)), "compare",
                SAMPLES.resolve("call-centre-draconian.yaml").toString(),
                SAMPLES.resolve("call-centre-after-talks.yaml").toString(), "--format", format));
    }

    private static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.sorted().toList();
        }
    }

    private static String base(Path sample) {
        String name = sample.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String extension(String format) {
        return switch (format) {
            case "text" -> "txt";
            case "markdown" -> "md";
            default -> format;
        };
    }

    private static DynamicTest check(Path golden, String... args) {
        return DynamicTest.dynamicTest(GOLDEN.relativize(golden).toString(), () -> {
            String actual = run(args);
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual);
                return;
            }
            assertThat(golden).as("golden file (make it with -Dgolden.update=true)").exists();
            String expected = Files.readString(golden);
            if (!expected.equals(actual)) {
                fail(golden + " differs from the output of " + String.join(" ", args) + " " + firstDifference(expected,
                        actual) + "; if the change is meant, regenerate with -Dgolden.update=true and read the diff");
            }
        });
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("exit code of %s: %s", String.join(" ", args), err).isZero();
        return out.toString();
    }

    private static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end of file>";
            String g = i < got.length ? got[i] : "<end of file>";
            if (!w.equals(g)) {
                return "at line " + (i + 1) + ":\n  expected: " + w + "\n  actual:   " + g + "\n";
            }
        }
        return "(line endings differ)";
    }
}
