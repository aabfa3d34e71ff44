package io.pgdeck.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The floors DESIGN.md draws, checked on the compiled classes so that a feature landing in the wrong room fails the
 * build rather than a review.
 */
class BoundariesTest {

    /** Features: each imports only the floors, never another feature. */
    static final List<String> FEATURES = List.of(
            "explorer", "query", "data", "backup", "maintenance", "activity", "library", "compare", "provision");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pgdeck");
    }

    @Test
    void sqlIsPureAndImportsNoOtherPgdeckPackage() {
        noClasses()
                .that()
                .resideInAPackage("io.pgdeck.sql..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(pgdeckPackagesExcept("sql"))
                .check(classes);
    }

    @Test
    void deploymentSettingsImportOnlyTheSqlHelpers() {
        noClasses()
                .that()
                .resideInAPackage("io.pgdeck.deployment..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(pgdeckPackagesExcept("deployment", "sql"))
                .check(classes);
    }

    static Stream<String> floorsThatKnowNoFeature() {
        return Stream.of("sql", "deployment", "state", "web", "server", "account", "audit", "jobs", "storage", "ddl");
    }

    @ParameterizedTest
    @MethodSource("floorsThatKnowNoFeature")
    void floorKnowsNoFeature(String floor) {
        noClasses()
                .that()
                .resideInAPackage("io.pgdeck." + floor + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        FEATURES.stream().map(f -> "io.pgdeck." + f + "..").toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    static Stream<String> features() {
        return FEATURES.stream();
    }

    @ParameterizedTest
    @MethodSource("features")
    void featureMeetsOtherFeaturesOnlyThroughTheFloors(String feature) {
        noClasses()
                .that()
                .resideInAPackage("io.pgdeck." + feature + "..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(FEATURES.stream()
                        .filter(other -> !other.equals(feature))
                        .map(other -> "io.pgdeck." + other + "..")
                        .toArray(String[]::new))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("io.pgdeck.(*)..").should().beFreeOfCycles().check(classes);
    }

    private static String[] pgdeckPackagesExcept(String... allowed) {
        List<String> keep = List.of(allowed);
        return Stream.concat(FEATURES.stream(), floorsThatKnowNoFeature())
                .filter(name -> !keep.contains(name))
                .map(name -> "io.pgdeck." + name + "..")
                .toArray(String[]::new);
    }
}
