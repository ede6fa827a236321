package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.authoring.TinyRuleBase;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.knowledge.EditedFiles;
import org.monitoringadvisor.knowledge.Knowledge;
import org.monitoringadvisor.knowledge.KnowledgeFiles;
import org.monitoringadvisor.knowledge.RandomAnswers;
import org.monitoringadvisor.model.Conclusion;

/**
 * Rules whose consequence only inserts a fact made of string literals run without Java compiled for them, and
 * conclude, explain and fail exactly as the same rules compiled to Java do.
 */
class LiteralInsertionTest {

    private static final Knowledge BUILT_IN = Knowledge.load(KnowledgeFiles.builtIn());

    @TempDir
    Path dir;

    @Test
    void readsOnlyInsertsOfNewFactsMadeOfStringLiterals() {
        List<LiteralInsertion.Statement> one =
                LiteralInsertion.statementsOf("\n    insertLogical( new Conclusion( \"routine-monitoring\" ) );\n");
        assertThat(one).singleElement().satisfies(s -> assertThat(s.typeName()).isEqualTo("Conclusion"))
                .satisfies(s -> assertThat(s.literals()).containsExactly("routine-monitoring"));
        assertThat(LiteralInsertion.statementsOf("insertLogical(new org.example . Pair(\"a\",\"b\"));"))
                .singleElement().satisfies(s -> assertThat(s.typeName()).isEqualTo("org.example.Pair"))
                .satisfies(s -> assertThat(s.literals()).containsExactly("a", "b"));
        assertThat(LiteralInsertion.statementsOf("""
                    insertLogical( new Ask( "a" ) );
                    insertLogical( new Marker() );
                """)).extracting(LiteralInsertion.Statement::typeName).containsExactly("Ask", "Marker");

        for (String other : List.of(
                "",
                "insertLogical( new Conclusion( \"a\" ) ); // why",
                "insertLogical( new Conclusion( \"a\\\"b\" ) );",
                "insertLogical( new Conclusion( $id ) );",
                "insertLogical( new Conclusion( \"a\" + \"b\" ) );",
                "insert( new Conclusion( \"a\" ) );",
                "insertLogical( new Conclusion( \"a\" ) )",
                "insertLogical( new Conclusion( \"a\" ) ); update( $x );")) {
            assertThat(LiteralInsertion.statementsOf(other)).as(other).isNull();
        }
    }

    @Test
    void isUsedOnlyWhereEachTypeHasAPublicConstructorOfThatManyStrings() {
        LiteralInsertion.Statement oneString = new LiteralInsertion.Statement("X", new String[] {"a"});
        LiteralInsertion.Statement twoStrings = new LiteralInsertion.Statement("X", new String[] {"a", "b"});
        assertThat(LiteralInsertion.of(List.of(Conclusion.class), List.of(oneString))).isNotNull();
        assertThat(LiteralInsertion.of(List.of(Conclusion.class, Conclusion.class), List.of(oneString, twoStrings)))
                .isNull();
        assertThat(LiteralInsertion.of(List.of(CharSequence.class), List.of(oneString))).isNull();
        assertThat(LiteralInsertion.of(List.of(Object.class), List.of(oneString))).isNull();
    }

    @Test
    void theBuiltInRulesConcludeAndExplainWhatTheSameRulesCompiledToJavaDo() {
        CompiledRules literal = RuleBaseCompiler.compile(BUILT_IN);
        CompiledRules java = RuleBaseCompiler.compile(Knowledge.load(inJava(KnowledgeFiles.builtIn())));
        assertThat(consequences(literal)).filteredOn(c -> c instanceof LiteralInsertion).isNotEmpty();
        assertThat(consequences(java)).noneMatch(c -> c instanceof LiteralInsertion);

        Random random = new Random(47);
        for (int i = 0; i < 40; i++) {
            Map<String, String> answers = RandomAnswers.draw(BUILT_IN.questions().all(), random);
            assertThat(shownBy(literal, answers)).isEqualTo(shownBy(java, answers));
        }
    }

