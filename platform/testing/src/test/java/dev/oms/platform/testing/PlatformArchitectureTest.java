package dev.oms.platform.testing;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The platform's own boundary (ADR 11): every module of it, checked here where all of them are on the classpath. */
class PlatformArchitectureTest {

    @Test
    void thePlatformUsesNoService() {
        var platform = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.oms.platform");
        ServiceArchitecture.platformUsesNoService().check(platform);
    }
}
