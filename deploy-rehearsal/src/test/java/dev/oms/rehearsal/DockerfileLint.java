package dev.oms.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules the Dockerfiles are held to (hadolint, the usual linter, is a Haskell binary no registry here serves):
 *
 * <ol>
 *   <li><b>pinned-base</b>: every base image names a tag (or digest), and not {@code latest}, so a rebuild takes the
 *       image it was tested with;
 *   <li><b>copy-not-add</b>: no ADD, whose URL fetching and archive unpacking COPY does not do behind one's back;
 *   <li><b>non-root</b>: the final stage switches to a user that is not root (the chart also runs it as non-root);
 *   <li><b>healthcheck</b>: the final stage has a HEALTHCHECK, or a comment {@code # No HEALTHCHECK: <reason>};
 *   <li><b>exec-entrypoint</b>: ENTRYPOINT and CMD are in exec (JSON) form, so SIGTERM reaches the service itself and
 *       not a shell that does not pass it on, and shutdown can be graceful;
 *   <li><b>exposed-port</b>: the final stage EXPOSEs the HTTP port the service's application.properties sets;
 *   <li><b>no-secret</b>: no ARG or ENV whose name says password, secret, token or key: it would stay in the image.
 * </ol>
 */
final class DockerfileLint {

    private static final Pattern SECRET = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|KEY).*");

    private DockerfileLint() {}

    static List<String> violations(Dockerfile dockerfile, int httpPort) {
        List<String> violations = new ArrayList<>();
        Set<String> stageNames = new java.util.HashSet<>();
        for (Dockerfile.Stage stage : dockerfile.stages()) {
            String image = stage.image();
            if (!stageNames.contains(image) && !image.contains("@")) {
                String afterRegistry = image.substring(image.lastIndexOf('/') + 1);
                if (!afterRegistry.contains(":") || afterRegistry.endsWith(":latest")) {
                    violations.add("pinned-base: " + image);
                }
            }
            if (stage.name() != null) {
                stageNames.add(stage.name());
            }
            for (Dockerfile.Instruction instruction : stage.instructions()) {
                switch (instruction.keyword()) {
                    case "ADD" -> violations.add("copy-not-add: line " + instruction.line());
                    case "ENTRYPOINT", "CMD" -> {
                        if (!instruction.arguments().startsWith("[")) {
                            violations.add("exec-entrypoint: line " + instruction.line());
                        }
                    }
                    case "ARG", "ENV" -> {
                        String name = instruction.arguments().split("[=\\s]", 2)[0];
                        if (SECRET.matcher(name).matches()) {
                            violations.add("no-secret: " + name);
                        }
                    }
                    default -> {
                        // no rule
                    }
                }
            }
        }
        Dockerfile.Stage last = dockerfile.last();
        List<Dockerfile.Instruction> users = last.all("USER");
        if (users.isEmpty()
                || Set.of("root", "0", "root:root", "0:0")
                        .contains(users.get(users.size() - 1).arguments())) {
            violations.add("non-root: the final stage runs as root");
        }
        boolean reasonGiven = dockerfile.comments().stream().anyMatch(c -> c.matches("#\\s*No HEALTHCHECK:\\s*\\S.*"));
        if (last.all("HEALTHCHECK").isEmpty() && !reasonGiven) {
            violations.add("healthcheck: none, and no '# No HEALTHCHECK: <reason>'");
        }
        boolean exposed = last.all("EXPOSE").stream()
                .anyMatch(e -> List.of(e.arguments().split("\\s+")).contains(String.valueOf(httpPort)));
        if (!exposed) {
            violations.add("exposed-port: " + httpPort + " is not EXPOSEd");
        }
        return violations;
    }
}
