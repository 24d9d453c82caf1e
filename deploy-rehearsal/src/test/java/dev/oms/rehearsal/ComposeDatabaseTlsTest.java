package dev.oms.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In docker compose, each service's two connections to SQL Server agree on TLS: the reactive one encrypts exactly when
 * Flyway's JDBC URL does, and trusts any certificate exactly when the JDBC URL does.
 */
class ComposeDatabaseTlsTest {

    private static final Pattern ENCRYPT = Pattern.compile("(?i);encrypt=(true|mandatory|strict)(;|$)");
    private static final Pattern TRUST_ANY = Pattern.compile("(?i);trustServerCertificate=true(;|$)");

    @Test
    void theReactiveConnectionEncryptsAndTrustsAsTheJdbcUrlSays() {
        Map<String, Object> compose = Compose.interpolate(Compose.load(Repository.ROOT.resolve("docker-compose.yml")));
        var checked = 0;
        for (var definition : Compose.services(compose).values()) {
            @SuppressWarnings("unchecked")
            var environment = Compose.environment((Map<String, Object>) definition);
            var jdbcUrl = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
            if (jdbcUrl == null) {
                continue;
            }
            assertThat(environment.get("QUARKUS_DATASOURCE_REACTIVE_MSSQL_SSL"))
                    .as("reactive TLS beside " + jdbcUrl)
                    .isEqualTo(String.valueOf(ENCRYPT.matcher(jdbcUrl).find()));
            assertThat(environment.get("QUARKUS_DATASOURCE_REACTIVE_TRUST_ALL"))
                    .as("reactive trust beside " + jdbcUrl)
                    .isEqualTo(String.valueOf(TRUST_ANY.matcher(jdbcUrl).find()));
            checked++;
        }
        assertThat(checked).as("services with a database").isEqualTo(2);
    }
}
