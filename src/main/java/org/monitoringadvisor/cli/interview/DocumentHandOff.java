package org.monitoringadvisor.cli.interview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.monitoringadvisor.answers.AnswersFileException;
import org.monitoringadvisor.answers.PrivateFiles;
import org.monitoringadvisor.cli.LetterFormat;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.report.Audience;
import org.monitoringadvisor.report.ReportInput;

/**
 * The hand-off at the end: writes the documents the rep chose beside the answers file, readable by the rep only,
 * after the optional details for their header; says where they are, and how to change the answers or compare them
 * at the next review. A document that cannot be written is named, and the rest are still written.
 */
final class DocumentHandOff {

    private final Screen screen;
    private final Advisor advisor;
    private final Interview interview;
    private final AnswersKeeper keeper;
    private final Path rulesFolder;

    /** @param rulesFolder the {@code --rules} folder, or null for the built-in rules (named in the resume command) */
    DocumentHandOff(Screen screen, Advisor advisor, Interview interview, AnswersKeeper keeper, Path rulesFolder) {
        this.screen = screen;
        this.advisor = advisor;
        this.interview = interview;
        this.keeper = keeper;
        this.rulesFolder = rulesFolder;
    }

    /**
     * @param wanted     the documents, each in its format; none for "nothing now"
     * @param askDetails whether to ask for the details first (not when the input has ended)
     */
    void write(List<DocumentMenu.Wanted> wanted, boolean askDetails) {
        if (wanted.isEmpty()) {
            screen.blank();
            screen.text("Nothing written. Your answers are in " + keeper.file() + "; to write the report later:");
            screen.console().println("  " + assessCommand());
            nextSteps();
            return;
        }
        if (askDetails) {
            Map<String, Object> details = DetailsPrompt.ask(screen, screen.console(), keeper.metadata());
            if (!details.equals(keeper.metadata())) {
                keeper.keepMetadata(details, interview.answers());
            }
        }
        ReportInput input = ReportInput.of(interview.assessment(), advisor.knowledge(), keeper.metadata());
        List<Path> written = new ArrayList<>();
        for (DocumentMenu.Wanted document : wanted) {
            Path file = FileNames.documentFile(keeper.file(), document.document().fileStem(), document.format());
            try {
                PrivateFiles.writeAtomically(file, render(document, input));
                written.add(file);
            } catch (AnswersFileException e) {
                screen.blank();
                screen.text(Emphasis.ALERT, "Could not write " + document.document().words() + ": "
                        + e.getMessage());
            }
        }
        screen.blank();
        if (written.isEmpty()) {
            screen.text("Your answers are safe in " + keeper.file() + "; to make the report later:");
            screen.console().println("  " + assessCommand());
        } else {
            screen.text(Emphasis.GOOD, "Written beside your answers file, readable by you only:");
            written.forEach(file -> screen.console().println("  " + file));
        }
        nextSteps();
    }

    private static byte[] render(DocumentMenu.Wanted wanted, ReportInput input) {
        return switch (wanted.document()) {
            case REPORT -> wanted.format().render(input);
            case REP_LETTER -> LetterFormat.matching(wanted.format()).render(input, Audience.REP);
            case EMPLOYER_LETTER -> LetterFormat.matching(wanted.format()).render(input, Audience.EMPLOYER);
        };
    }

    /** The command that writes the report later from the answers file. */
    private String assessCommand() {
        return ResumeCommand.program() + " assess --answers " + ResumeCommand.quoted(keeper.file().toString())
                + " --out report.txt";
    }

    /** How to change the answers, and how to compare at the next review. */
    private void nextSteps() {
        screen.text("Your answers are in " + keeper.file().getFileName() + ". To change them later:");
        screen.console().println("  " + ResumeCommand.of(keeper.file(), rulesFolder));
        screen.text("At the next review, answer again into a new file, then see what changed with:");
        screen.console().println("  " + ResumeCommand.program() + " compare "
                + ResumeCommand.quoted(keeper.file().toString()) + " NEW-ANSWERS.yaml");
    }
}
