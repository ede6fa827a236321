package org.monitoringadvisor.cli.interview;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.monitoringadvisor.model.Option;

/**
 * Understands a line typed at a prompt offering numbered options: a command word, the option's number, its value
 * id (with a dot after it, "2.", as in a numbered list), or an unambiguous start of its label or value (any case,
 * extra spaces ignored, apostrophes optional); and the everyday ways of saying "I don't know" ("not sure", "no
 * idea") where the question allows it.
 */
final class ReplyParser {

    private static final String UNKNOWN = "unknown";

    /** Ways of saying "I don't know", as simplified (lower case, no apostrophes). */
    private static final Set<String> NOT_KNOWN = Set.of("dont know", "do not know", "i dont know", "i do not know",
            "not sure", "im not sure", "unsure", "no idea", "dunno", "idk", "not known", "unknown", "dont know yet");

    private ReplyParser() {
    }

    /**
     * @param line    what was typed
     * @param options the options offered, numbered from 1 in this order
     */
    static Reply parse(String line, List<Option> options) {
        String text = line.strip();
        if (text.isEmpty()) {
            return new Reply.Blank();
        }
        var keyword = Keyword.of(text);
        if (keyword.isPresent()) {
            return new Reply.Command(keyword.get());
        }
        String number = text.replaceFirst("^(\\d+)\\s*[.)]$", "$1"); // "2." and "2)" as in a numbered list
        if (number.chars().allMatch(Character::isDigit)) {
            return byNumber(number, options);
        }
        String typed = simplified(text).replaceAll("[.!]+$", "").strip();
        if (NOT_KNOWN.contains(typed) && options.stream().anyMatch(o -> o.value().equals(UNKNOWN))) {
            return new Reply.Choice(UNKNOWN, false);
        }
        for (Option option : options) {
            if (option.value().equals(typed) || simplified(option.label()).equals(typed)) {
                return new Reply.Choice(option.value(), false);
            }
        }
        Set<Integer> fits = new LinkedHashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            if (option.value().startsWith(typed) || simplified(option.label()).startsWith(typed)) {
                fits.add(i + 1);
            }
        }
        if (fits.size() == 1) {
            return new Reply.Choice(options.get(fits.iterator().next() - 1).value(), true);
        }
        if (fits.size() > 1) {
            return new Reply.Unclear("\"" + text + "\" fits options "
                    + fits.stream().map(String::valueOf).collect(Collectors.joining(" and "))
                    + "; type the number of the one you mean.");
        }
        return new Reply.Unclear("Not understood: \"" + text + "\". Type " + range(options)
                + ", or \"commands\" to see what else you can type.");
    }

    /** "a number from 1 to 4", or "1" when there is a single option. */
    static String range(List<Option> options) {
        return options.size() == 1 ? "1" : "a number from 1 to " + options.size();
    }

    private static Reply byNumber(String text, List<Option> options) {
        int number;
        try {
            number = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            number = -1; // more digits than an int holds: certainly not an option number
        }
        if (number >= 1 && number <= options.size()) {
            return new Reply.Choice(options.get(number - 1).value(), false);
        }
        return new Reply.Unclear("There is no option " + text + " here; type " + range(options) + ".");
    }

    /** Lower case, accents and apostrophes dropped, runs of spaces made one, so near misses still match. */
    private static String simplified(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("['\u2019`]", "").replaceAll("\\s+", " ").strip();
    }
}
