/**
 * The rule authors' toolkit: {@code check} (the rule-base checker of {@link org.monitoringadvisor.engine.check},
 * the Drools compiler, a run with no answers and with every answer unknown, and coverage), scenario files and
 * their runner for {@code test}, coverage, firing traces, and writing the built-in knowledge out as a starting
 * point. Every problem is a {@link org.monitoringadvisor.engine.RuleProblem}
 * ({@code file:line:column: severity: message}). The engine does not depend on this package.
 */
package org.monitoringadvisor.authoring;
