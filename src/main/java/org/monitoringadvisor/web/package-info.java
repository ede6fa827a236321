/**
 * The interview in the rep's own browser, served from the rep's own machine: {@link WebServer} listens on
 * 127.0.0.1 only, lets in only the browser that opened the one-time link it printed (a session cookie, then a form
 * token on every POST; a Host header naming this machine), and drives the same
 * {@link org.monitoringadvisor.engine.Interview} as the console, saving the same answers file after every answer.
 * Pages are plain HTML forms rendered from the Mustache templates under {@code templates/web/}; they need no
 * JavaScript. Nothing a rep enters is logged.
 */
package org.monitoringadvisor.web;
