package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.rule.builder.ConsequenceBuilder;
import org.drools.compiler.rule.builder.RuleBuildContext;
import org.drools.core.rule.consequence.KnowledgeHelper;

/**
 * Builds a rule's default consequence as a {@link LiteralInsertion} where it has that shape and each type is one the
 * Java compiler would find, unambiguously, in the rule's class (see {@link #typeNamed}); every other consequence,
 * and every named one, as Drools' Java dialect does, so that the compiler's errors stay its own.
 */
final class LiteralInsertionBuilder implements ConsequenceBuilder {

    /** The class loader of the product and its libraries: classes Drools defines for a rule base are not in it. */
    private static final ClassLoader PRODUCT = LiteralInsertionBuilder.class.getClassLoader();

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
        try {
            ClassLoader loader = context.getDialect().getTypeResolver().getClassLoader();
            List<Class<?>> types = new ArrayList<>(statements.size());
            for (LiteralInsertion.Statement statement : statements) {
                Class<?> type = typeNamed(statement.typeName(), context.getPkg(), loader);
                if (type == null) {
                    return null;
                }
                types.add(type);
            }
            return LiteralInsertion.of(types, statements);
        } catch (LinkageError | RuntimeException e) {
            return null; // a class that cannot be loaded or inspected: the Java compiler will say what is wrong
        }
    }

    /**
     * The class {@code name} means in the Java Drools writes for a rule of {@code pkg}, by the Java language's rules
     * for the imports it writes there, if that is a class of the product or its libraries; null if it is not, or if
     * Java would find none, several or one Drools makes (a type the rules declare, a function's class). A qualified
     * name is taken as written; a simple one from a single-type import, else from the rule's own package (left to
     * Java: nothing the product can check), else from exactly one on-demand import or {@code java.lang}.
     */
    static Class<?> typeNamed(String name, InternalKnowledgePackage pkg, ClassLoader loader) {
        if (name.contains(".")) {
            return ours(load(name, loader));
        }
        Set<String> imports = new LinkedHashSet<>(pkg.getImports().keySet());
        imports.add(KnowledgeHelper.class.getName()); // Drools imports it into every rule's class
        for (String single : imports) {
            if (!single.endsWith(".*") && single.endsWith("." + name)) {
                return ours(load(single, loader));
            }
        }
        if (declaredInPackage(name, pkg) || load(pkg.getName() + "." + name, loader) != null) {
            return null;
        }
        Set<Class<?>> found = new LinkedHashSet<>();
        imports.add("java.lang.*");
        for (String onDemand : imports) {
            if (onDemand.endsWith(".*")) {
                String prefix = onDemand.substring(0, onDemand.length() - 2);
                addIfFound(found, load(prefix + "." + name, loader));
                addIfFound(found, load(prefix + "$" + name, loader)); // import Outer.*; names a member type
            }
        }
        return found.size() == 1 ? ours(found.iterator().next()) : null;
    }

    /** True for a type the package's rules declare, or the class of one of its functions (named as Drools names it). */
    private static boolean declaredInPackage(String name, InternalKnowledgePackage pkg) {
        if (pkg.getTypeDeclaration(name) != null) {
            return true;
        }
        for (String function : pkg.getFunctions().keySet()) {
            if (!function.isEmpty() && (Character.toUpperCase(function.charAt(0)) + function.substring(1)).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void addIfFound(Set<Class<?>> found, Class<?> type) {
        if (type != null) {
            found.add(type);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** {@code type} if the product's class loader (or one it delegates to) defined it, else null. */
    private static Class<?> ours(Class<?> type) {
        if (type == null) {
            return null;
        }
        ClassLoader definer = type.getClassLoader();
        for (ClassLoader loader = PRODUCT; loader != null; loader = loader.getParent()) {
            if (loader == definer) {
                return type;
            }
        }
        return definer == null ? type : null; // null: the boot loader, the JDK's own classes
    }
}
