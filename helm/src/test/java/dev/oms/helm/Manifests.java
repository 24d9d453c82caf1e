package dev.oms.helm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/** The Kubernetes objects of one {@code helm template} run. */
final class Manifests {

    private final List<Node> objects;

    private Manifests(List<Node> objects) {
        this.objects = objects;
    }

    static Manifests parse(String rendered) {
        List<Node> objects = new ArrayList<>();
        for (Object document : new Yaml().loadAll(rendered)) {
            if (document instanceof Map<?, ?> map) {
                objects.add(new Node(map, map.get("kind") + "/" + ((Map<?, ?>) map.get("metadata")).get("name")));
            }
        }
        return new Manifests(objects);
    }

    List<Node> all() {
        return objects;
    }

    List<String> kindsAndNames() {
        return objects.stream()
                .map(o -> o.string("kind") + "/" + o.string("metadata.name"))
                .sorted()
                .toList();
    }

    List<Node> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.string("kind"))).toList();
    }

    Optional<Node> find(String kind, String name) {
        return ofKind(kind).stream()
                .filter(o -> name.equals(o.string("metadata.name")))
                .findFirst();
    }

    Node get(String kind, String name) {
        return find(kind, name)
                .orElseThrow(() -> new NoSuchElementException("no " + kind + "/" + name + " among " + kindsAndNames()));
    }

    /** The only container of a service's Deployment. */
    Node container(String deploymentName) {
        Node deployment = get("Deployment", deploymentName);
        List<Object> containers = deployment.list("spec.template.spec.containers");
        if (containers.size() != 1) {
            throw new IllegalStateException(deploymentName + " has " + containers.size() + " containers");
        }
        return deployment.node("spec.template.spec.containers.0");
    }
}
