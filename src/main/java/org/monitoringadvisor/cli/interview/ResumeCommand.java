package org.monitoringadvisor.cli.interview;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The exact shell command that carries on with a saved interview, as printed when the rep stops. */
public final class ResumeCommand {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/+:=@%,-]+");
    private static final String BUILT_JAR = "target/monitoring-advisor.jar";

    private ResumeCommand() {
    }

    /**
     * @param answersFile the saved answers, as the rep named it (relative paths stay relative)
     * @param rulesFolder the {@code --rules} folder in use, or null for the built-in rules
     */
    static String of(Path answersFile, Path rulesFolder) {
        List<String> words = new ArrayList<>(List.of("java", "-jar", jar(), "interview"));
        if (rulesFolder != null) {
            words.add("--rules");
            words.add(rulesFolder.toString());
        }
        words.add("--resume");
        words.add(answersFile.toString());
        return words.stream().map(ResumeCommand::quoted).collect(Collectors.joining(" "));
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
