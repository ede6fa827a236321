package org.monitoringadvisor.authoring;

import java.util.Objects;

/**
 * The text of one scenario file and where it came from.
 *
 * @param location the file as shown in messages (a path, or {@code rules/scenarios/x.yaml} inside the jar)
 * @param text     its contents
 */
public record ScenarioSource(String location, String text) {

    public ScenarioSource {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
    }
}
