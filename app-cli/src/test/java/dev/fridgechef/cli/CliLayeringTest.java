package dev.fridgechef.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fridgechef.store.Store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Commands print what core services give them; the store's insides stay in core. */
@AnalyzeClasses(packages = "dev.fridgechef.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliLayeringTest {
    @ArchTest
    static final ArchRule commandsDoNotReachIntoTheStore = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.h2..", "org.flywaydb..", "java.sql..")
            .orShould().callMethod(Store.class, "jdbi")
            .because("queries belong to the core services, which both front ends share");

    @ArchTest
    static final ArchRule onlyTheEntryPointReadsTheEnvironment = noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
            .and().doNotHaveFullyQualifiedName(dev.fridgechef.cli.resident.ResidentServer.class.getName())
            .should().callMethod(System.class, "getenv").orShould().callMethod(System.class, "getenv", String.class)
            .because("the environment is handed down from main (the command's, or the resident process's), so tests can give their own");
}
