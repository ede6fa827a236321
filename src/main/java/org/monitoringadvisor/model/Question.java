package org.monitoringadvisor.model;

import java.util.List;
import java.util.Optional;

/**
 * A question of the catalogue: a stable id, its wording, help for the rep, the allowed options (always
 * ending with {@code unknown}), its topic and the guidance ids it feeds.
 */
public record Question(String id, String topic, String text, String help, List<Option> options, List<String> guidance) {

    public Question {
        options = List.copyOf(options);
        guidance = List.copyOf(guidance);
    }

    /** The allowed values, in catalogue order, {@code unknown} last. */
    public List<String> values() {
        return options.stream().map(Option::value).toList();
    }

    /** Whether {@code value} is one of the allowed values. */
    public boolean allows(String value) {
        return option(value).isPresent();
    }

    /** The option with this value, if any. */
    public Optional<Option> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** The label of an allowed value, or the value itself when it is not one. */
    public String labelOf(String value) {
        return option(value).map(Option::label).orElse(value);
    }
}
