package org.monitoringadvisor.cli.interview;

import java.util.List;
import java.util.Optional;
import org.monitoringadvisor.cli.ReportFormat;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Option;

/**
 * The end of the questions: the end screen, then the one menu of documents ({@link DocumentMenu}) whose choice goes
 * to the {@link DocumentHandOff}. Commands work here as at a question ({@link Commands}); back and review return to
 * the questions. When the input ends at the menu, the usual documents are written, without the details.
 */
final class EndMenu {

    private final Screen screen;
    private final Interview interview;
    private final AnswersKeeper keeper;
    private final Commands commands;
    private final DocumentHandOff handOff;
    private final ReportFormat format;

    /** @param format the interview's {@code --format}: the one offered first, and what Enter gives */
    EndMenu(Screen screen, Interview interview, AnswersKeeper keeper, Commands commands, DocumentHandOff handOff,
            ReportFormat format) {
        this.screen = screen;
        this.interview = interview;
        this.keeper = keeper;
        this.commands = commands;
        this.handOff = handOff;
        this.format = format;
    }

    /** Help at the end menu, for {@code help} and {@code why} alike: there is no question to explain. */
    static void help(Screen screen) {
        screen.text("All the questions are answered. This chooses what is written next to your answers file: the"
                + " report (every finding, with the arguments and the sources) and the draft letter to management,"
                + " in the format you will use. Word is for editing, PDF for printing and sending.");
    }

    /**
     * Shows the end and writes the documents the rep chooses.
     *
     * @return empty once the documents are written; else where the rep went back to ({@code back}, {@code review})
     */
    Optional<Commands.Next.Revisit> run() {
        keeper.autosave(interview.answers());
        EndScreen.show(screen, interview.assessment(), keeper.employer());
        DocumentMenu menu = new DocumentMenu(format);
        List<Option> options = menu.options();
        screen.blank();
        screen.text(Emphasis.QUESTION, "What shall I write beside your answers file?");
        numbered(options);
        screen.text(Emphasis.QUIET, "(Or type back or review to change an answer first, how for the findings.)");
        String prompt = "Your choice (1-" + options.size() + ", or Enter for 1): ";
        while (true) {
            String line;
            try {
                line = screen.console().readLine(prompt, Keyword.completions(options));
            } catch (InputEndedException e) {
                if (e.interrupted()) {
                    throw e;
                }
                handOff.write(menu.usual(), false); // the input ended after the last answer: the usual documents
                return Optional.empty();
            }
            Optional<List<DocumentMenu.Wanted>> byName = menu.byFormatName(line);
            if (byName.isPresent()) {
                handOff.write(byName.get(), true);
                return Optional.empty();
            }
            Reply reply = ReplyParser.parse(line, options);
            if (reply instanceof Reply.Blank) {
                handOff.write(menu.usual(), true);
                return Optional.empty();
            }
            if (reply instanceof Reply.Choice choice) {
                Optional<List<DocumentMenu.Wanted>> wanted = menu.chosen(choice.value());
                handOff.write(wanted.isPresent() ? wanted.get() : chooseDocuments(), true);
                return Optional.empty();
            }
            if (reply instanceof Reply.Unclear unclear) {
                hint(unclear.hint());
                continue;
            }
            if (commands.run(((Reply.Command) reply).keyword(), null) instanceof Commands.Next.Revisit back) {
                return Optional.of(back);
            }
        }
    }

    /** "Choose the documents and the format": two short questions. */
    private List<DocumentMenu.Wanted> chooseDocuments() {
        List<Option> documents = DocumentMenu.documentOptions();
        screen.blank();
        numbered(documents);
        List<DocumentMenu.Document> picked;
        while (true) {
            Optional<List<DocumentMenu.Document>> typed = DocumentMenu.documents(
                    screen.console().readLine("Which documents (for example 1 3; Enter for all): ", List.of()));
            if (typed.isPresent()) {
                picked = typed.get();
                break;
            }
            hint("Type the numbers of the documents you want, between 1 and " + documents.size()
                    + ", with spaces between them.");
        }
        List<Option> formats = DocumentMenu.formatOptions();
        screen.blank();
        numbered(formats);
        while (true) {
            Reply reply = ReplyParser.parse(screen.console().readLine("Which format (1-" + formats.size()
                    + ", or Enter for " + format.name() + "): ", Keyword.completions(formats)), formats);
            if (reply instanceof Reply.Blank) {
                return DocumentMenu.wanted(picked, format);
            }
            if (reply instanceof Reply.Choice choice) {
                return DocumentMenu.wanted(picked, ReportFormat.valueOf(choice.value()));
            }
            hint("Type " + ReplyParser.range(formats) + " for the format.");
        }
    }

    private void numbered(List<Option> options) {
        for (int i = 0; i < options.size(); i++) {
            screen.wrapped(String.format("  %d. ", i + 1), "     ", options.get(i).label());
        }
    }

    private void hint(String text) {
        screen.text(Emphasis.ALERT, text);
    }
}
