package org.monitoringadvisor.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The commands that do from the command line what the findings page did, for next time. */
final class NextTime {

    private final Function<List<String>, String> commandLine;
    private final Path rulesFolder;

    NextTime(Function<List<String>, String> commandLine, Path rulesFolder) {
        this.commandLine = commandLine;
        this.rulesFolder = rulesFolder;
    }

    /** Each command with a few words on what it does, for this answers file. */
    List<Map<String, String>> commands(Path answers) {
        String file = answers.toString();
        String stem = stem(answers);
        return List.of(
                entry("Carry on in the browser", words("web", "--resume", file)),
                entry("Carry on at the console", words("interview", "--resume", file)),
                entry("The report", words("assess", "--answers", file, "--format", "pdf",
                        "--out", "report-" + stem + ".pdf")),
                entry("The letter, with your cover note and background", words("brief", "--answers", file,
                        "--format", "docx", "--out", "letter-" + stem + ".docx")),
                entry("The letter alone, for management", words("brief", "--answers", file, "--audience",
                        "employer", "--format", "docx", "--out", "letter-to-management-" + stem + ".docx")),
                entry("The short brief for the meeting", words("brief", "--answers", file, "--length", "short",
                        "--format", "pdf", "--out", "brief-" + stem + ".pdf")));
    }

    /** The answers file's name without its extension or an {@code answers-} at its start. */
    static String stem(Path answers) {
        String name = answers.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.startsWith("answers-") ? stem.substring("answers-".length()) : stem;
    }

    private Map<String, String> entry(String what, List<String> words) {
        return Map.of("what", what, "command", commandLine.apply(words));
    }

    private List<String> words(String command, String... rest) {
        List<String> words = new ArrayList<>(List.of(command));
        if (rulesFolder != null) {
            words.add("--rules");
            words.add(rulesFolder.toString());
        }
        words.addAll(List.of(rest));
        return words;
    }
}
