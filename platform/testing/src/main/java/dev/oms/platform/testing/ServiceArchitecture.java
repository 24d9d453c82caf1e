package dev.oms.platform.testing;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture every service keeps (ADR 11), as ArchUnit rules over a service's root package, e.g.
 * {@code dev.oms.product}: a domain free of frameworks and wire contracts, command and query sides apart, HTTP only in
 * the web layer, and nothing shared with another service but the event contracts and the platform.
 */
public final class ServiceArchitecture {

    static final String CONTRACTS = "dev.oms.events..";
    static final String PLATFORM = "dev.oms.platform..";
    static final String DOMAIN_KERNEL = "dev.oms.platform.domain..";

    private final String root;
    private final JavaClasses classes;

    private ServiceArchitecture(String root, JavaClasses classes) {
        this.root = root;
        this.classes = classes;
    }

    /** The main classes of the service whose root package this is. */
    public static ServiceArchitecture of(String root) {
        return new ServiceArchitecture(
                root,
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages(root));
    }

    public JavaClasses classes() {
        return classes;
    }

    /**
     * Mapping annotations (jakarta.persistence) are allowed: the aggregates are mapped where they are declared. So is
     * {@code platform/domain}, which uses nothing else either.
     */
    public ArchRule domainKnowsNoFrameworkAndNoWireContract() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".domain..")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                CONTRACTS,
                                PLATFORM,
                                "io.quarkus..",
                                "jakarta.ws.rs..",
                                "jakarta.enterprise..",
                                "jakarta.inject..",
                                "org.jboss..",
                                "org.hibernate..",
                                "io.smallrye..",
                                "io.vertx..",
                                "com.rabbitmq..",
                                "com.fasterxml.jackson..",
                                "io.micrometer..",
                                "io.opentelemetry..")
                        .and(resideOutsideOfPackage(DOMAIN_KERNEL)))
                .because("the domain states the business rules and nothing else (platform/domain, framework-free, "
                        + "gives its aggregates their version and event list); a new version of a wire event "
                        + "changes a mapper at the edge, not an aggregate");
    }

    public ArchRule commandSideTakesNoWireContract() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".command..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(CONTRACTS)
                .because("consumers turn incoming contracts into the domain's commands");
    }

    public ArchRule querySideNeverUsesTheCommandSide() {
        return noClasses()
                .that()
                .resideInAPackage(root + ".query..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".domain..", root + ".command..", root + ".persistence..")
                .because("reads go through the read model, never the aggregate");
    }

    public ArchRule commandSideNeverUsesTheQuerySide() {
        return noClasses()
                .that()
                .resideInAnyPackage(root + ".domain..", root + ".command..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(root + ".query..");
    }

    public ArchRule onlyTheWebLayerSpeaksHttp() {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..");
    }

    public ArchRule sharesOnlyTheContractsAndThePlatform() {
        return noClasses()
                .that()
                .resideInAPackage(root + "..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("dev.oms..").and(resideOutsideOfPackages(root + "..", CONTRACTS, PLATFORM)))
                .because("the services talk only through events; another service's code is not ours to use");
    }

    public ArchRule packagesHaveNoCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** For the platform's own build: it serves every service and so may know none of them. */
    public static ArchRule platformUsesNoService() {
        return noClasses()
                .that()
                .resideInAPackage(PLATFORM)
                .should()
                .dependOnClassesThat(resideInAPackage("dev.oms..")
                        .and(resideOutsideOfPackages(PLATFORM, CONTRACTS, "dev.oms.migrations..")))
                .because("the platform is shared plumbing: a service depends on it, never the other way round "
                        + "(its test support may use the migration-parity test library)");
    }
}
