package dev.oms.helm;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.openshift.api.model.monitoring.v1.PrometheusRule;
import io.fabric8.openshift.api.model.monitoring.v1.ServiceMonitor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads rendered objects into the Kubernetes API's own types (fabric8's model of the API) and reports every field the
 * API does not have, wherever it is nested, and every value of the wrong type: what a strict server-side validation
 * (kubectl apply --validate=strict) would refuse. The model keeps unknown fields aside instead of failing, so they are
 * looked for after reading.
 */
final class KubernetesApi {

    private static final Map<String, Class<?>> TYPES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "monitoring.coreos.com/v1/ServiceMonitor", ServiceMonitor.class,
            "monitoring.coreos.com/v1/PrometheusRule", PrometheusRule.class);

    private static final ObjectMapper READER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private KubernetesApi() {}

    /** Why the API would refuse this object, one line per problem; empty when it takes it as it is. */
    static List<String> refusals(Node object) {
        var type = TYPES.get(object.string("apiVersion") + "/" + object.string("kind"));
        if (type == null) {
            return List.of(object.where() + ": no model for " + object.string("apiVersion") + " "
                    + object.string("kind") + "; add it to KubernetesApi");
        }
        Object read;
        try {
            read = READER.convertValue(object.value(), type);
        } catch (IllegalArgumentException e) {
            return List.of(
                    object.where() + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
        var found = new ArrayList<String>();
        unknownFields(read, object.where(), found);
        return found;
    }

    private static void unknownFields(Object value, String path, List<String> found) {
        if (value == null || !value.getClass().getName().startsWith("io.fabric8.")) {
            if (value instanceof Collection<?> list) {
                var i = 0;
                for (var element : list) {
                    unknownFields(element, path + "[" + i++ + "]", found);
                }
            } else if (value instanceof Map<?, ?> map) {
                map.forEach((key, element) -> unknownFields(element, path + "." + key, found));
            }
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() > 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !getter.getDeclaringClass().getName().startsWith("io.fabric8.")
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))) {
                continue;
            }
            var field = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) field)
                        .keySet()
                        .forEach(key -> found.add(path + "." + key + ": not a field of "
                                + value.getClass().getSimpleName()));
            } else {
                unknownFields(field, path + "." + property(getter), found);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }

    private static String property(Method getter) {
        var name = getter.getName().replaceFirst("^(get|is)", "");
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
