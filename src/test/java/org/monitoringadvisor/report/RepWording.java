package org.monitoringadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.model.Source;

/**
 * What no text meant for a rep may carry: the internal ids of the guidance (the JSON keeps them), brackets inside
 * brackets, or notes meant for rule authors about how far a source was read.
 */
public final class RepWording {

    /** What a rule author writes to another, not to a rep: how far a source was read. */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("(?i)(paragraph|number|page)s?\\s+(was\\s+|were\\s+)?"
            + "not\\s+(read|seen|checked)|summaries\\s+only|\\brechecked\\b|the\\s+review's");

    /**
     * Not brackets in the sense of the rule: a subsection written straight after its number, as laws number them
     * ("Article 9(2)(g)"), and the brackets in the name of the Data (Use and Access) Act 2025, part of the name.
     */
    private static final Pattern NOT_BRACKETS = Pattern.compile(
            "(?<=[\\p{Alnum})])\\([\\p{Alnum}]{1,4}\\)|Data\\s+\\(Use\\s+and\\s+Access\\)\\s+Act");

    private static final List<String> GUIDANCE_IDS = Advisor.builtIn().knowledge().sources().all().stream()
            .map(Source::id).toList();

    private RepWording() {
    }

    /** Every problem in {@code text}, each with the words around it, prefixed with {@code name}. */
    public static List<String> problems(String name, String text) {
        List<String> found = new ArrayList<>();
        GUIDANCE_IDS.stream().filter(text::contains).forEach(id -> found.add(name + ": guidance id " + id));
        nested(text).forEach(at -> found.add(name + ": brackets in brackets " + at));
        Matcher note = AUTHOR_NOTE.matcher(text);
        while (note.find()) {
            found.add(name + ": note for authors ..." + around(text, note.start()) + "...");
        }
        return found;
    }

    /** Where a bracket opens inside another, with the words around it. */
    static List<String> nested(String text) {
        List<String> found = new ArrayList<>();
        String prose = NOT_BRACKETS.matcher(text).replaceAll(m -> " ".repeat(m.group().length()));
        int depth = 0;
        for (int i = 0; i < prose.length(); i++) {
            char c = prose.charAt(i);
            if (c == '(' || c == '[') {
                if (++depth == 2) {
                    found.add("..." + around(text, i) + "...");
                }
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return found;
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replaceAll("\\s+", " ");
    }
}
