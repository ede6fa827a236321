package org.monitoringadvisor.cli;

import picocli.CommandLine.IVersionProvider;

/** The product's version, from the jar manifest when there is one. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Monitoring Advisor " + (version == null ? "(development build)" : version)};
    }
}
