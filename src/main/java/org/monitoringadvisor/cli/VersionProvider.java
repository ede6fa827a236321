package org.monitoringadvisor.cli;

import org.monitoringadvisor.knowledge.RuleBaseInfo;
import picocli.CommandLine.IVersionProvider;

/** The product's version, from the jar manifest when there is one, and the version of its built-in rule base. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        RuleBaseInfo rules = RuleBaseInfo.builtIn();
        return new String[] {"Monitoring Advisor " + (version == null ? "(development build)" : version),
            "Built-in rule base: " + rules.name() + ", version " + rules.version() + ", guidance checked "
                    + rules.guidanceAsOf()};
    }
}
