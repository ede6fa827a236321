package org.monitoringadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The app image's launcher script ({@code src/packaging/linux/monitoring-advisor}) picks the Java options and the
 * start-up cache for each command: a new interview gets the small cache trained up to its first prompt, every other
 * run the full one. Run here in an image laid out as the build lays it out, with a {@code java} that prints the
 * arguments it was given instead of starting a JVM.
 */
class LinuxLauncherTest {

    private static final Path LAUNCHER = Path.of("src/packaging/linux/monitoring-advisor");
    private static final String FULL = "monitoring-advisor.aot";
    private static final String NEW_INTERVIEW = "new-interview.aot";

    @TempDir
    Path folder;

    private Path image;

    @BeforeEach
    void layOutAnImage() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        image = folder.resolve("monitoring-advisor");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Path java = Files.createDirectories(image.resolve("lib/runtime/bin")).resolve("java");
        Files.copy(LAUNCHER, bin.resolve("monitoring-advisor"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(java, "#!/bin/sh\nfor argument in \"$@\"; do printf '%s\\n' \"$argument\"; done\n");
        executable(bin.resolve("monitoring-advisor"));
        executable(java);
        for (String file : List.of(FULL, NEW_INTERVIEW, "monitoring-advisor.jar")) {
            Files.createFile(app.resolve(file));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview", "interview --file answers.yaml",
        "interview --file=answers.json --format html"})
    void aNewInterviewStartsWithTheCacheTrainedUpToItsFirstPrompt(String command) throws Exception {
        assertThat(cacheOf(command)).isEqualTo(NEW_INTERVIEW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"interview --resume answers.yaml", "interview --resume=answers.yaml",
        "interview --file new.yaml --policy policy.pdf", "interview --policy=policy.docx",
        "interview --rules my-rules", "interview --rules=my-rules", "interview --help", "interview -h",
        "interview --version", "interview -V", "interview @arguments.txt",
        "assess --answers answers.yaml", "check", "web", "survey answers", "--help", "read-policy policy.pdf"})
    void everyOtherRunGetsTheFullCache(String command) throws Exception {
        // --resume and --policy read a file and its rules before the welcome, --rules compiles a folder: the classes
        // they need are in the full cache only.
        assertThat(cacheOf(command)).isEqualTo(FULL);
    }

    @Test
    void noArgumentsGetTheFullCache() throws Exception {
        assertThat(cacheOf("")).isEqualTo(FULL);
    }

    @Test
    void anImageWithoutTheSmallCacheStartsTheInterviewWithTheFullOne() throws Exception {
        Files.delete(image.resolve("lib/app").resolve(NEW_INTERVIEW));

        assertThat(cacheOf("interview")).isEqualTo(FULL);
    }

    @Test
    void theProgramGetsItsArgumentsUnchangedAfterTheMainClass() throws Exception {
        List<String> java = run(image.resolve("bin/monitoring-advisor"), folder,
                "interview", "--file", "two words.yaml", "--format", "");

        assertThat(java.subList(java.indexOf("org.monitoringadvisor.cli.Main") + 1, java.size()))
                .containsExactly("interview", "--file", "two words.yaml", "--format", "");
    }

    @Test
    void longRunningCommandsGetBothCompilersAndACappedHeap() throws Exception {
        assertThat(java("survey answers")).contains("-Xmx256m", "-XX:TieredStopAtLevel=4");
        assertThat(java("interview")).contains("-XX:TieredStopAtLevel=1").doesNotContain("-Xmx256m");
        assertThat(java("assess --answers a.yaml")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void runThroughALinkElsewhereItFindsTheImageAndSaysHowItWasStarted() throws Exception {
        // As the .deb installs it: /usr/bin/monitoring-advisor, a link to /opt/monitoring-advisor/bin/...
        Path link = Files.createDirectories(folder.resolve("usr/bin")).resolve("monitoring-advisor");
        Files.createSymbolicLink(link, image.resolve("bin/monitoring-advisor"));

        List<String> java = run(link, folder, "interview");

        assertThat(option(java, "-XX:AOTCache=")).satisfies(cache -> assertThat(Path.of(cache)).exists());
        assertThat(Path.of(option(java, "-cp"))).exists();
        assertThat(option(java, "-Djpackage.app-path=")).isEqualTo(link.toString());
    }

    @Test
    void runByARelativePathItFindsTheImageFromTheCurrentFolder() throws Exception {
        List<String> java = run(Path.of("monitoring-advisor/bin/monitoring-advisor"), folder, "assess");

        assertThat(folder.resolve(option(java, "-XX:AOTCache="))).exists().hasFileName(FULL);
        assertThat(folder.resolve(option(java, "-cp"))).exists();
        assertThat(option(java, "-Djpackage.app-path=")).isEqualTo("monitoring-advisor/bin/monitoring-advisor");
    }

    @Test
    void runByTheShellInItsFolderItSaysItsFullPath() throws Exception {
        Path bin = image.resolve("bin");

        List<String> java = run(Path.of("/bin/sh"), bin, "monitoring-advisor", "interview");

        assertThat(Path.of(option(java, "-XX:AOTCache="))).exists().hasFileName(NEW_INTERVIEW);
        assertThat(option(java, "-Djpackage.app-path=")).isEqualTo(bin.toRealPath() + "/monitoring-advisor");
    }

    /** The file name of the cache the launcher gives this command line (words split at spaces). */
    private String cacheOf(String command) throws Exception {
        return Path.of(option(java(command), "-XX:AOTCache=")).getFileName().toString();
    }

    private List<String> java(String command) throws Exception {
        String[] words = command.isEmpty() ? new String[0] : command.split(" ");
        return run(image.resolve("bin/monitoring-advisor"), folder, words);
    }

    /** The value of an option: after its prefix, or the next argument for {@code -cp}. */
    private static String option(List<String> java, String prefix) {
        if (prefix.equals("-cp")) {
            return java.get(java.indexOf("-cp") + 1);
        }
        return java.stream().filter(argument -> argument.startsWith(prefix)).findFirst()
                .map(argument -> argument.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no " + prefix + " in " + java));
    }

    /** Runs the launcher in {@code directory}; the arguments its {@code java} was given, one a line. */
    private static List<String> run(Path launcher, Path directory, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
