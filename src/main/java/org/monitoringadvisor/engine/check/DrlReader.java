package org.monitoringadvisor.engine.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.io.Resource;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.monitoringadvisor.engine.check.DrlRule.Citation;
import org.monitoringadvisor.engine.check.DrlRule.Comparison;
import org.monitoringadvisor.engine.check.DrlRule.FactPattern;
import org.monitoringadvisor.engine.check.DrlRule.Located;
import org.monitoringadvisor.engine.check.DrlRule.NewFact;
import org.monitoringadvisor.knowledge.Knowledge;

/**
 * Reads DRL files with Drools' own parser (the one the compiler uses) into {@link DrlRule}s. Constraints are
 * parsed by Drools' expression parser, so {@code in (...)}, {@code not in}, {@code ==} and {@code !=} all come out
 * as comparisons, each located at its string literal. Consequences are Java text; the facts they create are found
 * by pattern, outside comments.
 */
final class DrlReader {

    private static final LanguageLevelOption LEVEL = LanguageLevelOption.DRL6;
    private static final Pattern NEW_FACT = Pattern.compile(
            "new\\s+(?:[\\w.]+\\.)?(Ask|Conclusion|Judgement)\\s*\\(\\s*(\"[^\"\\\\\\n]*\")\\s*\\)");
    private static final Pattern PLAIN_CHANGE = Pattern.compile("\\b(insert|modify|update|delete|retract)\\s*\\(");
    private static final Pattern INPUT_OUTPUT = Pattern.compile(
            "\\bSystem\\s*\\.\\s*(?:out|err|in)\\b|\\bFiles\\s*\\.|\\bnew\\s+(?:java\\.io\\.)?(?:File|FileWriter|FileReader"
                    + "|FileInputStream|FileOutputStream|Scanner|Socket|URL)\\s*\\(|\\bThread\\s*\\.\\s*sleep\\b");
    private static final Pattern HALF_CONSTRAINT = Pattern.compile("(\\|\\||&&)\\s*(==|!=|<=|>=|<|>)");
    private static final Pattern GUIDANCE = Pattern.compile("@" + Knowledge.GUIDANCE_METADATA + "\\s*\\(");

    private DrlReader() {
    }

    /** Reads one file; a file the parser rejects comes back with no rules and its syntax errors in plain words. */
    static DrlFile read(String location, String text) {
        return read(location, text, null).file();
    }

