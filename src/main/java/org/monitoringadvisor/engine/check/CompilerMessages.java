package org.monitoringadvisor.engine.check;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.monitoringadvisor.engine.check.DrlRule.Located;
import org.monitoringadvisor.knowledge.Position;

/**
 * The Drools compiler's messages in plain words, each at the mistake itself. The compiler reports a condition it
 * cannot resolve at no line at all ("Unable to Analyse Expression value == none: [Error: unable to resolve method
 * using strict-mode: ...Answer.none()]") and a mistake in a consequence at the line its rule starts on; here each
 * is found in the text again and said the way a rule author would put it.
 */
final class CompilerMessages {

    private static final Pattern ANALYSE = Pattern.compile(
            "Unable to Analyse Expression (.+?):\\s*\\[Error: (.*?)\\](?:\\s*\\[Near.*)?$", Pattern.DOTALL);
    private static final Pattern STRICT = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern CONSEQUENCE = Pattern.compile("Rule Compilation error\\s*(.*)", Pattern.DOTALL);
    private static final Pattern UNKNOWN_VARIABLE = Pattern.compile("(\\w+) cannot be resolved to a variable");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("(\\w+) cannot be resolved(?: to a type)?");
    private static final Pattern UNKNOWN_METHOD = Pattern.compile("The method (\\w+)\\((.*?)\\) is undefined");
    private static final Pattern BAD_TOKEN = Pattern.compile("Syntax error on token \"(.+?)\", (.*)");
    private static final List<String> FACTS = List.of("Answer", "Ask", "Conclusion", "Judgement");
    private static final List<String> CONSEQUENCE_CALLS = List.of("insertLogical");

    private CompilerMessages() {
    }

    /**
     * One compiler message about {@code file}, in plain words at its place; empty when it only repeats what the
     * parser's reading already says ("Parser returned a null Package", a duplicate rule name).
     *
     * @param line   the line Drools gave, 1-based, or 0 or less when it gave none
     * @param column the column Drools gave, 0-based
     */
    static Optional<Located> explain(DrlFile file, int line, int column, String message) {
        String text = message.strip().replaceAll("\\s+", " ");
        SourceText source = file.source();
        if (text.contains("Parser returned a null Package") || text.startsWith("Duplicate rule name")) {
            return Optional.empty();
        }
        if (DrlSyntax.isParserMessage(text)) {
            return Optional.of(DrlSyntax.reworded(source, text, line, column));
        }
        Matcher analyse = ANALYSE.matcher(text);
        if (analyse.matches()) {
            return Optional.of(condition(source, line, analyse.group(1).strip(), analyse.group(2).strip()));
        }
        Matcher type = OBJECT_TYPE.matcher(text);
        if (type.find()) {
            String name = type.group(1).substring(type.group(1).lastIndexOf('.') + 1);
            return Optional.of(new Located("unknown fact type \"" + name + "\"" + Suggestions.didYouMean(name, FACTS),
                    wordOnLine(source, name, line)));
        }
        Matcher consequence = CONSEQUENCE.matcher(text);
        if (consequence.matches()) {
            return Optional.of(consequence(file, line, consequence.group(1).strip()));
        }
        return Optional.of(new Located(text, source.atLine(line, column + 1)));
    }

    /** A constraint the compiler could not resolve: a misspelt field, or a value written without its quotes. */
    private static Located condition(SourceText source, int line, String expression, String error) {
        int[] found = find(source, expression, line);
        Matcher strict = STRICT.matcher(error);
        if (found != null && strict.find()) {
            String type = strict.group(1).substring(strict.group(1).lastIndexOf('.') + 1);
            String name = strict.group(2);
            int at = source.indexOfWord(name, found[0], found[1]);
            List<String> fields = fields(strict.group(1));
            String operator = operatorBefore(source.text(), found[0], at);
            if (operator == null) {
                return new Located("\"" + name + "\" is not a field of " + type
                        + (fields.isEmpty() ? "" : "; its fields are " + String.join(", ", fields))
                        + Suggestions.didYouMean(name, fields), source.at(at < 0 ? found[0] : at));
            }
            return new Located(UnquotedValueLint.message(name), source.at(at < 0 ? found[0] : at));
        }
        String why = error.replaceFirst("^\\[?Error:\\s*", "");
        return new Located("cannot make sense of \"" + expression + "\": " + why,
                found == null ? source.atLine(line, 1) : source.at(found[0]));
    }

    /** The comparison operator between {@code from} and {@code at}, or null when {@code at} is before any. */
    private static String operatorBefore(String text, int from, int at) {
        if (at < 0) {
            return "?";
        }
        Matcher operator = Pattern.compile("==|!=|<=|>=|<|>|\\bin\\b|\\bmatches\\b").matcher(text);
        operator.region(from, at);
        return operator.find() ? operator.group() : null;
    }

