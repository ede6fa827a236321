package org.monitoringadvisor.answers;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a parser's syntax error into a message a rep can act on: where it is and what the parser said. */
final class SyntaxErrors {

    private SyntaxErrors() {
    }

    /**
     * The error as {@code not valid JSON (at column C): what the parser said}, at the line of the problem.
     *
     * @param text the text that was parsed, to tell whether a YAML problem was found only at its very end
     */
    static AnswersFileException describe(String source, AnswersFileReader.Format format, String text,
                                         JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        String hint = "";
        if (format == AnswersFileReader.Format.YAML) {
            // Jackson reports where its YAML parser had got to, which can be a line or more before the problem;
            // SnakeYAML's own marks are exact.
            Mark mark = e.getCause() instanceof MarkedYAMLException marked ? yamlMark(marked, text) : null;
            if (mark != null) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
            hint = "; check the indentation and quotes on that line and the one before";
        }
        String at = column > 0 ? " (at column " + column + ")" : "";
        return new AnswersFileException(source, Math.max(line, 0),
                "not valid " + format.name() + at + ": " + summary(e.getOriginalMessage()) + hint, e);
    }

    /**
     * Where the problem is; but when the parser only noticed it at the end of the text (an unclosed quote or
     * bracket), where the unfinished part started, because that is where it has to be fixed.
     */
    private static Mark yamlMark(MarkedYAMLException e, String text) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        String content = text.stripTrailing();
        boolean atEnd = problem != null && problem.getIndex() >= content.codePointCount(0, content.length());
        return (problem == null || atEnd) && context != null ? context : problem;
    }

    /**
     * The parser's message without the indented location and excerpt lines the YAML parser adds (the line is
     * already in front of the message); for JSON this is just its first line.
     */
    private static final Pattern SOURCE_LOCATION = Pattern.compile("\\s*(at\\s*)?\\[Source: [^\\]]*\\]");

    /** Jackson's pointers at its own settings, such as "(from `StreamReadConstraints.getMaxNestingDepth()`)". */
    private static final Pattern SETTING_HINT = Pattern.compile("\\s*\\(from `[^`]*`\\)|\\s*\\(consider [^)]*\\)");

    /** Java class names (com.fasterxml..., org.yaml..., java.lang...) and backquoted code, which mean nothing to a rep. */
    private static final Pattern CODE = Pattern.compile("`[^`]*`|\\b(?:com|org|java|javax|jdk|sun)(?:\\.[A-Za-z_$][\\w$]*)+");

    private static String summary(String message) {
        if (message == null) {
            return "syntax error";
        }
        String text = message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .collect(Collectors.joining("; "));
        // Jackson sometimes puts its own "[Source: ...; line: 1, column: 12]" inside the message; the line and
        // column are already in front of ours, and the rest means nothing to a rep.
        text = SOURCE_LOCATION.matcher(text.isEmpty() ? message.strip() : text).replaceAll("");
        text = SETTING_HINT.matcher(text).replaceAll("");
        text = CODE.matcher(text).replaceAll("a value").strip();
        return text.isEmpty() ? "syntax error" : text;
    }
}