    /**
     * Reads one file, the parser given {@code resource} (null for none) as Drools' build gives it the file's; the
     * package parsed comes back too, null if the parser rejected the file.
     */
    static Reading read(String location, String text, Resource resource) {
        SourceText source = new SourceText(location, text);
        DrlParser parser = new DrlParser(LEVEL);
        PackageDescr descr;
        try {
            descr = parser.parse(resource, text);
        } catch (DroolsParserException e) {
            return new Reading(new DrlFile(source, List.of(), DrlSyntax.explain(source, List.of())), null);
        }
        if (descr == null || parser.hasErrors()) {
            return new Reading(new DrlFile(source, List.of(), DrlSyntax.explain(source, parser.getErrors())), null);
        }
        List<DrlRule> rules = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            rules.add(new RuleReading(source, rule).read());
        }
        return new Reading(new DrlFile(source, rules, List.of()), descr);
    }

    /** A file as the checks see it, and the package Drools' parser made of it (null if it could not read it). */
    record Reading(DrlFile file, PackageDescr parsed) {
    }

    /** The reading of one rule. */
    private static final class RuleReading {

        private final SourceText source;
        private final RuleDescr rule;
        private final List<FactPattern> patterns = new ArrayList<>();
        private final List<Located> oldSyntax = new ArrayList<>();

        RuleReading(SourceText source, RuleDescr rule) {
            this.source = source;
            this.rule = rule;
        }

        DrlRule read() {
            int start = Math.max(rule.getStartCharacter(), 0);
            if (rule.getLhs() != null) {
                walk(rule.getLhs());
            }
            AttributeDescr agendaGroup = rule.getAttributes().get("agenda-group");
            if (agendaGroup != null) {
                int at = source.indexOf("agenda-group", start, source.text().length());
                oldSyntax.add(new Located("'agenda-group' will be dropped by the DRL10 parser; this rule base does "
                        + "not need rule groups (let conditions decide when a rule fires)", source.at(at)));
            }
            int consequenceStart = consequenceStart(start);
            String consequence = consequenceStart < 0 ? "" : String.valueOf(rule.getConsequence());
            int guidanceAt = guidanceAnnotation(start, consequenceStart < 0 ? source.text().length() : consequenceStart);
            return new DrlRule(rule.getName(), source.at(start), guidanceAt < 0 ? null : source.at(guidanceAt),
                    citations(guidanceAt), patterns, newFacts(consequence, consequenceStart),
                    calls(consequence, consequenceStart), oldSyntax);
        }

        private void walk(BaseDescr descr) {
            if (descr instanceof PatternDescr pattern) {
                patterns.add(pattern(pattern));
                if (pattern.getSource() instanceof ConditionalElementDescr source) {
                    source.getDescrs().forEach(this::walk);
                }
                return;
            }
            if (descr instanceof AndDescr || descr instanceof OrDescr) {
                checkInfixOperators(((ConditionalElementDescr) descr).getDescrs());
            }
            if (descr instanceof ConditionalElementDescr element) {
                element.getDescrs().forEach(this::walk);
            }
        }

        /** Patterns joined by {@code &&} or {@code ||} instead of {@code and} or {@code or}. */
        private void checkInfixOperators(List<? extends BaseDescr> children) {
            for (int i = 1; i < children.size(); i++) {
                int from = children.get(i - 1).getEndCharacter();
                int to = children.get(i).getStartCharacter();
                if (from < 0 || to < from) {
                    continue;
                }
                for (String operator : List.of("&&", "||")) {
                    int at = source.indexOf(operator, from, to);
                    if (at >= 0) {
                        oldSyntax.add(new Located("'" + operator + "' between patterns will be dropped by the DRL10 "
                                + "parser; write '" + (operator.equals("&&") ? "and" : "or") + "'", source.at(at)));
                    }
                }
            }
        }

        private FactPattern pattern(PatternDescr pattern) {
            String type = pattern.getObjectType();
            type = type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
            List<Comparison> comparisons = new ArrayList<>();
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    comparisons.addAll(comparisons(expression));
                }
            }
            return new FactPattern(type, source.at(pattern.getStartCharacter()), comparisons);
        }

        private List<Comparison> comparisons(ExprConstraintDescr constraint) {
            int from = constraint.getStartCharacter();
            int to = constraint.getEndCharacter() + 1;
            String written = from >= 0 && to <= source.text().length() && from < to
                    ? source.text().substring(from, to) : constraint.getExpression();
            Matcher half = HALF_CONSTRAINT.matcher(written);
            if (half.find()) {
                oldSyntax.add(new Located("half constraint '" + half.group().replaceAll("\\s+", " ") + "' will be "
                        + "dropped by the DRL10 parser; name the field again, or use 'in (...)'",
                        source.at(from + half.start())));
            }
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LEVEL);
            ConstraintConnectiveDescr parsed = parser.parse(constraint.getExpression());
            List<Comparison> comparisons = new ArrayList<>();
            if (parsed != null && !parser.hasErrors()) {
                int[] cursor = {from};
                collect(parsed, from, to, cursor, comparisons);
            }
            return comparisons;
        }

        private void collect(BaseDescr descr, int from, int to, int[] cursor, List<Comparison> out) {
            if (descr instanceof ConstraintConnectiveDescr connective) {
                connective.getDescrs().forEach(d -> collect(d, from, to, cursor, out));
            } else if (descr instanceof RelationalExprDescr relation
                    && ("==".equals(relation.getOperator()) || "!=".equals(relation.getOperator()))) {
                String field = fieldName(relation.getLeft());
                String literal = literal(relation.getRight());
                if (field == null || literal == null) {
                    field = fieldName(relation.getRight());
                    literal = literal(relation.getLeft());
                }
                boolean quoted = field != null && literal != null;
                if (field == null || literal == null) {
                    // value == banned: a bare word where a quoted value belongs
                    field = fieldName(relation.getLeft());
                    literal = bareWord(relation.getRight());
                }
                if (field != null && literal != null) {
                    boolean equal = "==".equals(relation.getOperator()) != relation.isNegated();
                    int at = quoted ? source.indexOf(literal, cursor[0], to) : source.indexOfWord(literal, cursor[0], to);
                    if (at < 0) {
                        at = quoted ? source.indexOf(literal, from, to) : source.indexOfWord(literal, from, to);
                    } else {
                        cursor[0] = at + literal.length();
                    }
                    out.add(new Comparison(field, equal, quoted ? unquote(literal) : literal,
                            source.at(at < 0 ? from : at), quoted));
                }
            }
        }

        /** A plain name such as {@code banned} (not a {@code $variable}, a keyword or a number), or null. */
        private static String bareWord(BaseDescr side) {
            if (!(side instanceof AtomicExprDescr atomic) || atomic.isLiteral()) {
                return null;
            }
            String word = atomic.getExpression().strip();
            return word.matches("[A-Za-z_]\\w*") && !List.of("null", "true", "false", "this").contains(word)
                    ? word : null;
        }

        private static String fieldName(BaseDescr side) {
            if (!(side instanceof AtomicExprDescr atomic) || atomic.isLiteral()) {
                return null;
            }
            String name = atomic.getExpression().strip();
            name = name.startsWith("this.") ? name.substring("this.".length()) : name;
            name = name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
            return name.matches("[A-Za-z_]\\w*") ? name : null;
        }

        /** A string literal as written, quotes included, or null. */
        private static String literal(BaseDescr side) {
            if (side instanceof AtomicExprDescr atomic) {
                String text = atomic.getExpression().strip();
                if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                        || text.startsWith("'") && text.endsWith("'"))) {
                    return text;
                }
            }
            return null;
        }

        private static String unquote(String literal) {
            return literal.substring(1, literal.length() - 1);
        }

        /** Where the consequence's text starts in the file, or -1 when it cannot be found. */
        private int consequenceStart(int ruleStart) {
            Object consequence = rule.getConsequence();
            if (consequence == null) {
                return -1;
            }
            String text = consequence.toString();
            if (text.isBlank()) {
                return -1;
            }
            return source.indexOf(text, ruleStart, source.text().length());
        }

        private int guidanceAnnotation(int from, int to) {
            Matcher matcher = GUIDANCE.matcher(source.text());
            matcher.region(from, Math.max(from, to));
            return matcher.find() ? matcher.start() : -1;
        }

        private List<Citation> citations(int annotationStart) {
            AnnotationDescr annotation = rule.getAnnotation(Knowledge.GUIDANCE_METADATA);
            List<Citation> citations = new ArrayList<>();
            if (annotation == null || annotation.getValue() == null) {
                return citations;
            }
            String value = annotation.getValue().toString().strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = unquote(value);
            }
            int cursor = Math.max(annotationStart, 0);
            for (String id : value.split(",")) {
                String cited = id.strip();
                if (cited.isEmpty()) {
                    continue;
                }
                int at = annotationStart < 0 ? -1 : source.indexOf(cited, cursor, source.text().length());
                if (at >= 0) {
                    cursor = at + cited.length();
                }
                citations.add(new Citation(cited, at < 0 ? source.at(Math.max(rule.getStartCharacter(), 0))
                        : source.at(at)));
            }
            return citations;
        }

        private List<NewFact> newFacts(String consequence, int start) {
            List<NewFact> created = new ArrayList<>();
            Matcher matcher = NEW_FACT.matcher(JavaText.withoutComments(consequence));
            while (matcher.find()) {
                created.add(new NewFact(matcher.group(1), unquote(matcher.group(2)),
                        source.at(start + matcher.start(2))));
            }
            return created;
        }

        private List<Located> calls(String consequence, int start) {
            List<Located> calls = new ArrayList<>();
            String code = JavaText.withoutCommentsAndStrings(consequence);
            Matcher change = PLAIN_CHANGE.matcher(code);
            while (change.find()) {
                String call = change.group(1);
                calls.add(new Located(call.equals("insert")
                        ? "use insertLogical, not insert: a fact inserted plainly stays when the answers it rests on "
                        + "change"
                        : call + "(...) changes facts by hand; rules here only insertLogical new facts, which truth "
                        + "maintenance withdraws by itself (and a " + call + " can re-trigger rules in a loop)",
                        source.at(start + change.start())));
            }
            Matcher io = INPUT_OUTPUT.matcher(code);
            while (io.find()) {
                calls.add(new Located("no input or output in rules ('" + io.group().replaceAll("\\s+", "")
                        + "'): rules insert facts and Java reads them", source.at(start + io.start())));
            }
            return calls;
        }
    }
}
