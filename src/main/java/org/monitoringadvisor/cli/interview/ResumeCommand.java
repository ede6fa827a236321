package org.monitoringadvisor.cli.interview;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The exact shell command that carries on with a saved interview, as printed when the rep stops: started the way
 * the rep started this one (the launcher script, the installed application, or {@code java -jar}).
 */
public final class ResumeCommand {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/+:=@%,-]+");
    private static final String BUILT_JAR = "target/monitoring-advisor.jar";
    /** May be set (with -D) to the path of a launcher script that runs the jar. */
    static final String LAUNCHER = "monitoring-advisor.launcher";
    /** Set by {@code bin/monitoring-advisor} to the path it was run by, for the jar or the app image it starts. */
    static final String LAUNCHER_VARIABLE = "MONITORING_ADVISOR_LAUNCHER";
    /** Set by the launchers of a jpackage application image to their own path. */
    static final String APP_IMAGE = "jpackage.app-path";

    private ResumeCommand() {
    }

    /**
     * @param answersFile the saved answers, as the rep named it (relative paths stay relative)
     * @param rulesFolder the {@code --rules} folder in use, or null for the built-in rules
     */
    static String of(Path answersFile, Path rulesFolder) {
        return of(answersFile, rulesFolder, launcher(), System.getProperty(APP_IMAGE));
    }

    /**
     * @param launcher the launcher script as the rep ran it ({@code bin/monitoring-advisor} sets
     *                 {@value #LAUNCHER_VARIABLE} to its {@code $0}), or null
     * @param appImage the installed application's launcher ({@value #APP_IMAGE}, which jpackage's launchers set),
     *                 or null
     */
    static String of(Path answersFile, Path rulesFolder, String launcher, String appImage) {
        List<String> words = new ArrayList<>(program(launcher, appImage));
        words.add("interview");
        if (rulesFolder != null) {
            words.add("--rules");
            words.add(rulesFolder.toString());
        }
        words.add("--resume");
        words.add(answersFile.toString());
        return words.stream().map(ResumeCommand::quoted).collect(Collectors.joining(" "));
    }

    /** The program as the rep started it, ready to type before a command: {@code bin/monitoring-advisor}, say. */
    public static String program() {
        return program(launcher(), System.getProperty(APP_IMAGE)).stream()
                .map(ResumeCommand::quoted).collect(Collectors.joining(" "));
    }

    /** The launcher script, from the system property or the environment variable it sets; null when neither. */
    private static String launcher() {
        String property = System.getProperty(LAUNCHER);
        return property != null ? property : System.getenv(LAUNCHER_VARIABLE);
    }

    /** How the rep started the product: the launcher script, the installed application, or {@code java -jar}. */
    private static List<String> program(String launcher, String appImage) {
        if (launcher != null && !launcher.isBlank()) {
            return List.of(launcher);
        }
        if (appImage != null && !appImage.isBlank()) {
            Path app = Path.of(appImage);
            Path name = app.getFileName();
            // An installed command on the PATH is typed by its name; one elsewhere by its full path.
            return List.of(name != null && onPath(app) ? name.toString() : appImage);
        }
        return List.of("java", "-jar", jar());
    }

    private static boolean onPath(Path app) {
        Path folder = app.toAbsolutePath().getParent();
        String path = System.getenv("PATH");
        if (folder == null || path == null) {
            return false;
        }
        for (String entry : path.split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().equals(folder)) {
                return true;
            }
        }
        return false;
    }

    /** The jar this code runs from, relative to the current folder when inside it; the built jar otherwise. */
    public static String jar() {
        try {
            var source = ResumeCommand.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (location.getFileName() != null && location.getFileName().toString().endsWith(".jar")) {
                    Path here = Path.of("").toAbsolutePath();
                    return location.startsWith(here) ? here.relativize(location).toString() : location.toString();
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            // Fall through: running from classes (tests, an IDE), where the built jar is the one to name.
        }
        return BUILT_JAR;
    }

    /** A word as a POSIX shell reads it back unchanged: single-quoted unless it is plainly safe. */
    public static String quoted(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
