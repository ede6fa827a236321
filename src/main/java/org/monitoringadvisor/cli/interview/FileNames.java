package org.monitoringadvisor.cli.interview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.answers.AnswersFileReader;
import org.monitoringadvisor.answers.PrivateFiles;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.cli.UserInputException;

/**
 * Names for the files an interview writes, at the console or in the browser: the answers file and, beside it, the
 * report and the letters; and the check that a chosen answers file is new.
 */
public final class FileNames {

    private static final int MAX_SLUG = 40;

    private FileNames() {
    }

    /**
     * A new answers file in {@code folder}, named from the employer and the date, for example
     * {@code answers-example-borough-council-2026-11-28.yaml}; {@code -2}, {@code -3}, ... is added rather than
     * replace a file that is already there.
     */
    public static Path newAnswersFile(Path folder, String employer, LocalDate date) {
        String slug = slug(employer);
        String stem = "answers-" + (slug.isEmpty() ? "" : slug + "-") + date;
        Path file = folder.resolve(stem + ".yaml");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + ".yaml");
        }
        return file;
    }

    /**
     * The report's file beside the answers file: {@code answers-x.yaml} gives {@code report-x.txt} for text, and a
     * file not named {@code answers-...} gets {@code -report} added to its name.
     */
    static Path reportFile(Path answersFile, ReportFormat format) {
        return documentFile(answersFile, "report", format);
    }

    /**
     * A document's file beside the answers file, named as {@link #reportFile} names the report:
     * {@code answers-x.yaml} gives {@code letter-rep-x.docx} for the rep's letter in Word.
     *
     * @param document the start of the name: {@code report}, {@code letter-rep}, {@code letter-employer}
     */
    static Path documentFile(Path answersFile, String document, ReportFormat format) {
        String name = answersFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String documentStem = stem.startsWith("answers-") ? document + "-" + stem.substring("answers-".length())
                : stem + "-" + document;
        String extension = document.startsWith("letter") && format == ReportFormat.json ? "txt"
                : ReportFormats.extension(format);
        return answersFile.resolveSibling(documentStem + "." + extension);
    }

    /** The employer's name as lower-case ASCII words joined by hyphens, at most 40 characters; empty if none. */
    static String slug(String employer) {
        String ascii = Normalizer.normalize(employer, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }

    /**
     * Checks a {@code --file}: it must be a new answers file (or the one being resumed) in a folder that exists.
     *
     * @param target the file the answers are to be saved to
     * @param resume the file being resumed, or null
     * @throws UserInputException saying what is wrong and what to do instead
     */
    public static void checkNewFile(Path target, Path resume) {
        AnswersFileReader.Format.of(target); // rejects names that are not .json, .yaml or .yml
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserInputException(target + ": the folder " + folder
                    + (folder != null && Files.exists(folder) ? " is a file, not a folder" : " does not exist"));
        }
        boolean resumingIt = resume != null && Files.exists(resume) && sameFile(target, resume);
        if (Files.exists(target) && !resumingIt) {
            throw new UserInputException(target + " already exists; to carry on with it use --resume " + target
                    + ", or give --file a new name");
        }
    }

    /**
     * Refuses at once, rather than let the rep answer questions whose answers could not be kept: the file to save
     * to ({@code file}, else {@code resume}, else a new file in the current folder) must be writable.
     *
     * @throws AnswersFileException naming the file when it cannot be written
     * @throws UserInputException   when the current folder cannot be written to
     */
    public static void checkCanSave(Path file, Path resume) {
        Path target = file != null ? file : resume;
        if (target != null) {
            PrivateFiles.checkCanWrite(target);
            return;
        }
        Path folder = Path.of("").toAbsolutePath();
        try {
            PrivateFiles.checkCanWrite(folder.resolve("answers.yaml"));
        } catch (AnswersFileException e) {
            throw new UserInputException("the answers would be saved in the current folder, " + folder
                    + ", which cannot be written to; run the interview from a folder you can write to, or give"
                    + " --file FILE");
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
