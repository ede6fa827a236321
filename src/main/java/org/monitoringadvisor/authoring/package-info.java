/**
 * The rule authors' toolkit: {@code check} (the Drools compiler plus lints that catch what it cannot, such as a
 * misspelt answer value that would make a rule silently never fire), scenario files and their runner for
 * {@code test}, coverage, firing traces, and writing the built-in knowledge out as a starting point.
 *
 * <p>It reads rule files with Drools' own DRL parser, so it sees what the compiler sees, and reports every
 * problem as a {@link org.monitoringadvisor.engine.RuleProblem} ({@code file:line:column: severity: message}).
 * The engine does not depend on this package.
 */
package org.monitoringadvisor.authoring;
