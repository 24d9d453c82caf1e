package dev.oms.platform.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The services' domains may use this module only because it brings no framework and no wire contract into them. */
class FrameworkFreeTest {

    @Test
    void theModuleUsesNothingButTheJdkAndTheMappingAnnotations() {
        classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "jakarta.persistence..", "dev.oms.platform.domain..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.oms.platform.domain"));
    }
}
