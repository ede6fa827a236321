package org.monitoringadvisor.cli.interview;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.monitoringadvisor.cli.interview.Console.Completion;
import org.monitoringadvisor.model.Option;

/**
 * The commands the rep can type at any prompt instead of an answer: the one table of their words and what each
 * does, in a few words. The {@code commands} list, the Tab completions and the recognising of a typed command
 * ({@link #of}) all come from it; what each does once the questions start is in {@link Commands}.
 */
enum Keyword {
    HELP("what the question means and where to look for it in a policy", "help", "?"),
    WHY("why the question is asked now, and what each answer would lead to", "why"),
    BACK("go back to the previous question and answer it again", "back"),
    REVIEW("list your answers so far and choose one to change", "review"),
    HOW("the findings so far, and the answers each rests on", "how", "findings"),
    SAVE("save your answers now", "save"),
    QUIT("save your answers and stop; you can carry on later", "quit", "exit"),
    COMMANDS("list these commands", "commands");

    private final String description;
    private final List<String> words;

    Keyword(String description, String... words) {
        this.description = description;
        this.words = List.of(words);
    }

    /** The word shown in lists and offered by Tab. */
    String word() {
        return words.get(0);
    }

    /** Every word that means this command, the main one first. */
    List<String> words() {
        return words;
    }

    /** What the command does, in a few words. */
    String description() {
        return description;
    }

    /** The command typed, if the whole input is one of the command words (any case). */
    static Optional<Keyword> of(String input) {
        String word = input.strip().toLowerCase(Locale.ROOT);
        for (Keyword keyword : values()) {
            if (keyword.words.contains(word)) {
                return Optional.of(keyword);
            }
        }
        return Optional.empty();
    }

    /** The {@code commands} screen: every command's words and what it does, from this table. */
    static void list(Screen screen) {
        screen.heading("Commands (type one instead of an answer)");
        for (Keyword keyword : values()) {
            String words = String.join(", ", keyword.words());
            screen.wrapped(String.format("  %-14s", words), " ".repeat(16), keyword.description());
        }
    }

    /** What Tab offers at a prompt that takes commands only. */
    static List<Completion> completions() {
        return Stream.of(values()).map(k -> new Completion(k.word(), k.description(), "commands")).toList();
    }

    /** What Tab offers at a prompt with numbered options: the options, then the commands. */
    static List<Completion> completions(List<Option> options) {
        return Stream.concat(options.stream().map(o -> new Completion(o.value(), o.label(), "answers")),
                completions().stream()).toList();
    }
}
