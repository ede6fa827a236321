package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.rule.builder.ConsequenceBuilder;
import org.drools.compiler.rule.builder.RuleBuildContext;
import org.drools.util.TypeResolver;

/**
 * Builds a rule's default consequence as a {@link LiteralInsertion} where it has that shape and its types and
 * constructors resolve as the compiled Java's would (a type the rules declare themselves is left to Java); every
 * other consequence, and every named one, as Drools' Java dialect does.
 */
final class LiteralInsertionBuilder implements ConsequenceBuilder {

    private final ConsequenceBuilder java;

    LiteralInsertionBuilder(ConsequenceBuilder java) {
        this.java = java;
    }

    @Override
    public void build(RuleBuildContext context, String consequenceName) {
        LiteralInsertion insertion = RuleImpl.DEFAULT_CONSEQUENCE_NAME.equals(consequenceName)
                ? recognised(context) : null;
        if (insertion == null) {
            java.build(context, consequenceName);
        } else {
            context.getRule().setConsequence(insertion);
        }
    }

    private static LiteralInsertion recognised(RuleBuildContext context) {
        if (!(context.getRuleDescr().getConsequence() instanceof String text)) {
            return null;
        }
        List<LiteralInsertion.Statement> statements = LiteralInsertion.statementsOf(text);
        if (statements == null) {
            return null;
        }
        TypeResolver resolver = context.getDialect().getTypeResolver();
        List<Class<?>> types = new ArrayList<>(statements.size());
        for (LiteralInsertion.Statement statement : statements) {
            Class<?> type;
            try {
                type = resolver.resolveType(statement.typeName());
            } catch (ClassNotFoundException | RuntimeException e) {
                return null; // the Java compiler will say what is wrong with it
            }
            if (context.getPkg().getTypeDeclaration(type) != null) {
                return null;
            }
            types.add(type);
        }
        return LiteralInsertion.of(types, statements);
    }
}
