/**
 * The facts the rules match ({@code Answer}, {@code Ask}, {@code Conclusion}, {@code Judgement}) and the results
 * the engine returns ({@code Assessment}, {@code Finding}, {@code Question}, {@code Source}, ...): immutable
 * records, part of the public API, free of any rule engine type.
 */
package org.monitoringadvisor.model;
