package org.monitoringadvisor.engine.internal;

import java.util.ArrayList;
import java.util.List;
import org.drools.base.base.ClassObjectType;
import org.drools.base.reteoo.InitialFactImpl;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * The kinds of fact some rule of a rule base matches on, read from its network: a fact the engine inserts only for
 * the rules (a description of the findings) need not be inserted, at the cost of a fact handle and an event, when
 * no rule would see it.
 */
final class MatchedTypes {

    private final List<Class<?>> matched;

    MatchedTypes(KieBase kieBase) {
        List<Class<?>> types = new ArrayList<>();
        for (ObjectTypeNode node : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            if (node.getObjectType() instanceof ClassObjectType type && type.getClassType() != InitialFactImpl.class) {
                types.add(type.getClassType());
            }
        }
        this.matched = List.copyOf(types);
    }

    /** True if some rule has a pattern that a fact of {@code type} would match (its own class or a supertype). */
    boolean matches(Class<?> type) {
        for (Class<?> each : matched) {
            if (each.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }
}
