package dev.oms.product;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries inside product-service that the build keeps, so they stay true as the code grows. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.oms.product");
    }

    @Test
    void theDomainKnowsNoFrameworkTransportOrStorageEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.oms.product.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.quarkus..",
                        "jakarta.ws.rs..",
                        "org.jboss.resteasy..",
                        "org.hibernate..",
                        "io.smallrye.reactive.messaging..",
                        "io.vertx..",
                        "com.rabbitmq..",
                        "io.smallrye.mutiny..",
                        "com.fasterxml.jackson..")
                .because("the domain states the business rules and nothing else")
                .check(classes);
    }

    @Test
    void theQuerySideNeverUsesTheCommandSide() {
        noClasses()
                .that()
                .resideInAPackage("dev.oms.product.query..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.oms.product.domain..", "dev.oms.product.command..", "dev.oms.product.persistence..")
                .because("reads go through the read model, never the aggregate")
                .check(classes);
    }

    @Test
    void theCommandSideNeverUsesTheQuerySide() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.oms.product.domain..", "dev.oms.product.command..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.oms.product.query..")
                .check(classes);
    }

    @Test
    void onlyTheWebLayerSpeaksHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.oms.product.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(classes);
    }

    @Test
    void theServicesShareNothingButTheEventContracts() {
        noClasses()
                .that()
                .resideInAPackage("dev.oms.product..")
                .should()
                .dependOnClassesThat(resideInAPackage("dev.oms..")
                        .and(resideOutsideOfPackages("dev.oms.product..", "dev.oms.events..", "dev.oms.platform..")))
                .because("the services talk only through events; order-service's code is not ours to use")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.oms.product.(**)").should().beFreeOfCycles().check(classes);
    }
}
