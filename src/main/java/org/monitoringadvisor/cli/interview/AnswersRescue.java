package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.answers.AnswersFileWriter;
import org.monitoringadvisor.cli.interview.Console.Emphasis;

/**
 * Where the answers go when their file cannot be written (the folder became read-only, was removed, the disk is
 * full): on a terminal, another file the rep names; otherwise, or if the rep just presses Enter, a new private
 * file in the home folder; and if even that fails, the screen, so that they can be copied. Never nowhere.
 */
final class AnswersRescue {

    private final Screen screen;
    private final Console console;
    private final AnswersStore store;
    private final String employer;
    private final LocalDate today;
    private boolean inHomeFolder;

    AnswersRescue(Screen screen, Console console, AnswersStore store, String employer, LocalDate today) {
        this.screen = screen;
        this.console = console;
        this.store = store;
        this.employer = employer;
        this.today = today;
    }

    /** Saves the answers somewhere else and says where; returns the store they are now in, or null (shown). */
    AnswersStore saveElsewhere(Map<String, String> answers) {
        AnswersStore chosen = askForAnotherFile(answers);
        if (chosen != null) {
            return chosen;
        }
        Path home = Path.of(System.getProperty("user.home", ""));
        AnswersStore rescue = store.movedTo(FileNames.newAnswersFile(home, employer, today));
        try {
            rescue.save(answers);
            inHomeFolder = true;
            screen.text(Emphasis.ALERT, "Your answers are saved instead (only you can read them) to:");
            console.println("  " + rescue.file());
            return rescue;
        } catch (AnswersFileException e) {
            screen.text(Emphasis.ALERT, "Could not save them in your home folder either: " + e.getMessage());
        }
        screen.text(Emphasis.ALERT, "So that nothing is lost, here they are; copy them into a file ending .yaml"
                + " and carry on with --resume FILE:");
        console.println(AnswersFileWriter.toYaml(store.metadata(), answers).stripTrailing());
        return null;
    }

    /** Whether the answers went to the home folder rather than where the rep asked. */
    boolean inHomeFolder() {
        return inHomeFolder;
    }

    private AnswersStore askForAnotherFile(Map<String, String> answers) {
        while (console.interactive()) {
            String line;
            try {
                line = console.readLine("Another file to save them to (.yaml or .json; Enter for your home folder): ",
                        List.of());
            } catch (InputEndedException e) {
                return null;
            }
            if (line.isBlank()) {
                return null;
            }
            AnswersStore other = store.movedTo(Path.of(line.strip()));
            try {
                AnswersFileReader.Format.of(other.file());
                other.save(answers);
                screen.text(Emphasis.GOOD, "Saved to " + other.file() + "; later answers go there too.");
                return other;
            } catch (AnswersFileException e) {
                screen.text(Emphasis.ALERT, "Could not save there either: " + e.getMessage());
            }
        }
        return null;
    }
}
