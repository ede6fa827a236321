package org.monitoringadvisor.engine.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.base.ValueResolver;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.consequence.Consequence;
import org.drools.base.rule.consequence.ConsequenceContext;

/**
 * The consequence of a rule whose whole right-hand side is one or more {@code insertLogical( new Type( "a", "b" ) );}
 * with string literals only, as nearly every rule here is written. At each firing it does what the Java Drools would
 * have compiled for it does (makes each new fact with that public constructor and inserts it logically, in order),
 * without that Java: no source written, analysed and compiled, no class per rule. A {@code check} of 1,000 such rules
 * spent over a third of its time on them (docs/performance.md). Anything else, a comment included, is left to
 * Drools' Java dialect.
 */
final class LiteralInsertion implements Consequence<ConsequenceContext>, Serializable {

    private static final long serialVersionUID = 1L;

    /** Java's white space (space, tab, form feed, line ends); a regular expression's \s takes a vertical tab too. */
    private static final String SPACE = "[ \\t\\f\\r\\n]*";
    /** insertLogical( new Name( "literal", ... ) ); literals without escapes or line breaks; ~ stands for SPACE. */
    private static final Pattern STATEMENT = Pattern.compile(("\\G~insertLogical~\\(~new[ \\t\\f\\r\\n]+"
            + "([A-Za-z_$][\\w$]*(?:~\\.~[A-Za-z_$][\\w$]*)*)~\\(~"
            + "(\"[^\"\\\\\\r\\n]*\"(?:~,~\"[^\"\\\\\\r\\n]*\")*)?~\\)~\\)~;~").replace("~", SPACE));
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");

    /** What each statement makes: its type, and the literals it is made of. */
    private final Class<?>[] types;
    private final String[][] arguments;
    /**
     * Each type's constructor, taking the literals as an array; made again when a stored rule base is read. Set
     * before the rule is in a knowledge base, which other threads reach only through a final field or a lock.
     */
    private transient MethodHandle[] factories;

    private LiteralInsertion(Class<?>[] types, String[][] arguments) {
        this.types = types;
        this.arguments = arguments;
        this.factories = factories(types, arguments);
    }

    /** The statements of {@code consequence} if it is made only of such insertions (at least one), else null. */
    static List<Statement> statementsOf(String consequence) {
        Matcher matcher = STATEMENT.matcher(consequence);
        List<Statement> statements = new ArrayList<>();
        int end = 0;
        while (matcher.find()) {
            List<String> literals = new ArrayList<>();
            if (matcher.group(2) != null) {
                Matcher literal = LITERAL.matcher(matcher.group(2));
                while (literal.find()) {
                    literals.add(literal.group(1).intern()); // as Java interns a class's literals
                }
            }
            statements.add(new Statement(matcher.group(1).replaceAll(SPACE, ""), literals.toArray(String[]::new)));
            end = matcher.end();
        }
        return statements.isEmpty() || end != consequence.length() ? null : statements;
    }

    /** One {@code insertLogical( new Type( "literal", ... ) );}: the type as written, and the literals. */
    record Statement(String typeName, String[] literals) {
    }

    /**
     * The consequence that inserts, in turn, a {@code types[i]} made of {@code statements[i]}'s literals; null if
     * the compiled Java would do anything else or not compile: a type is not a public top-level class, has no public
     * constructor of exactly that many strings, or that constructor declares a throwable that is not an exception
     * (the compiled consequence may throw only those), or cannot be called from here (a package the JDK keeps to itself).
     */
    static LiteralInsertion of(List<Class<?>> types, List<Statement> statements) {
        Class<?>[] typeArray = types.toArray(Class<?>[]::new);
        String[][] arguments = statements.stream().map(Statement::literals).toArray(String[][]::new);
        for (int i = 0; i < typeArray.length; i++) {
            if (!constructible(typeArray[i], arguments[i].length)) {
                return null;
            }
        }
        try {
            return new LiteralInsertion(typeArray, arguments);
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private static boolean constructible(Class<?> type, int arity) {
        int modifiers = type.getModifiers();
        if (!Modifier.isPublic(modifiers) || type.isInterface() || Modifier.isAbstract(modifiers)
                || type.getEnclosingClass() != null) {
            return false;
        }
        try {
            for (Class<?> thrown : type.getConstructor(strings(arity)).getExceptionTypes()) {
                if (!Exception.class.isAssignableFrom(thrown) && !Error.class.isAssignableFrom(thrown)) {
                    return false;
                }
            }
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static MethodHandle[] factories(Class<?>[] types, String[][] arguments) {
        MethodHandle[] factories = new MethodHandle[types.length];
        for (int i = 0; i < types.length; i++) {
            int arity = arguments[i].length;
            try {
                factories[i] = MethodHandles.publicLookup()
                        .findConstructor(types[i], MethodType.methodType(void.class, strings(arity)))
                        .asSpreader(String[].class, arity)
                        .asType(MethodType.methodType(Object.class, String[].class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("cannot call the constructor of " + types[i].getName(), e);
            }
        }
        return factories;
    }

    private static Class<?>[] strings(int count) {
        Class<?>[] strings = new Class<?>[count];
        Arrays.fill(strings, String.class);
        return strings;
    }

    @Override
    public String getName() {
        return RuleImpl.DEFAULT_CONSEQUENCE_NAME;
    }

    @Override
    public void evaluate(ConsequenceContext context, ValueResolver resolver) throws Exception {
        for (int i = 0; i < factories.length; i++) {
            Object fact;
            try {
                fact = (Object) factories[i].invokeExact(arguments[i]);
            } catch (Exception | Error e) {
                throw e; // what the constructor threw, as from compiled Java; invokeExact declares any Throwable
            } catch (Throwable e) {
                throw new UndeclaredThrowableException(e); // only a constructor that lied about what it throws
            }
            context.insertLogical(fact);
        }
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        for (String[] literals : arguments) {
            for (int i = 0; i < literals.length; i++) {
                literals[i] = literals[i].intern();
            }
        }
        factories = factories(types, arguments);
    }
}
