package dev.oms.events.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.events.EventEnvelope;
import dev.oms.events.EventType;
import dev.oms.events.OptionalField;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Derives the JSON Schema (draft 2020-12) of a whole message, envelope and payload, from the records the producers
 * serialise. The committed schema of every current event version must equal what this derives, so a record cannot
 * change without its contract changing with it.
 */
final class EventSchemaGenerator {

    private final ObjectMapper mapper = new ObjectMapper();

    JsonNode messageSchema(EventType type) {
        var schema = mapper.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "urn:oms:event:" + type.wireName() + ":v" + type.schemaVersion());
        schema.put("title", type.wireName() + " v" + type.schemaVersion());
        var envelope = recordSchema(EventEnvelope.class);
        var properties = (ObjectNode) envelope.get("properties");
        properties.set("type", mapper.createObjectNode().put("const", type.wireName()));
        properties.set("schemaVersion", mapper.createObjectNode().put("const", type.schemaVersion()));
        properties.set("payload", recordSchema(type.payloadClass()));
        schema.setAll(envelope);
        return schema;
    }

    private ObjectNode recordSchema(Class<?> record) {
        var schema = mapper.createObjectNode().put("type", "object");
        var properties = schema.putObject("properties");
        ArrayNode required = mapper.createArrayNode();
        for (RecordComponent component : record.getRecordComponents()) {
            boolean optional = component.isAnnotationPresent(OptionalField.class);
            properties.set(component.getName(), typeSchema(component.getGenericType(), optional));
            if (!optional) {
                required.add(component.getName());
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private ObjectNode typeSchema(Type type, boolean nullable) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            var schema = mapper.createObjectNode();
            schema.put("type", "array");
            schema.set("items", typeSchema(parameterized.getActualTypeArguments()[0], false));
            return schema;
        }
        if (type instanceof TypeVariable<?>) {
            return mapper.createObjectNode(); // the envelope's payload: replaced per event type
        }
        var raw = (Class<?>) type;
        if (raw.isRecord()) {
            return recordSchema(raw);
        }
        if (raw.isEnum()) {
            var values = mapper.createArrayNode();
            for (var constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            if (nullable) {
                values.addNull();
            }
            return mapper.createObjectNode().set("enum", values);
        }
        var schema = mapper.createObjectNode();
        String jsonType;
        if (raw == String.class) {
            jsonType = "string";
        } else if (raw == UUID.class) {
            jsonType = "string";
            schema.put("format", "uuid");
        } else if (raw == Instant.class) {
            jsonType = "string";
            schema.put("format", "date-time");
        } else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            jsonType = "integer";
        } else if (raw == BigDecimal.class) {
            jsonType = "number";
        } else if (raw == boolean.class || raw == Boolean.class) {
            jsonType = "boolean";
        } else {
            throw new IllegalArgumentException("No JSON Schema mapping for " + raw);
        }
        if (nullable) {
            schema.set("type", mapper.createArrayNode().add(jsonType).add("null"));
        } else {
            schema.put("type", jsonType);
        }
        return schema;
    }
}
