package dev.oms.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import dev.oms.events.EventEnvelope;
import dev.oms.events.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the events' contracts honest. For every event type and version under {@code contracts/}:
 * <ul>
 * <li>the committed JSON Schema is exactly what the current record produces, so a record cannot change silently;</li>
 * <li>every golden sample (a message as a producer of that version sent it) validates against the schema and reads
 * strictly into the current record, so a change that old producers' messages would break (a field removed, renamed,
 * retyped, or a new required field) fails here;</li>
 * <li>the golden samples are frozen by {@code published.lock}: changing one is a visible, deliberate edit.</li>
 * </ul>
 * A compatible change (a new {@link dev.oms.events.OptionalField}) updates schema.json with
 * {@code -Dcontracts.write-schemas=true}; an incompatible one is a new version (a new {@link EventType} constant and
 * folder) beside the old.
 */
class EventContractTest {

    static final Path CONTRACTS = Path.of("src/main/resources/dev/oms/events/contracts");
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final EventSchemaGenerator generator = new EventSchemaGenerator();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void theCommittedSchemaIsWhatTheRecordProduces(EventType type) throws IOException {
        var file = folder(type).resolve("schema.json");
        var generated = generator.messageSchema(type);
        if (Boolean.getBoolean("contracts.write-schemas")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(generated) + "\n");
        }
        assertThat(file)
                .as("schema of %s v%d", type.wireName(), type.schemaVersion())
                .exists();
        assertThat(MAPPER.readTree(file.toFile()))
                .as(
                        "%s v%d: the record no longer matches its published schema. If the change is compatible (only "
                                + "new @OptionalField fields), regenerate with -Dcontracts.write-schemas=true; otherwise "
                                + "publish a new version beside this one.",
                        type.wireName(), type.schemaVersion())
                .isEqualTo(generated);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyGoldenSampleValidatesAndReadsIntoTheCurrentRecord(EventType type) throws IOException {
        var schema = SCHEMAS.getSchema(
                MAPPER.readTree(folder(type).resolve("schema.json").toFile()), config());
        var samples = samples(type);
        assertThat(samples)
                .as("golden samples of %s v%d", type.wireName(), type.schemaVersion())
                .isNotEmpty();

        for (var sample : samples) {
            JsonNode message = MAPPER.readTree(sample.toFile());
            assertThat(schema.validate(message))
                    .as("%s against its schema", sample)
                    .isEmpty();

            var payload = MAPPER.treeToValue(message.get("payload"), type.payloadClass());
            var envelope = new EventEnvelope<>(
                    MAPPER.treeToValue(message.get("eventId"), java.util.UUID.class),
                    message.get("type").asText(),
                    message.get("schemaVersion").asInt(),
                    MAPPER.treeToValue(message.get("occurredAt"), java.time.Instant.class),
                    message.get("aggregateId").asText(),
                    message.get("aggregateVersion").asLong(),
                    message.hasNonNull("correlationId")
                            ? message.get("correlationId").asText()
                            : null,
                    payload);

            // through the text, as a consumer reads it: a long that fits an int reads back as the sample's int
            var rewritten = MAPPER.readTree(MAPPER.writeValueAsString(envelope));
            assertThat(schema.validate(rewritten))
                    .as("%s written back by the current record", sample)
                    .isEmpty();
            assertThat(rewritten.get("payload"))
                    .as("%s survives a round trip", sample)
                    .isEqualTo(withoutNulls(message.get("payload"), rewritten.get("payload")));
        }
    }

    @Test
    void everyPublishedVersionIsStillRegistered() throws IOException {
        try (Stream<Path> types = Files.list(CONTRACTS)) {
            var versions = types.filter(Files::isDirectory)
                    .flatMap(EventContractTest::versionFolders)
                    .toList();
            assertThat(versions).isNotEmpty().allSatisfy(folder -> {
                var wireName = folder.getParent().getFileName().toString();
                var version = Integer.parseInt(folder.getFileName().toString().substring(1));
                assertThat(EventType.find(wireName, version))
                        .as(
                                "%s v%d has published samples but no EventType: retiring a version is a decision, "
                                        + "remove its folder and lock entries deliberately",
                                wireName, version)
                        .isPresent();
            });
        }
    }

    @Test
    void goldenSamplesAreFrozenByTheLock() throws IOException {
        var locked = new TreeMap<String, String>();
        for (var line : Files.readAllLines(CONTRACTS.resolve("published.lock"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                var parts = line.trim().split("\\s+", 2);
                locked.put(parts[1], parts[0]);
            }
        }
        var actual = currentSampleHashes();
        if (Boolean.getBoolean("contracts.write-lock")) {
            writeLock(actual);
            locked = new TreeMap<>(actual);
        }
        assertThat(actual)
                .as("golden samples and published.lock (a new sample is added to the lock; a published one "
                        + "never changes)")
                .isEqualTo(locked);
    }

    static List<Path> samples(EventType type) throws IOException {
        var folder = folder(type).resolve("samples");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path folder(EventType type) {
        return CONTRACTS.resolve(type.wireName()).resolve("v" + type.schemaVersion());
    }

    private static Stream<Path> versionFolders(Path typeFolder) {
        try (Stream<Path> children = Files.list(typeFolder)) {
            return children.filter(p -> p.getFileName().toString().matches("v\\d+")).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A sample may leave an optional field out; the current record writes it as null. Compare like with like. */
    /** The original with the nulls the current record writes for optional fields it lacks, at any depth. */
    private static JsonNode withoutNulls(JsonNode original, JsonNode rewritten) {
        var copy = original.deepCopy();
        addNulls(copy, rewritten);
        return copy;
    }

    private static void addNulls(JsonNode copy, JsonNode rewritten) {
        if (copy.isObject() && rewritten.isObject()) {
            for (var field : rewritten.properties()) {
                if (field.getValue().isNull() && !copy.has(field.getKey())) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) copy).putNull(field.getKey());
                } else if (copy.has(field.getKey())) {
                    addNulls(copy.get(field.getKey()), field.getValue());
                }
            }
        } else if (copy.isArray() && rewritten.isArray() && copy.size() == rewritten.size()) {
            for (int i = 0; i < copy.size(); i++) {
                addNulls(copy.get(i), rewritten.get(i));
            }
        }
    }

    private static Map<String, String> currentSampleHashes() throws IOException {
        var hashes = new TreeMap<String, String>();
        try (Stream<Path> files = Files.walk(CONTRACTS)) {
            for (var file : files.filter(
                            f -> f.getParent().getFileName().toString().equals("samples"))
                    .toList()) {
                var normalised = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                hashes.put(CONTRACTS.relativize(file).toString().replace('\\', '/'), sha256(normalised));
            }
        }
        return hashes;
    }

    private static void writeLock(Map<String, String> hashes) throws IOException {
        var text = new StringBuilder("# SHA-256 of every published golden sample. A published sample never changes.\n");
        hashes.forEach(
                (path, hash) -> text.append(hash).append("  ").append(path).append('\n'));
        Files.writeString(CONTRACTS.resolve("published.lock"), text);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SchemaValidatorsConfig config() {
        return SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    }
}