    /**
     * Where the Java compiler would resolve a type otherwise than a plain lookup might, or not compile the
     * consequence at all, or where the constructor throws as the rule fires, the rule concludes or fails exactly as
     * the same rule compiled to Java does.
     */
    @Test
    void typesAreFoundAsTheJavaCompilerFindsThemOrLeftToIt() {
        String rules = """
                package rules;
                import org.monitoringadvisor.model.*;
                %s

                rule "Routine monitoring makes a fact"
                    @guidance("test/monitoring")
                when
                    Answer( question == "monitoring-practice", value == "routine" )
                then
                    %s
                end
                """;
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("throws", new String[] {"", "insertLogical( new java.math.BigDecimal( \"lots\" ) );"});
        // A short name Drools' own resolver learns from a global, which Java does not know without an import.
        cases.put("global", new String[] {"global java.math.BigDecimal limit;",
                "insertLogical( new BigDecimal( \"2\" ) );"});
        cases.put("ambiguous", new String[] {"import java.util.*;\nimport java.sql.*;",
                "insertLogical( new Date( \"x\" ) );"});
        // A function's class, in the rule's own package, comes before an on-demand import in Java.
        cases.put("function", new String[] {"function String conclusion( String id ) { return id; }",
                "insertLogical( new Conclusion( \"personal-use-banned\" ) );"});
        cases.put("jdk-internal", new String[] {"", "insertLogical( new sun.security.x509.X500Name( \"CN=a\" ) );"});
        cases.put("throwable", new String[] {"import org.monitoringadvisor.engine.internal.ThrowsThrowable;",
                "insertLogical( new ThrowsThrowable( \"a\" ) );"});
        // A type declared in another package of the same rule base is the knowledge base's own class.
        cases.put("declared", new String[] {"import shared.Flag;\n\nrule \"A flag is a ban\"\n"
                + "    @guidance(\"test/monitoring\")\nwhen\n    Flag( name == \"f\" )\nthen\n"
                + "    insertLogical( new Conclusion( \"personal-use-banned\" ) );\nend",
                "insertLogical( new Flag( \"f\" ) );"});
        Map<String, String> literal = new java.util.TreeMap<>();
        Map<String, String> java = new java.util.TreeMap<>();
        cases.forEach((name, parts) -> {
            String text = rules.formatted(parts[0], parts[1]);
            literal.put(name, outcomeOf(withRules(dir.resolve(name + "-literal"), text)));
            java.put(name, outcomeOf(withRules(dir.resolve(name + "-java"), inJava(text))));
        });
        assertThat(literal).isEqualTo(java);
        assertThat(literal.get("throws")).contains("the rule \"Routine monitoring makes a fact\"", "extra.drl",
                "NumberFormatException");
    }

    /**
     * Fired for the first time on four threads, and written and read back, the literal insertions conclude what the
     * stored rules do. (Read back, they are assessed on one thread: a rule base compiled at run time and stored is
     * for tests only, and its copies for other threads would lack the consequences its Java rules wired by then.)
     */
    @Test
    void onSeveralThreadsAndReadBackTheyConcludeWhatTheStoredRulesDo() throws Exception {
        CompiledRules stored = PrecompiledRules.load(BUILT_IN).orElseThrow();
        CompiledRules compiled = RuleBaseCompiler.compile(BUILT_IN);
        CompiledRules read = StoredAndRead.of(BUILT_IN, compiled);
        assertThat(consequences(read)).filteredOn(c -> c instanceof LiteralInsertion).isNotEmpty();

        Random random = new Random(53);
        List<Map<String, String>> answerSets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            answerSets.add(RandomAnswers.draw(BUILT_IN.questions().all(), random));
        }
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> shown = new ArrayList<>();
            for (Map<String, String> answers : answerSets) {
                shown.add(threads.submit(() -> shownBy(compiled, answers)));
            }
            for (int i = 0; i < answerSets.size(); i++) {
                String expected = shownBy(stored, answerSets.get(i));
                assertThat(shown.get(i).get()).isEqualTo(expected);
                assertThat(shownBy(read, answerSets.get(i))).isEqualTo(expected);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static Path withRules(Path folder, String text) {
        TinyRuleBase base = TinyRuleBase.in(folder).write("extra.drl", text);
        if (text.contains("shared.Flag")) {
            base.write("shared.drl", "package shared;\n\ndeclare Flag\n    name : String\nend\n");
        }
        return base.folder();
    }

    /** What assessing routine monitoring with the rules in {@code folder} gives: the findings, or what failed. */
    private static String outcomeOf(Path folder) {
        try {
            return Advisor.fromFolder(folder).assess(Map.of("monitoring-practice", "routine")).findings().stream()
                    .map(f -> f.id()).toList().toString();
        } catch (RuntimeException | LinkageError e) {
            // Without the folder, and the numbers in generated class names and module ids, which differ by build.
            return e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replace(folder.toString(),
                    "FOLDER").replaceAll("\\d{6,}|@0x\\p{XDigit}+", "#");
        }
    }

    private static String shownBy(CompiledRules rules, Map<String, String> answers) {
        try (RuleSession session = new RuleSession(rules, new QuestionOrder(BUILT_IN.questions()), answers, null)) {
            return ShownBySession.of(new Explainer(BUILT_IN, rules), session);
        }
    }

    private static List<Object> consequences(CompiledRules rules) {
        return rules.kieBase().getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .map(r -> (Object) ((RuleImpl) r).getConsequence()).toList();
    }

    /** The same rule files, with a comment after each literal insertion, so that each is compiled to Java. */
    static KnowledgeFiles inJava(KnowledgeFiles files) {
        return new EditedFiles(files, (name, text) -> name.endsWith(".drl") ? inJava(text) : text);
    }

    /** {@code drl} with a comment after each literal insertion. */
    static String inJava(String drl) {
        return drl.replaceAll("(insertLogical\\( new [\\w.]+\\( \"[^\"]*\" \\) \\);)", "$1 // in Java");
    }
}
