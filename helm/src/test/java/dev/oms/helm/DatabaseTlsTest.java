package dev.oms.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two connections of a service to SQL Server (Flyway's JDBC one and the reactive one) agree on TLS: the reactive
 * one encrypts exactly when the JDBC URL does, and trusts any certificate exactly when the JDBC URL does, whichever
 * way the URL is given.
 */
class DatabaseTlsTest {

    private static final Pattern ENCRYPT = Pattern.compile("(?i);encrypt=(true|mandatory|strict)(;|$)");
    private static final Pattern TRUST_ANY = Pattern.compile("(?i);trustServerCertificate=true(;|$)");

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "defaults: encrypted, certificate checked | '' | true | false",
                "self-signed development server | 'sqlServer: {jdbcProperties: \"encrypt=true;trustServerCertificate=true\"}' | true | true",
                "no TLS | 'sqlServer: {jdbcProperties: \"encrypt=false\"}' | false | false",
                "a URL given whole | 'productService: {database: {jdbcUrl: \"jdbc:sqlserver://db:1433;databaseName=p;Encrypt=True\"}}' | true | false"
            })
    void theReactiveConnectionEncryptsAndTrustsAsTheJdbcUrlSays(
            String situation, String values, boolean encrypted, boolean trustsAny) {
        Manifests manifests = values.isEmpty() ? OmsChart.render() : OmsChart.render(values, work);

        for (String name : new String[] {"oms-product-service", "oms-order-service"}) {
            Node data = manifests.get("ConfigMap", name).node("data");
            String jdbcUrl = data.string("QUARKUS_DATASOURCE_JDBC_URL");
            String ssl = data.string("QUARKUS_DATASOURCE_REACTIVE_MSSQL_SSL");
            String trustAll = data.string("QUARKUS_DATASOURCE_REACTIVE_TRUST_ALL");

            assertThat(ssl)
                    .as(name + " ssl, JDBC " + jdbcUrl)
                    .isEqualTo(String.valueOf(ENCRYPT.matcher(jdbcUrl).find()));
            assertThat(trustAll)
                    .as(name + " trust-all, JDBC " + jdbcUrl)
                    .isEqualTo(String.valueOf(TRUST_ANY.matcher(jdbcUrl).find()));
        }
        Node product = manifests.get("ConfigMap", "oms-product-service").node("data");
        assertThat(product.string("QUARKUS_DATASOURCE_REACTIVE_MSSQL_SSL")).isEqualTo(String.valueOf(encrypted));
        assertThat(product.string("QUARKUS_DATASOURCE_REACTIVE_TRUST_ALL")).isEqualTo(String.valueOf(trustsAny));
    }
}
