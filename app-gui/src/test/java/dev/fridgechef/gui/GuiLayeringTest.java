package dev.fridgechef.gui;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.fridgechef.store.Store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Views show what core services give them; the store's insides stay in core. */
@AnalyzeClasses(packages = "dev.fridgechef.gui", importOptions = ImportOption.DoNotIncludeTests.class)
class GuiLayeringTest {
    @ArchTest
    static final ArchRule viewsDoNotReachIntoTheStore = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.h2..", "org.flywaydb..", "java.sql..")
            .orShould().callMethod(Store.class, "jdbi")
            .because("queries belong to the core services, which both front ends share");

    @ArchTest
    static final ArchRule onlyTheAppReadsTheEnvironment = noClasses().that().doNotHaveFullyQualifiedName(FridgeChefApp.class.getName())
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().callMethod(System.class, "getenv").orShould().callMethod(System.class, "getenv", String.class)
            .because("the environment is handed down from the app's start, so tests can give their own");
}
