package dev.fridgechef.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The server's shape: features do not reach into each other's places, and only ServerApp wires them. */
class ArchitectureTest {
    private static final JavaClasses SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.fridgechef.server");

    @Test
    void onlyTheCompositionRootAndTheCommandKnowTheApp() {
        noClasses().that().resideInAnyPackage("dev.fridgechef.server.*..")
                .should().dependOnClassesThat().resideInAPackage("dev.fridgechef.server")
                .check(SERVER);
    }

    @Test
    void theHttpAndDatabaseLayersKnowNoFeature() {
        noClasses().that().resideInAnyPackage("dev.fridgechef.server.http..", "dev.fridgechef.server.db..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.fridgechef.server.auth..",
                        "dev.fridgechef.server.household..", "dev.fridgechef.server.ops..")
                .check(SERVER);
    }

    @Test
    void householdsKnowOnlyWhoIsCalling() {
        noClasses().that().resideInAPackage("dev.fridgechef.server.household..")
                .should().dependOnClassesThat(resideInAPackage("dev.fridgechef.server.auth..")
                        .and(not(simpleName("Caller"))).and(not(simpleName("Authenticator"))))
                .check(SERVER);
    }
}
