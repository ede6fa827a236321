package org.monitoringadvisor.engine.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.monitoringadvisor.knowledge.Knowledge;

/** Rules written as the build stores its precompiled rules, and read back: for tests of what survives the trip. */
final class StoredAndRead {

    private StoredAndRead() {
    }

    static CompiledRules of(Knowledge knowledge, CompiledRules rules) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrecompiledRules.write(knowledge, rules, bytes);
        return PrecompiledRules.read(knowledge, new ByteArrayInputStream(bytes.toByteArray()))
                .orElseThrow(() -> new AssertionError("the rules just written could not be read back"));
    }
}