    /** A mistake in the Java of a consequence, which Drools reports at the line the rule starts on. */
    private static Located consequence(DrlFile file, int line, String error) {
        SourceText source = file.source();
        Optional<DrlRule> rule = file.rules().stream().filter(r -> r.position().line() == line).findFirst();
        String inRule = rule.map(r -> " in the consequence of rule \"" + r.name() + "\"").orElse(" in a consequence");
        int[] body = rule.map(r -> consequenceOf(source, r)).orElse(null);
        Position fallback = body == null ? source.atLine(line, 1) : source.at(body[0]);
        Matcher variable = UNKNOWN_VARIABLE.matcher(error);
        if (variable.find()) {
            // personal-use-banned without quotes is Java's personal - use - banned: name the whole id
            int at = body == null ? -1 : source.indexOfWord(variable.group(1), body[0], body[1]);
            String name = at < 0 ? variable.group(1) : idAt(source.text(), at);
            return new Located(name + " is not known" + inRule + "; if it is an id, put it in quotes: \"" + name
                    + "\"", at < 0 ? fallback : source.at(at));
        }
        Matcher method = UNKNOWN_METHOD.matcher(error);
        if (method.find()) {
            String name = method.group(1);
            return new Located("there is no " + name + "(...) to call" + inRule
                    + Suggestions.didYouMean(name, CONSEQUENCE_CALLS), wordIn(source, name, body, fallback));
        }
        if (error.contains("insert \";\" to complete")) {
            return new Located("a \";\" is missing at the end of this statement" + inRule,
                    body == null ? fallback : missingSemicolon(source, body, fallback));
        }
        Matcher token = BAD_TOKEN.matcher(error);
        if (token.find()) {
            return new Located("unexpected \"" + token.group(1) + "\"" + inRule + " (" + token.group(2) + ")",
                    wordIn(source, token.group(1), body, fallback));
        }
        Matcher type = UNKNOWN_TYPE.matcher(error);
        if (type.find()) {
            return new Located("\"" + type.group(1) + "\" is not known" + inRule, wordIn(source, type.group(1), body,
                    fallback));
        }
        return new Located(error + inRule, fallback);
    }

    /** Where a rule's consequence is: from just after {@code then} to its {@code end}; null if not found. */
    private static int[] consequenceOf(SourceText source, DrlRule rule) {
        String text = source.text();
        int start = source.lineStart(rule.position().line());
        Matcher then = Pattern.compile("(?m)^\\s*then\\b").matcher(text);
        if (start < 0 || !then.find(start)) {
            return null;
        }
        Matcher end = Pattern.compile("(?m)^\\s*end\\b").matcher(text);
        return new int[] {then.end(), end.find(then.end()) ? end.start() : text.length()};
    }

    /** The end of the first statement in the consequence that does not end with ";", or the fallback. */
    private static Position missingSemicolon(SourceText source, int[] body, Position fallback) {
        String code = JavaText.withoutComments(source.text().substring(body[0], body[1]));
        int offset = 0;
        for (String each : code.split("\n", -1)) {
            String line = each.stripTrailing();
            if (!line.isBlank() && !line.endsWith(";") && !line.endsWith("{") && !line.endsWith("}")
                    && !line.endsWith(",") && !line.endsWith("(")) {
                return source.at(body[0] + offset + line.length());
            }
            offset += each.length() + 1;
        }
        return fallback;
    }

    /** The id written at {@code at}: letters, digits and hyphens. */
    private static String idAt(String text, int at) {
        int end = at;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'
                || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(at, end).replaceAll("-+$", "");
    }

    private static Position wordIn(SourceText source, String word, int[] body, Position fallback) {
        int at = body == null ? -1 : source.indexOfWord(word, body[0], body[1]);
        return at < 0 ? fallback : source.at(at);
    }

    private static Position wordOnLine(SourceText source, String word, int line) {
        int start = source.lineStart(line);
        int at = start < 0 ? -1 : source.indexOfWord(word, start, source.text().length());
        if (at < 0) {
            at = source.indexOfWord(word, 0, source.text().length());
        }
        return at < 0 ? source.atLine(line, 1) : source.at(at);
    }

    /**
     * Where {@code expression} is written, as {start, end} offsets, searching from {@code line} (any line when the
     * compiler gave none or it is not there); spacing may differ from the compiler's copy.
     */
    private static int[] find(SourceText source, String expression, int line) {
        String[] tokens = expression.split("\\s+");
        Pattern written = Pattern.compile(String.join("\\s*", Arrays.stream(tokens).map(Pattern::quote).toList()));
        Matcher matcher = written.matcher(source.text());
        int from = Math.max(source.lineStart(line), 0);
        if (matcher.find(from) || matcher.find(0)) {
            return new int[] {matcher.start(), matcher.end()};
        }
        return null;
    }

    /** The fields of a fact class, when it is a record this class loader can see. */
    private static List<String> fields(String className) {
        try {
            RecordComponent[] components = Class.forName(className, false, CompilerMessages.class.getClassLoader())
                    .getRecordComponents();
            return components == null ? List.of() : Arrays.stream(components).map(RecordComponent::getName).toList();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }
}
