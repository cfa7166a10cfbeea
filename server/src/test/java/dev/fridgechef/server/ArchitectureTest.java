package dev.fridgechef.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
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
                .should().dependOnClassesThat(resideInAPackage("dev.fridgechef.server..")
                        .and(not(resideInAnyPackage("dev.fridgechef.server.http..", "dev.fridgechef.server.db.."))))
                .check(SERVER);
    }

    /** Stock, profiles and the diary stand alone (the diary gets targets through its own interface); plans read stock and profiles. */
    @Test
    void householdDataFeaturesDoNotReachIntoEachOther() {
        for (String feature : new String[] {"stock", "profile", "diary"}) {
            noClasses().that().resideInAPackage("dev.fridgechef.server." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others(feature, "stock", "profile", "diary", "plan"))
                    .check(SERVER);
        }
    }

    /** The chat reads the person's profile, stock and plan only through its own interface (PersonData), wired by ServerApp. */
    @Test
    void theChatKnowsNoHouseholdDataFeature() {
        noClasses().that().resideInAPackage("dev.fridgechef.server.chat..")
                .should().dependOnClassesThat().resideInAnyPackage(others("chat", "stock", "profile", "diary", "plan"))
                .check(SERVER);
    }

    private static String[] others(String feature, String... all) {
        return java.util.Arrays.stream(all).filter(f -> !f.equals(feature)).map(f -> "dev.fridgechef.server." + f + "..").toArray(String[]::new);
    }

    @Test
    void householdsKnowOnlyWhoIsCalling() {
        noClasses().that().resideInAPackage("dev.fridgechef.server.household..")
                .should().dependOnClassesThat(resideInAPackage("dev.fridgechef.server.auth..")
                        .and(not(simpleName("Caller"))).and(not(simpleName("Authenticator"))))
                .check(SERVER);
    }
}
