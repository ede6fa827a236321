package org.monitoringadvisor.cli.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.monitoringadvisor.cli.interview.Console.Completion;
import org.monitoringadvisor.cli.interview.Console.Emphasis;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.Interview;
import org.monitoringadvisor.model.Option;
import org.monitoringadvisor.model.Question;
import org.monitoringadvisor.policy.Evidence;
import org.monitoringadvisor.policy.PolicyConfirmations;
import org.monitoringadvisor.policy.PolicyEvidence;

/**
 * The start of an interview with answers suggested from the employer's policy ({@code interview --policy}, or
 * {@code --resume} of a file {@code read-policy} wrote): each suggestion in turn, with the quote it rests on and
 * where it is. Enter accepts it and keeps its evidence; another answer replaces it and drops the evidence. Each
 * question dealt with is listed under {@code policy: confirmed:}, so carrying on later does not ask it again.
 */
final class PolicyConfirmation {

    /** How the confirmation ended. */
    enum Outcome { DONE, QUIT }

    private final Screen screen;
    private final Console console;
    private final Advisor advisor;
    private final Interview interview;
    private final BiConsumer<Question, String> record;
    private final Consumer<Map<String, Object>> keepMetadata;

    /**
     * @param record       gives or changes an answer and saves (the session's own way, so findings and files follow)
     * @param keepMetadata replaces the metadata saved above the answers
     */
    PolicyConfirmation(Screen screen, Advisor advisor, Interview interview, BiConsumer<Question, String> record,
                       Consumer<Map<String, Object>> keepMetadata) {
        this.screen = screen;
        this.console = screen.console();
        this.advisor = advisor;
        this.interview = interview;
        this.record = record;
        this.keepMetadata = keepMetadata;
    }

    /** The suggestions still to confirm: answered questions with policy evidence not yet confirmed, in order. */
    static List<Question> pending(Map<String, Object> metadata, Advisor advisor, Map<String, String> answers) {
        return PolicyConfirmations.pending(metadata, advisor.questions(), answers);
    }

    /** Asks about every pending suggestion; returns QUIT if the rep typed quit. */
    Outcome run(Map<String, Object> metadata) {
        Map<String, Object> kept = new LinkedHashMap<>(metadata);
        List<Question> pending = pending(kept, advisor, interview.answers());
        if (pending.isEmpty()) {
            return Outcome.DONE;
        }
        PolicyEvidence evidence = PolicyEvidence.from(kept);
        screen.heading("Answers suggested by the policy");
        screen.text("Reading " + (evidence.policyFile().isEmpty() ? "the policy" : evidence.policyFile())
                + " suggested " + Words.count(pending.size(), "answer", "answers") + ". Each comes with the words"
                + " it rests on. Press Enter to accept one, or type another answer to replace it.");
        int number = 0;
        for (Question question : pending) {
            number++;
            if (!confirm(question, evidence.of(question.id()), number, pending.size(), kept)) {
                return Outcome.QUIT;
            }
        }
        screen.blank();
        screen.text(Emphasis.GOOD, "That was the last suggestion. Now the questions the policy does not settle.");
        return Outcome.DONE;
    }

    /** One suggestion; false when the rep quits. */
    private boolean confirm(Question question, List<Evidence> quotes, int number, int of, Map<String, Object> kept) {
        String suggested = interview.answers().get(question.id());
        screen.blank();
        screen.text(Emphasis.QUIET, "Suggestion " + number + " of " + of + " (" + question.topic() + ")");
        screen.text(Emphasis.QUESTION, question.text());
        screen.wrapped("  Suggested: ", "             ", question.labelOf(suggested), Emphasis.GOOD);
        for (Evidence quote : quotes) {
            screen.wrapped("  \u201C", "   ", quote.quote() + "\u201D (" + quote.where() + ", " + quote.confidence()
                    + " confidence)");
        }
        List<Option> options = question.options();
        for (int i = 0; i < options.size(); i++) {
            String label = String.format("  %d. ", i + 1);
            screen.wrapped(label, " ".repeat(label.length()), options.get(i).label());
        }
        String prompt = "Enter to accept, or your answer (1-" + options.size() + "): ";
        List<Completion> completions = Keyword.completions(options);
        while (true) {
            Reply reply = ReplyParser.parse(console.readLine(prompt, completions), options);
            if (reply instanceof Reply.Blank || reply instanceof Reply.Choice choice && choice.value().equals(suggested)) {
                screen.text(Emphasis.QUIET, "Accepted: " + question.labelOf(suggested) + ".");
                confirmed(kept, question.id(), false);
                return true;
            }
            if (reply instanceof Reply.Choice choice) {
                confirmed(kept, question.id(), true);
                record.accept(question, choice.value());
                return true;
            }
            if (reply instanceof Reply.Unclear unclear) {
                screen.text(Emphasis.ALERT, unclear.hint() + " Or press Enter to accept the suggestion.");
                continue;
            }
            Keyword keyword = ((Reply.Command) reply).keyword();
            switch (keyword) {
                case HELP -> HelpScreen.show(screen, advisor, question);
                case WHY -> WhyScreen.show(screen, advisor, interview, question);
                case QUIT -> {
                    return false;
                }
                default -> screen.text(Emphasis.ALERT, "First accept (Enter) or replace this suggestion; "
                        + keyword.word() + " works once the suggestions are done.");
            }
        }
    }

    /** Marks a question confirmed; a replaced answer no longer rests on the policy, so its evidence goes. */
    private void confirmed(Map<String, Object> kept, String question, boolean replaced) {
        Map<String, Object> now = PolicyConfirmations.confirmed(kept, question, replaced);
        kept.clear();
        kept.putAll(now);
        keepMetadata.accept(new LinkedHashMap<>(kept));
    }
}
