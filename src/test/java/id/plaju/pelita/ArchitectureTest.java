package id.plaju.pelita;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import id.plaju.pelita.security.ui.LoginView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The package rules of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.plaju.pelita");
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("id.plaju.pelita.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void dependenciesPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Base").definedBy("id.plaju.pelita.base..")
                .layer("Security").definedBy("id.plaju.pelita.security..")
                .layer("Organization").definedBy("id.plaju.pelita.organization..")
                .layer("Account").definedBy("id.plaju.pelita.account..")
                .layer("Training").definedBy("id.plaju.pelita.training..")
                .layer("Survey").definedBy("id.plaju.pelita.survey..")
                .layer("Kinerja").definedBy("id.plaju.pelita.kinerja..")
                .layer("Learning").definedBy("id.plaju.pelita.learning..")
                .layer("Analytics").definedBy("id.plaju.pelita.analytics..")
                .layer("Demo").definedBy("id.plaju.pelita.demo..")
                .whereLayer("Security").mayOnlyBeAccessedByLayers(
                        "Organization", "Account", "Training", "Survey", "Kinerja", "Learning", "Analytics", "Demo")
                .whereLayer("Organization").mayOnlyBeAccessedByLayers(
                        "Account", "Training", "Survey", "Kinerja", "Learning", "Analytics", "Demo")
                .whereLayer("Account").mayOnlyBeAccessedByLayers("Demo")
                .whereLayer("Training").mayOnlyBeAccessedByLayers("Survey", "Learning", "Analytics", "Demo")
                .whereLayer("Survey").mayOnlyBeAccessedByLayers("Analytics", "Demo")
                .whereLayer("Kinerja").mayOnlyBeAccessedByLayers("Analytics", "Demo")
                .whereLayer("Learning").mayOnlyBeAccessedByLayers("Survey", "Analytics", "Demo")
                .whereLayer("Analytics").mayNotBeAccessedByAnyLayer()
                .whereLayer("Demo").mayNotBeAccessedByAnyLayer()
                .check(classes);
    }

    @Test
    void repositoriesStayInsideTheirFeature() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic().check(classes);
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class).check(classes);
    }

    @Test
    void publicServicesCheckRoles() {
        classes().that().areAnnotatedWith(Service.class).and().arePublic()
                .should().beAnnotatedWith(PreAuthorize.class).check(classes);
    }

    @Test
    void viewsLiveInUiPackagesAndArePackagePrivate() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
        classes().that().areAnnotatedWith(Route.class).and().doNotBelongToAnyOf(LoginView.class)
                .should().notBePublic().check(classes);
    }
}
