package dev.oms.product;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.platform.testing.PortableSql;
import dev.oms.platform.testing.ServiceArchitecture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The boundaries of product-service that the build keeps (ADR 11), so they stay true as the code grows. */
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("dev.oms.product");

    @Test
    void theDomainKnowsNoFrameworkNoWireContractAndNoPlatform() {
        SERVICE.domainKnowsNoFrameworkAndNoWireContract().check(SERVICE.classes());
    }

    @Test
    void commandHandlersTakeNoWireContract() {
        SERVICE.commandSideTakesNoWireContract().check(SERVICE.classes());
    }

    @Test
    void theQuerySideNeverUsesTheCommandSide() {
        SERVICE.querySideNeverUsesTheCommandSide().check(SERVICE.classes());
    }

    @Test
    void theCommandSideNeverUsesTheQuerySide() {
        SERVICE.commandSideNeverUsesTheQuerySide().check(SERVICE.classes());
    }

    @Test
    void onlyTheWebLayerSpeaksHttp() {
        SERVICE.onlyTheWebLayerSpeaksHttp().check(SERVICE.classes());
    }

    @Test
    void theServicesShareNothingButTheEventContractsAndThePlatform() {
        SERVICE.sharesOnlyTheContractsAndThePlatform().check(SERVICE.classes());
    }

    @Test
    void packagesHaveNoCycles() {
        SERVICE.packagesHaveNoCycles().check(SERVICE.classes());
    }

    @Test
    void testsThatSpeakPostgreSQLsOwnSqlSaySoAndAreSkippedOnSqlServer() {
        assertThat(PortableSql.unmarkedIn(Path.of("src/test/java"))).isEmpty();
    }
}
