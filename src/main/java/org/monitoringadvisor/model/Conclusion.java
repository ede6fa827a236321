package org.monitoringadvisor.model;

import org.kie.api.definition.type.ClassReactive;

/**
 * A fact the rules insert (with {@code insertLogical}) when they reach a finding. It names an entry of the
 * finding catalogue; the engine adds the wording, the explanation and the citations.
 */
@ClassReactive // never changed in place, so Drools need not work out which properties each pattern reads
public record Conclusion(String finding) {
}
