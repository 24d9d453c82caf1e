package dev.oms.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a client needs to hear about a value the JSON reader refused, in the API's words: which field, and what it must
 * be. Jackson's own messages name Java classes and packages ({@code dev.oms.order.domain.OrderStatus}), which are
 * neither the client's business nor stable, so they are never answered.
 */
final class UnreadableValue {

    private UnreadableValue() {}

    /** The JSON path of the offending value ({@code lines[0].quantity}), empty when the body is not JSON at all. */
    static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** What the value must be, judged from the type it was to become. */
    static String expectation(JsonProcessingException e) {
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return "is not a readable value";
        }
        var target = mismatch.getTargetType();
        if (target.isEnum()) {
            return "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", "));
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "must be an ISO-8601 date-time";
        }
        if (Number.class.isAssignableFrom(target) || isNumeric(target)) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "must be a string";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(target) || !target.isPrimitive()) {
            return "must be an object";
        }
        return "is not a readable value";
    }

    private static boolean isNumeric(Class<?> type) {
        return type == int.class
                || type == long.class
                || type == short.class
                || type == double.class
                || type == float.class
                || type == byte.class;
    }
}
