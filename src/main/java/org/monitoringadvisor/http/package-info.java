/**
 * A small local HTTP JSON service over one {@link org.monitoringadvisor.engine.Advisor}, for tools that are not
 * written in Java: {@code GET /questions}, {@code POST /assess} and {@code POST /next}. Described for clients in
 * {@code docs/openapi.yaml}; started from the command line with {@code serve}, or from Java with
 * {@link org.monitoringadvisor.http.HttpService#start}. It keeps no state between requests and never logs what a
 * request carries.
 */
package org.monitoringadvisor.http;
