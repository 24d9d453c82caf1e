package dev.oms.product.web;

import static dev.oms.product.support.Catalog.productJson;
import static dev.oms.product.support.Catalog.uniqueSku;
import static dev.oms.product.support.CatalogTokens.asCatalogAdmin;
import static dev.oms.product.support.CatalogTokens.catalogAdmin;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.oms.platform.testing.Metrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Fair admission (ADR 10): clients that send the headers of a command and then withhold its body hold no admission
 * slot, whether they have no token or a valid one, so an administrator's command still gets through with the limit
 * at two; a body that does not arrive in time is answered 408 and its connection closed.
 */
@QuarkusTest
@TestProfile(FairAdmissionTest.TwoCommandsAtATime.class)
class FairAdmissionTest {

    private static final int LIMIT = 2;
    private static final int SLOW_CLIENTS = LIMIT + 2;

    public static class TwoCommandsAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("oms.commands.max-in-flight", String.valueOf(LIMIT), "oms.commands.body-timeout", "4s");
        }
    }

    private final List<Socket> slowClients = new ArrayList<>();

    @AfterEach
    void hangUp() throws IOException {
        for (var client : slowClients) {
            client.close();
        }
    }

    @Test
    void anonymousClientsWithholdingTheirBodiesDoNotKeepAnAdministratorOutNorTheirConnections() throws Exception {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slowClients.add(startUpload(null));
        }

        var productId = addAsAdmin(uniqueSku("FAIR-A"));

        assertThat(productId).isNotBlank();
        for (var client : slowClients) {
            assertThat(responseOf(client))
                    .as("answered at once, without waiting for the body")
                    .startsWith("HTTP/1.1 401")
                    .contains("urn:oms:problem:unauthenticated");
            assertThat(closedByTheService(client))
                    .as("the connection is not kept for the rest of the body")
                    .isTrue();
        }
    }

    @Test
    void authenticatedClientsUploadingSlowlyDoNotKeepAnAdministratorOutAndAreCutOffAtTheTimeout() throws Exception {
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            slowClients.add(startUpload(catalogAdmin()));
        }
        // they have reached the service: as uploads waiting (or, without fair admission, in the command slots)
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        Metrics.value("oms_commands_uploading") + Metrics.value("oms_commands_in_flight") >= LIMIT);
        double timeoutsBefore = Metrics.value("oms_commands_body_timeouts_total");

        var productId = addAsAdmin(uniqueSku("FAIR-S"));

        assertThat(productId).isNotBlank();
        for (var client : slowClients) {
            assertThat(responseOf(client))
                    .as("the withheld body times out")
                    .startsWith("HTTP/1.1 408")
                    .contains("urn:oms:problem:body-too-slow");
            assertThat(closedByTheService(client)).isTrue();
        }
        assertThat(Metrics.value("oms_commands_body_timeouts_total")).isEqualTo(timeoutsBefore + SLOW_CLIENTS);
        assertThat(Metrics.value("oms_commands_uploading")).isZero();
        assertThat(Metrics.value("oms_commands_in_flight")).isZero();
    }

    /** Adds a product as the catalogue administrator and reads it back: the command was carried out. */
    private static String addAsAdmin(String sku) {
        String id = asCatalogAdmin()
                .contentType(ContentType.JSON)
                .body(productJson(sku, 3))
                .post("/api/products")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var stored = given().get("/api/products/{id}", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getString("sku")).isEqualTo(sku);
        return id;
    }

    /** Sends a command's headers and the first byte of its body, and withholds the rest. */
    private static Socket startUpload(String token) throws IOException {
        var socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(15_000);
        var head = new StringBuilder()
                .append("POST /api/products HTTP/1.1\r\n")
                .append("Host: localhost\r\n")
                .append("Content-Type: application/json\r\n")
                .append("Content-Length: 4000\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        head.append("\r\n{");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Whether the service closed the connection after its answer (rather than wait for the rest of the body). */
    private static boolean closedByTheService(Socket client) throws IOException {
        try {
            return client.getInputStream().read() == -1;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** What the service answered on this connection, up to the end of the problem body. */
    private static String responseOf(Socket client) throws IOException {
        InputStream in = client.getInputStream();
        var read = new StringBuilder();
        var buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                if (read.toString().endsWith("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            // nothing (more) was answered: what was read is the outcome
        }
        return read.toString();
    }
}
