package org.monitoringadvisor.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answers files a careless or hostile user might give: each is refused with a message naming the line. */
class AnswersFileHardeningTest {

    @TempDir
    Path dir;

    private AnswersFileException failure(String name, String... lines) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, String.join("\n", lines) + "\n");
        return catchThrowableOfType(AnswersFileException.class, () -> AnswersFileReader.read(path));
    }

    @Test
    void refusesAYamlAliasThatWouldAnswerForAnotherLine() throws IOException {
        AnswersFileException e = failure("a.yaml",
                "employer: Acme",
                "answers:",
                "  personal-use: &no allowed",
                "  explanation-first: *no");

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("anchors (&no)").contains("not allowed");
    }

    @Test
    void refusesAnUndefinedAliasInsteadOfReadingItsName() throws IOException {
        AnswersFileException e = failure("a.yaml",
                "employer: Acme",
                "answers:",
                "  personal-use: *nope");

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("aliases (*nope)");
    }

    @Test
    void refusesAnAnchorInMetadataAndAMergeOfIt() throws IOException {
        AnswersFileException e = failure("a.yaml",
                "rep: &who {name: Sam}",
                "other: *who",
                "answers: {}");

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void refusesYamlTags() throws IOException {
        AnswersFileException e = failure("a.yaml",
                "employer: !!binary aGVsbG8=",
                "answers:",
                "  personal-use: banned");

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("tags").contains("binary");
    }

    @Test
    void refusesARepeatedMetadataKeyNamingBothLines() throws IOException {
        AnswersFileException e = failure("a.yaml",
                "employer: Acme",
                "answers:",
                "  personal-use: banned",
                "employer: Other Ltd");

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("\"employer\"").contains("lines 1 and 4");
    }

    @Test
    void refusesARepeatedKeyDeepInsideMetadata() throws IOException {
        AnswersFileException e = failure("a.json",
                "{\"rep\": {\"name\": \"Sam\",",
                "  \"name\": \"Jo\"},",
                " \"answers\": {}}");

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("\"name\"").contains("lines 1 and 2");
    }

    @Test
    void refusesAFileOverTheLimitBeforeParsingIt() throws IOException {
        Path big = dir.resolve("big.yaml");
        String padding = "x".repeat(AnswersFileReader.MAX_BYTES);
        Files.writeString(big, "employer: \"" + padding + "\"\nanswers: {}\n");

        AnswersFileException e = catchThrowableOfType(AnswersFileException.class, () -> AnswersFileReader.read(big));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith(big + ": is larger than 1 MiB");
    }

    @Test
    void refusesStandardInputOverTheLimitWithoutReadingItAll() {
        byte[] huge = new byte[AnswersFileReader.MAX_BYTES + 10];
        java.util.Arrays.fill(huge, (byte) ' ');
        ByteArrayInputStream in = new ByteArrayInputStream(huge);

        AnswersFileException e = catchThrowableOfType(AnswersFileException.class,
                () -> AnswersFileReader.readStdin(in));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("larger than 1 MiB");
        assertThat(in.available()).isEqualTo(9); // stopped one byte past the limit
    }

    @Test
    void refusesASymlinkToADeviceThatNeverEnds() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(dir.resolve("answers.yaml"), zero);

        AnswersFileException e = catchThrowableOfType(AnswersFileException.class, () -> AnswersFileReader.read(link));
        Files.delete(link); // the link only: JUnit warns when its clean-up meets a link that leads out of the folder

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("is not a regular file");
    }

    @Test
    void refusesANamedPipeWithoutBlockingOnIt() throws Exception {
        Path fifo = dir.resolve("answers.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);

        AnswersFileException e = catchThrowableOfType(AnswersFileException.class, () -> AnswersFileReader.read(fifo));

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("is not a regular file");
    }

    @Test
    void refusesDeepNestingWithItsOwnMessage() throws IOException {
        String deep = "[".repeat(5000);
        AnswersFileException e = failure("a.json", "{\"rep\": " + deep);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("nested more than " + AnswersFileReader.MAX_DEPTH + " levels");
    }

    @Test
    void syntaxMessagesDoNotNameTheParsersClasses() throws IOException {
        AnswersFileException json = failure("a.json", "{\"answers\": {\"x\": tru}}");
        AnswersFileException yaml = failure("a.yaml", "answers:", "  x: [unclosed");

        for (AnswersFileException e : new AnswersFileException[] {json, yaml}) {
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("snakeyaml")
                    .doesNotContain("com.fasterxml").doesNotContain("org.yaml").doesNotContain("`");
        }
    }

    @Test
    void stillReadsAnOrdinaryFileWithNestedMetadata() throws IOException {
        Path path = dir.resolve("ok.yaml");
        Files.writeString(path, "employer: Acme\nrep: {name: Sam, phones: [1, 2]}\nanswers:\n  personal-use: banned\n",
                StandardCharsets.UTF_8);

        AnswersFile read = AnswersFileReader.read(path);

        assertThat(read.answers()).containsEntry("personal-use", "banned");
        assertThat(read.metadata().get("rep")).isEqualTo(java.util.Map.of("name", "Sam", "phones",
                java.util.List.of(1, 2)));
    }
}
