/**
 * How the engine works inside: compiling the rule base, running sessions, recording and explaining what the rules
 * did. <strong>No API contract:</strong> these classes are public only because the engine needs them across
 * packages; they change without notice. Embedders use {@link org.monitoringadvisor.engine.Advisor} and
 * {@link org.monitoringadvisor.engine.Interview}.
 */
package org.monitoringadvisor.engine.internal;
