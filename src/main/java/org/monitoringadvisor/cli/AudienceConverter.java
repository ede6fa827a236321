package org.monitoringadvisor.cli;

import org.monitoringadvisor.report.Audience;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --audience rep|employer}. */
final class AudienceConverter implements ITypeConverter<Audience> {

    @Override
    public Audience convert(String value) {
        for (Audience audience : Audience.values()) {
            if (audience.id().equals(value)) {
                return audience;
            }
        }
        throw new TypeConversionException("expected rep or employer, not \"" + value + "\"");
    }
}
