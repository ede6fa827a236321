package org.monitoringadvisor.cli.interview;

import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.monitoringadvisor.cli.ReportFormat;

/**
 * The interview's command line in its plain forms, read without picocli: {@code interview} and at most one each of
 * {@code --file}, {@code --resume}, {@code --policy}, {@code --format} and {@code --rules}, each with a value (after
 * a space or {@code =}) that picocli would take as it stands. Setting up picocli and reading the commands'
 * annotations was most of what the program did before the first prompt (docs/performance.md). Anything else (help,
 * a misspelt or repeated option, a value that looks like an option or an {@code @file}, a format it does not know)
 * is left to picocli, which then parses, explains or refuses it exactly as before.
 */
public final class InterviewArguments {

    private static final Set<String> OPTIONS = Set.of("--file", "--resume", "--policy", "--format", "--rules");

    private InterviewArguments() {
    }

    /** The interview these arguments ask for, or empty when picocli is to read them. */
    public static Optional<InterviewCommand> read(String[] args, InputStream stdin) {
        return options(args).map(options -> new InterviewCommand(stdin, options));
    }

    static Optional<InterviewCommand.Options> options(String[] args) {
        if (args.length == 0 || !args[0].equals("interview") || System.getProperty("picocli.trace") != null) {
            return Optional.empty();
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (equals > 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (!OPTIONS.contains(name) || !plain(value) || values.put(name, value) != null) {
                return Optional.empty();
            }
        }
        Optional<ReportFormat> format = format(values.getOrDefault("--format", "text"));
        try {
            return format.map(chosen -> new InterviewCommand.Options(path(values.get("--file")),
                    path(values.get("--resume")), path(values.get("--policy")), chosen, path(values.get("--rules"))));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A value picocli takes as it stands: not empty, not like an option, not an argument file. */
    private static boolean plain(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
    }

    /** The format as picocli reads it here: its exact name, else its name in any case. */
    private static Optional<ReportFormat> format(String value) {
        for (ReportFormat format : ReportFormat.values()) {
            if (format.name().equalsIgnoreCase(value)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }
}
