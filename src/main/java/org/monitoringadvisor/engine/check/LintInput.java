package org.monitoringadvisor.engine.check;

import java.util.List;
import java.util.stream.Stream;
import org.monitoringadvisor.knowledge.Knowledge;

/**
 * What the lints look at: the loaded catalogues, every DRL file as Drools' parser read it, and where catalogue
 * entries are written.
 */
record LintInput(Knowledge knowledge, List<DrlFile> files, CatalogueLines lines) {

    LintInput {
        files = List.copyOf(files);
    }

    /** Every rule of every readable file, in file order. */
    Stream<DrlRule> rules() {
        return files.stream().flatMap(f -> f.rules().stream());
    }

    /** Whether every DRL file could be read; lints about unused entries need them all. */
    boolean allReadable() {
        return files.stream().allMatch(DrlFile::readable);
    }
}
