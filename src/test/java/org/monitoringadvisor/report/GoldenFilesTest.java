package org.monitoringadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.monitoringadvisor.cli.Cli;

/**
 * Every format of every document (the report, the letter for both audiences, the comparison, the survey
 * summary), rendered from the small fixture rule base in {@code src/test/resources/golden-fixture/} and compared byte for byte with the files
 * under {@code src/test/resources/golden/}, which were read by eye when they were made.
 *
 * <p>They pin down layout and rendering, not what the built-in rules conclude (the scenarios and
 * {@code SamplesTest} do that), so a reworded finding or a new source in the built-in rule base leaves them alone.
 * After a deliberate change to a template, regenerate them with
 * {@code mvn -B -q test -Dtest=GoldenFilesTest -Dgolden.update=true} and read the diff before committing.
 */
class GoldenFilesTest {

    private static final Path FIXTURE = Path.of("src/test/resources/golden-fixture");
    private static final String RULES = FIXTURE.resolve("rules").toString();
    private static final String BEFORE = FIXTURE.resolve("answers/before.yaml").toString();
    private static final String AFTER = FIXTURE.resolve("answers/after.yaml").toString();
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final List<String> DOCUMENT_FORMATS = List.of("text", "markdown", "html");

    @TestFactory
    Stream<DynamicTest> reportInEveryFormat() {
        return Stream.concat(DOCUMENT_FORMATS.stream(), Stream.of("json")).map(format -> check(
                GOLDEN.resolve("report." + extension(format)),
                "assess", "--rules", RULES, "--answers", BEFORE, "--format", format));
    }

    @TestFactory
    Stream<DynamicTest> letterForBothAudiences() {
        return Stream.of("rep", "employer").flatMap(audience -> DOCUMENT_FORMATS.stream().map(format -> check(
                GOLDEN.resolve("letter." + audience + "." + extension(format)),
                "brief", "--rules", RULES, "--answers", BEFORE, "--audience", audience, "--format", format)));
    }

    @TestFactory
    Stream<DynamicTest> meetingBriefInEveryFormat() {
        return DOCUMENT_FORMATS.stream().map(format -> check(GOLDEN.resolve("brief-short." + extension(format)),
                "brief", "--rules", RULES, "--answers", BEFORE, "--length", "short", "--format", format));
    }

    @TestFactory
    Stream<DynamicTest> comparisonInEveryFormat() {
        return Stream.concat(DOCUMENT_FORMATS.stream(), Stream.of("json")).map(format -> check(
                GOLDEN.resolve("compare." + extension(format)),
                "compare", "--rules", RULES, BEFORE, AFTER, "--format", format));
    }

    /** A folder of two workplaces, one bad record (named, with markup in it) and one file that is not answers. */
    @TestFactory
    Stream<DynamicTest> surveySummaryInEveryFormat() {
        return Stream.of("text", "html", "json").map(format -> check(GOLDEN.resolve("survey." + extension(format)), 1,
                "survey", "--rules", RULES, FIXTURE.resolve("survey").toString(), "--format", format));
    }

    private static String extension(String format) {
        return switch (format) {
            case "text" -> "txt";
            case "markdown" -> "md";
            default -> format;
        };
    }

    private static DynamicTest check(Path golden, String... args) {
        return check(golden, 0, args);
    }

    private static DynamicTest check(Path golden, int exitCode, String... args) {
        return DynamicTest.dynamicTest(GOLDEN.relativize(golden).toString(), () -> {
            String actual = run(exitCode, args);
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

    private static String run(int exitCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as("exit code of %s: %s", String.join(" ", args), err).isEqualTo(exitCode);
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
