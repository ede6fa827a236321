package org.monitoringadvisor.model;

/**
 * A fact the rules insert (with {@code insertLogical}) when they reach a finding. It names an entry of the
 * finding catalogue; the engine adds the wording, the explanation and the citations.
 */
public record Conclusion(String finding) {
}
