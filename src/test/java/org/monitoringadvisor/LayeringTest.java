package org.monitoringadvisor;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package picture in the README's "How it is built" table, enforced: each layer uses only the layers below
 * it, and no two top-level packages depend on each other.
 */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.monitoringadvisor");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.monitoringadvisor.model..")
                .layer("knowledge").definedBy("org.monitoringadvisor.knowledge..")
                .layer("engine").definedBy("org.monitoringadvisor.engine..")
                .layer("answers").definedBy("org.monitoringadvisor.answers..")
                .layer("policy").definedBy("org.monitoringadvisor.policy..")
                .layer("report").definedBy("org.monitoringadvisor.report..")
                .layer("questionnaire").definedBy("org.monitoringadvisor.questionnaire..")
                .layer("authoring").definedBy("org.monitoringadvisor.authoring..")
                .layer("services").definedBy("org.monitoringadvisor.http..", "org.monitoringadvisor.survey..",
                        "org.monitoringadvisor.web..")
                .layer("cli").definedBy("org.monitoringadvisor.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("services").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("authoring").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("questionnaire").mayOnlyBeAccessedByLayers("services", "cli")
                .whereLayer("report").mayOnlyBeAccessedByLayers("questionnaire", "authoring", "services", "cli")
                .whereLayer("answers").mayOnlyBeAccessedByLayers("authoring", "services", "cli")
                .whereLayer("policy").mayOnlyBeAccessedByLayers("report", "authoring", "services", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("answers", "questionnaire", "authoring", "services",
                        "cli")
                .whereLayer("knowledge").mayOnlyBeAccessedByLayers("engine", "answers", "policy", "report",
                        "questionnaire", "authoring", "services", "cli")
                .check(PRODUCT);
    }

    @Test
    void theEnginesInternalsAreUsedOnlyByTheEngine() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideOutsideOfPackage("org.monitoringadvisor.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.monitoringadvisor.engine.internal..")
                .check(PRODUCT);
    }

    @Test
    void theRuleBaseCheckerSitsBelowTheCompilerThatRunsIt() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAPackage("org.monitoringadvisor.engine.check..")
                .should().dependOnClassesThat().resideInAPackage("org.monitoringadvisor.engine.internal..")
                .check(PRODUCT);
    }

    /** One checker: the rule authors' tools and the compiler read DRL through it, not each with a parser of its own. */
    @Test
    void onlyTheRuleBaseCheckerReadsDrlWithDroolsParser() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideOutsideOfPackage("org.monitoringadvisor.engine.check..")
                // The compiler's Java dialect reads no DRL; it only overrides a method of Drools' that names a descr.
                .and().doNotHaveFullyQualifiedName("org.monitoringadvisor.engine.internal.TwoBatchJavaDialect")
                // Nor does its consequence builder: it reads the consequence text of the rule Drools is building.
                .and().doNotHaveFullyQualifiedName("org.monitoringadvisor.engine.internal.LiteralInsertionBuilder")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools.drl.parser..", "org.drools.drl.ast..")
                .check(PRODUCT);
    }

    @Test
    void noTwoTopLevelPackagesDependOnEachOther() {
        slices().matching("org.monitoringadvisor.(*)..").should().beFreeOfCycles().check(PRODUCT);
    }
}
