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
 * Every save of the interview comes here: after each answer, on {@code save}, on leaving, and when the metadata
 * above the answers changes.
 */
final class AnswersKeeper {

    private final Screen screen;
    private final Console console;
    private final LocalDate today;
    /** The employer's name as the rep gave it (or as the resumed file had it, made safe to print). */
    private String employer;
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
     * @param employer     the employer's name, shown on the screens and used to name a rescue file; "" for none
     * @param today        the interview's date, for the name of a rescue file
     */
    AnswersKeeper(Screen screen, Console console, AnswersStore store, Map<String, String> alreadySaved,
                  String employer, LocalDate today) {
        this.screen = screen;
        this.console = console;
        this.store = store;
        this.employer = employer;
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

    /** The employer's name, or "" when the rep gave none. */
    String employer() {
        return employer;
    }

    /** Replaces the metadata and saves at once: the answers may be the same, but the metadata is not. */
    void keepMetadata(Map<String, Object> metadata, Map<String, String> answers) {
        store = store.withMetadata(metadata);
        keep(answers, true);
    }

    /** A new name for the employer, kept in the metadata at once; the file keeps its name. */
    void renameEmployer(String name, Map<String, String> answers) {
        employer = name;
        Map<String, Object> metadata = new LinkedHashMap<>(store.metadata());
        metadata.put("employer", name);
        keepMetadata(metadata, answers);
    }

    /** How many answers the file held at the last successful save (0 before the first). */
    int savedAnswers() {
        return savedAnswers;
    }

    /** Whether the answers had to go somewhere other than the file asked for. */
    boolean rescued() {
        return rescued;
    }

    /** After each answer: writes the answers unless the file already holds them. */
    void autosave(Map<String, String> answers) {
        keep(answers, false);
    }

    /** {@code save}: writes the answers now, even when the file already holds them, and says where. */
    void saveNow(Map<String, String> answers) {
        if (keep(answers, true)) {
            sayWhere("", answers);
        }
    }

    /**
     * On leaving: saves what there is and says where, after {@code why} ("End of input. ", say).
     *
     * @return true when the answers are in {@link #file()}, so the rep can carry on from it
     */
    boolean saveOnLeaving(String why, Map<String, String> answers) {
        if (!keep(answers, false)) {
            return false;
        }
        sayWhere(why, answers);
        return true;
    }

    private void sayWhere(String why, Map<String, String> answers) {
        screen.text(Emphasis.GOOD, why + "Saved " + Words.count(answers.size(), "answer", "answers") + " to:");
        console.println("  " + file());
    }

    /**
     * Saves the answers.
     *
     * @param answers the answers, in the order answered
     * @param always  write even when the file already holds these answers
     * @return true when the answers are in {@link #file()}
     */
    private boolean keep(Map<String, String> answers, boolean always) {
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
