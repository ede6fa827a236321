package org.monitoringadvisor.engine.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.monitoringadvisor.engine.check.DrlRule.Located;

/**
 * Why Drools' parser could not read a DRL file, in plain words at the mistake itself. The parser notices a
 * mistake where it stops making sense ("mismatched input 'then'"), often a line after it; so the text is first
 * scanned for the slips rule authors make, a bracket or a quote left open, a rule without {@code end}, and only
 * when none is found are the parser's own messages reworded.
 */
final class DrlSyntax {

    private static final Pattern PARSER_MESSAGE = Pattern.compile(
            "(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+) (.*?)(?: in rule \"?(.*?)\"?)?\\s*$", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("(?:mismatched input|no viable alternative at input|"
            + "extraneous input|missing \\S+ at) '((?:[^']|'(?! ))*)'");
    private static final List<String> KEYWORDS = List.of("rule", "when", "then", "end", "not", "exists", "and", "or",
            "package", "import", "global", "query", "declare", "from", "forall", "accumulate", "collect", "in");

    private DrlSyntax() {
    }

    /** The mistakes in a file the parser rejected, each at its line and column. */
    static List<Located> explain(SourceText source, List<? extends KnowledgeBuilderResult> parserErrors) {
        List<Located> found = scan(source);
        if (!found.isEmpty()) {
            return found;
        }
        for (KnowledgeBuilderResult error : parserErrors) {
            found.add(reworded(source, error));
        }
        if (found.isEmpty()) {
            found.add(new Located("Drools cannot read this file as rules", source.at(0)));
        }
        return found;
    }

    /** A parser message in plain words, at its line and (1-based) column. */
    static Located reworded(SourceText source, KnowledgeBuilderResult error) {
        int line = error instanceof ParserError parser ? parser.getRow() : firstLine(error);
        int column = error instanceof ParserError parser ? parser.getCol() : 0;
        return reworded(source, error.getMessage() == null ? "" : error.getMessage(), line, column);
    }

    /** A parser message as the compiler passes it on ("[ERR 102] Line 7:0 mismatched input ..."), reworded. */
    static Located reworded(SourceText source, String message, int line, int zeroBasedColumn) {
        Matcher parsed = PARSER_MESSAGE.matcher(message.strip());
        String rule = null;
        String what = message.strip();
        if (parsed.matches()) {
            line = Integer.parseInt(parsed.group(1));
            zeroBasedColumn = Integer.parseInt(parsed.group(2));
            what = parsed.group(3);
            rule = parsed.group(4);
        }
        return new Located(plain(what, rule), source.atLine(line, zeroBasedColumn + 1));
    }

    /** Whether a compiler message is one of the parser's. */
    static boolean isParserMessage(String message) {
        return message.strip().startsWith("[ERR ");
    }

    private static int firstLine(KnowledgeBuilderResult error) {
        int[] lines = error.getLines();
        return lines == null || lines.length == 0 ? 1 : lines[0];
    }

    private static String plain(String message, String rule) {
        String inRule = rule == null || rule.isBlank() ? "" : " in rule \"" + rule + "\"";
        Matcher token = TOKEN.matcher(message);
        if (!token.find()) {
            return message + inRule;
        }
        String word = token.group(1);
        if (word.isEmpty() || word.equals("<EOF>")) {
            return "the file ends in the middle of a rule" + inRule + "; is an \"end\" missing?";
        }
        String hint;
        if (word.equals("=")) {
            hint = "to compare, write \"==\"";
        } else if (Suggestions.closest(word, KEYWORDS).filter(k -> !k.equals(word)).isPresent()) {
            hint = "did you mean \"" + Suggestions.closest(word, KEYWORDS).orElseThrow() + "\"?";
        } else {
            hint = "look just before it for a missing \",\", \")\" or quote";
        }
        return "unexpected \"" + word + "\"" + inRule + "; " + hint;
    }

    /** Open brackets and quotes, stray closing brackets and rules without {@code end}, outside comments. */
    private static List<Located> scan(SourceText source) {
        String text = source.text();
        List<Located> found = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int ruleAt = -1;
        boolean lineStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/' || c == '#' && lineStart) {
                i = endOfLine(text, i);
                continue;
            }
            if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = closingQuote(text, i);
                if (end < 0) {
                    found.add(new Located("this quote is not closed: add " + c + " where the text ends, on the "
                            + "same line", source.at(i)));
                    return found;
                }
                i = end + 1;
                lineStart = false;
                continue;
            }
            if (c == '(') {
                open.push(i);
            } else if (c == ')') {
                if (open.isEmpty()) {
                    found.add(new Located("this \")\" closes no \"(\"; remove it, or open the bracket it closes",
                            source.at(i)));
                    return found;
                }
                open.pop();
            } else if (lineStart && Character.isLetter(c)) {
                String word = wordAt(text, i);
                if (!open.isEmpty() && List.of("then", "end", "rule").contains(word)) {
                    found.add(new Located("this \"(\" is not closed: add \")\" before \"" + word + "\" on line "
                            + source.at(i).line(), source.at(open.peekLast())));
                    return found;
                }
                if (word.equals("rule")) {
                    if (ruleAt >= 0) {
                        found.add(new Located(ruleName(text, ruleAt) + " has no \"end\": end it before the next rule "
                                + "on line " + source.at(i).line(), source.at(ruleAt)));
                        return found;
                    }
                    ruleAt = i;
                } else if (word.equals("end")) {
                    ruleAt = -1;
                }
                i += word.length();
                lineStart = false;
                continue;
            }
            if (c == '\n') {
                lineStart = true;
            } else if (!Character.isWhitespace(c)) {
                lineStart = false;
            }
            i++;
        }
        if (!open.isEmpty()) {
            found.add(new Located("this \"(\" is not closed: add \")\"", source.at(open.peekLast())));
        } else if (ruleAt >= 0) {
            found.add(new Located(ruleName(text, ruleAt) + " has no \"end\": add one after its consequence",
                    source.at(ruleAt)));
        }
        return found;
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** The offset of the quote closing the one at {@code start} on the same line, or -1. */
    private static int closingQuote(String text, int start) {
        char quote = text.charAt(start);
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static String wordAt(String text, int from) {
        int end = from;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(from, end);
    }

    private static String ruleName(String text, int ruleAt) {
        int end = endOfLine(text, ruleAt);
        String header = text.substring(ruleAt, end).strip();
        return header.length() > 60 ? header.substring(0, 57) + "..." : header;
    }
}
