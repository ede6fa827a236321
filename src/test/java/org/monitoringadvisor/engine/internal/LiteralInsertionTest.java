package org.monitoringadvisor.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.monitoringadvisor.authoring.TinyRuleBase;
import org.monitoringadvisor.engine.Advisor;
import org.monitoringadvisor.engine.RuleFailedException;
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
        CompiledRules java = RuleBaseCompiler.compile(Knowledge.load(new InJava(KnowledgeFiles.builtIn())));
        assertThat(consequences(literal)).filteredOn(c -> c instanceof LiteralInsertion).isNotEmpty();
        assertThat(consequences(java)).noneMatch(c -> c instanceof LiteralInsertion);

        Random random = new Random(47);
        for (int i = 0; i < 40; i++) {
            Map<String, String> answers = RandomAnswers.draw(BUILT_IN.questions().all(), random);
            assertThat(shownBy(literal, answers)).isEqualTo(shownBy(java, answers));
        }
    }

    @Test
    void aConstructorThatThrowsFailsTheAssessmentNamingTheRuleAsCompiledJavaDoes() {
        String rule = """
                package rules;
                import org.monitoringadvisor.model.*;

                rule "A number that is not one"
                    @guidance("test/monitoring")
                when
                    Answer( question == "monitoring-practice", value == "routine" )
                then
                    insertLogical( new java.math.BigDecimal( "lots" ) );
                end
                """;
        String literal = failureOf(TinyRuleBase.in(dir.resolve("literal")).write("number.drl", rule).folder());
        String java = failureOf(TinyRuleBase.in(dir.resolve("java")).write("number.drl",
                rule.replace("\"lots\" ) );", "\"lots\" ) ); // in Java")).folder());

        assertThat(literal).contains("the rule \"A number that is not one\"", "number.drl", "NumberFormatException")
                .isEqualTo(java);
    }

    /** The message of the assessment's failure, the folder's path left out. */
    private static String failureOf(Path folder) {
        Advisor advisor = Advisor.fromFolder(folder);
        RuleFailedException[] failure = new RuleFailedException[1];
        assertThatThrownBy(() -> advisor.assess(Map.of("monitoring-practice", "routine")))
                .isInstanceOfSatisfying(RuleFailedException.class, e -> failure[0] = e);
        return failure[0].getMessage().replace(folder.toString(), "FOLDER");
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
    record InJava(KnowledgeFiles files) implements KnowledgeFiles {

        @Override
        public List<String> names() {
            return files.names();
        }

        @Override
        public String read(String name) {
            String text = files.read(name);
            return name.endsWith(".drl") ? text.replaceAll("(insertLogical\\( new \\w+\\( \"[^\"]*\" \\) \\);)",
                    "$1 // in Java") : text;
        }

        @Override
        public String location(String name) {
            return files.location(name);
        }
    }
}
