package org.monitoringadvisor.web;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.monitoringadvisor.answers.AnswersFile;
import org.monitoringadvisor.policy.PolicyReading;

/**
 * How a browser interview starts.
 *
 * @param port         the port to listen on, or 0 for any free one
 * @param file         where to save the answers, or null to name a file from the employer once the rep gives it
 * @param resumed      the saved answers being carried on with, or null for a new interview
 * @param namer        names a new answers file from the employer's name (used when {@code file} is null)
 * @param today        the interview's date, for the metadata
 * @param downloads    the documents the findings page offers, in the order shown
 * @param commandLine  turns the words after the program's name into the command a rep would type, for example
 *                     {@code [assess, --answers, a.yaml]} into {@code java -jar ... assess --answers a.yaml}
 * @param rulesFolder  the {@code --rules} folder, or null for the built-in rules (named in those commands)
 * @param policy       the employer's policy as read for {@code --policy}: a new interview starts from its suggested
 *                     answers, each to be confirmed first; or null
 */
public record WebSettings(int port, Path file, AnswersFile resumed, Function<String, Path> namer, LocalDate today,
                          List<Download> downloads, Function<List<String>, String> commandLine, Path rulesFolder,
                          PolicyReading policy) {

    /** Settings for an interview without a policy read first. */
    public WebSettings(int port, Path file, AnswersFile resumed, Function<String, Path> namer, LocalDate today,
                       List<Download> downloads, Function<List<String>, String> commandLine, Path rulesFolder) {
        this(port, file, resumed, namer, today, downloads, commandLine, rulesFolder, null);
    }

    public WebSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        Objects.requireNonNull(namer, "namer");
        Objects.requireNonNull(today, "today");
        downloads = List.copyOf(Objects.requireNonNull(downloads, "downloads"));
        Objects.requireNonNull(commandLine, "commandLine");
        if (policy != null && resumed != null) {
            throw new IllegalArgumentException("a policy starts a new interview; it cannot be read into a resumed one");
        }
    }
}
