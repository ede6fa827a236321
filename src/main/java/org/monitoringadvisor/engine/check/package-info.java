/**
 * The one checker of a rule base, {@link org.monitoringadvisor.engine.check.RuleBaseLint}: it reads the DRL files
 * with Drools' own parser and checks the rules against the catalogues (question ids and answer values, finding
 * and guidance ids, footings, conventions), reporting every problem at its file, line and column in plain words,
 * and rewords the Drools compiler's messages the same way. The engine's compiler runs it before Drools and stops at
 * its errors; the rule authors' {@code check} also shows its warnings. It depends on {@code knowledge} and
 * {@code model} only, never on {@code engine.internal}. For rule authors' tools: no API contract for embedders.
 */
package org.monitoringadvisor.engine.check;
