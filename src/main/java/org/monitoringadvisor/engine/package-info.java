/**
 * The rule module's public API: {@link org.monitoringadvisor.engine.Advisor} (build once, share; assess a set of
 * answers, or start an interview) and {@link org.monitoringadvisor.engine.Interview} (ask, answer, change an
 * answer, read the findings), with the exceptions they throw. Results are the records of
 * {@link org.monitoringadvisor.model}. The subpackage {@code internal} has no API contract.
 */
package org.monitoringadvisor.engine;
