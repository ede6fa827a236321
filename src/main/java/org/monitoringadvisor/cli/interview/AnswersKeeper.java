package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.cli.interview.Console.Emphasis;

/**
 * The one way an interview's answers reach the disk. Writes them to the answers file unless it already holds them
 * (so a resumed file the rep did not change stays byte for byte as it was); when that fails, never lets them be
 * lost: on a terminal the rep may name another file, and failing that they go to a private file in the home
 * folder, or as a last resort onto the screen (see {@link AnswersRescue}). Later saves go wherever the answers went.
 */
final class AnswersKeeper {

    private final Screen screen;
    private final Console console;
    private final LocalDate today;
    private volatile AnswersStore store;
    /** The answers as the file holds them since the last save or the resume; null before the first save. */
    private Map<String, String> saved;
    /** How many answers the file held at the last successful save, for the note printed if the JVM is stopped. */
    private volatile int savedAnswers;
    /** The answers had to go somewhere other than the file asked for (the home folder, or the screen). */
    private boolean rescued;

    /**
     * @param store        the answers file and its metadata
     * @param alreadySaved the answers that file holds now (a resumed file), or null when it holds none of them
     * @param today        the interview's date, for the name of a rescue file
     */
    AnswersKeeper(Screen screen, Console console, AnswersStore store, Map<String, String> alreadySaved,
                  LocalDate today) {
        this.screen = screen;
        this.console = console;
        this.store = store;
        this.saved = alreadySaved;
        this.savedAnswers = alreadySaved == null ? 0 : alreadySaved.size();
        this.today = today;
    }

    /** Where the answers are kept now. */
    Path file() {
        return store.file();
    }

    /** The metadata kept above the answers (employer, date, policy evidence, details). */
    Map<String, Object> metadata() {
        return store.metadata();
    }

    /** Replaces the metadata; written with the next save. */
    void setMetadata(Map<String, Object> metadata) {
        store = store.withMetadata(metadata);
    }

    /** How many answers the file held at the last successful save (0 before the first). */
    int savedAnswers() {
        return savedAnswers;
    }

    /** Whether the answers had to go somewhere other than the file asked for. */
    boolean rescued() {
        return rescued;
    }

    /**
     * Saves the answers.
     *
     * @param answers  the answers, in the order answered
     * @param employer the employer's name, for the name of a rescue file
     * @param always   write even when the file already holds these answers
     * @return true when the answers are in {@link #file()}
     */
    boolean keep(Map<String, String> answers, String employer, boolean always) {
        Map<String, String> copy = new LinkedHashMap<>(answers);
        if (!always && copy.equals(saved)) {
            return true;
        }
        try {
            store.save(copy);
            saved = copy;
            savedAnswers = copy.size();
            return true;
        } catch (AnswersFileException e) {
            screen.text(Emphasis.ALERT, "Could not save your answers: " + e.getMessage());
        }
        AnswersRescue rescue = new AnswersRescue(screen, console, store, employer, today);
        AnswersStore elsewhere = rescue.saveElsewhere(copy);
        if (elsewhere == null) {
            rescued = true;
            return false;
        }
        rescued |= rescue.inHomeFolder();
        store = elsewhere;
        saved = copy;
        savedAnswers = copy.size();
        return true;
    }
}
