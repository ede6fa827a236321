package org.monitoringadvisor.model;

import org.kie.api.definition.type.ClassReactive;

/**
 * A finding the session concluded, described for the rules that choose what to open the negotiation with
 * ({@code lead-with.drl}). The engine inserts one per finding once the findings have settled, from the finding
 * catalogue.
 *
 * @param finding  the finding id
 * @param kind     {@code gap}, {@code ask} or {@code strength}
 * @param priority {@code high}, {@code medium} or {@code low}
 * @param footing  how firm its ground is: {@code legal-duty}, {@code regulator-expects}, {@code arguable} or
 *                 {@code union-aim}
 * @param topic    the guidance topic it belongs to (its findings file, unless the entry names a {@code topic})
 * @param order    its place in the report's order, from 0: breaks ties, so the choice is always the same
 */
@ClassReactive // never changed in place, so Drools need not work out which properties each pattern reads
public record Concluded(String finding, String kind, String priority, String footing, String topic, int order) {
}
