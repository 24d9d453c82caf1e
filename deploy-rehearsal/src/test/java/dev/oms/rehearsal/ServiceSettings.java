package dev.oms.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The environment variables a service reads, by MicroProfile Config's mapping (a property's variable is its name with
 * every character that is not a letter or digit replaced by '_', upper-cased):
 *
 * <ul>
 *   <li>the variable of every key of its application.properties, and of the modules of this repository it depends
 *       on, without a profile prefix ({@code %dev.mp.jwt.verify.issuer} gives MP_JWT_VERIFY_ISSUER);
 *   <li>every name an expression there looks up ({@code ${RABBITMQ_HOST:localhost}} gives RABBITMQ_HOST);
 *   <li>the run-time settings of the Quarkus extensions it depends on, from the configuration model each extension
 *       ships (META-INF/quarkus-config-doc/quarkus-config-model.json), found in the local Maven repository by walking
 *       the service's pom and the extensions' poms. A build-time setting is not one it reads at run time: Quarkus
 *       fixes it when the service is built and ignores the variable.
 * </ul>
 */
final class ServiceSettings {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}:]+)");
    private static final String CONFIG_MODEL = "META-INF/quarkus-config-doc/quarkus-config-model.json";

    private final Map<String, String> read = new LinkedHashMap<>();
    private final Map<String, String> fixedAtBuild = new HashMap<>();

    private ServiceSettings() {}

    static String variableOf(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Where the service reads the variable from, or nothing when it does not. */
    Optional<String> source(String variable) {
        if (fixedAtBuild.containsKey(variable)) {
            // also when application.properties sets it: the value there is the one built in
            return Optional.empty();
        }
        return Optional.ofNullable(read.get(variable));
    }

    /** The Quarkus extension whose build-time setting this variable names, if it names one. */
    Optional<String> buildTimeSetting(String variable) {
        return Optional.ofNullable(fixedAtBuild.get(variable));
    }

    private static final Map<String, ServiceSettings> READ = new java.util.concurrent.ConcurrentHashMap<>();

    static ServiceSettings of(String module) {
        return READ.computeIfAbsent(module, ServiceSettings::read);
    }

    private static ServiceSettings read(String module) {
        ServiceSettings settings = new ServiceSettings();
        Map<String, Path> modules = reactorModules();
        Set<String> quarkusArtifacts = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(module));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            Path directory = Repository.ROOT.resolve(current);
            for (String file : List.of(
                    "src/main/resources/application.properties",
                    "src/main/resources/META-INF/microprofile-config.properties")) {
                Path properties = directory.resolve(file);
                if (Files.isRegularFile(properties)) {
                    settings.addProperties(properties, current + "/" + file);
                }
            }
            for (String[] dependency : dependencies(directory.resolve("pom.xml"))) {
                if (dependency[0].equals("dev.oms") && modules.containsKey(dependency[1])) {
                    pending.push(Repository.ROOT
                            .relativize(modules.get(dependency[1]))
                            .toString());
                } else if (dependency[0].equals("io.quarkus")) {
                    quarkusArtifacts.add(dependency[1]);
                }
            }
        }
        settings.addQuarkusSettings(quarkusArtifacts);
        return settings;
    }

    private void addProperties(Path file, String where) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            String property = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            read.putIfAbsent(variableOf(property), where + " (" + key + ")");
            Matcher expression = EXPRESSION.matcher(properties.getProperty(key));
            while (expression.find()) {
                read.putIfAbsent(variableOf(expression.group(1)), where + " (" + key + ")");
            }
        }
    }

    private void addQuarkusSettings(Set<String> directArtifacts) {
        Deque<String> pending = new ArrayDeque<>(directArtifacts);
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String artifact = pending.pop();
            if (!seen.add(artifact)) {
                continue;
            }
            String version = quarkusVersion(artifact);
            Path base = Repository.LOCAL_REPOSITORY.resolve("io/quarkus/" + artifact + "/" + version);
            Path pom = base.resolve(artifact + "-" + version + ".pom");
            Path jar = base.resolve(artifact + "-" + version + ".jar");
            if (!Files.isRegularFile(pom)) {
                if (directArtifacts.contains(artifact)) {
                    throw new IllegalStateException("the service depends on io.quarkus:" + artifact + ":" + version
                            + ", which is not in " + Repository.LOCAL_REPOSITORY + " (build the service first)");
                }
                continue;
            }
            for (String[] dependency : dependencies(pom)) {
                if (dependency[0].equals("io.quarkus")) {
                    pending.push(dependency[1]);
                }
            }
            if (Files.isRegularFile(jar)) {
                addConfigModel(jar, "io.quarkus:" + artifact);
            }
        }
    }

    private void addConfigModel(Path jar, String artifact) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(CONFIG_MODEL);
            if (entry == null) {
                return;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                collect(new ObjectMapper().readTree(in), artifact);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(JsonNode node, String artifact) {
        if (node.isObject() && node.path("path").has("environmentVariable")) {
            String variable = node.path("path").path("environmentVariable").asText();
            if (node.path("phase").asText().equals("RUN_TIME")) {
                read.putIfAbsent(
                        variable,
                        artifact + " (" + node.path("path").path("property").asText() + ")");
            } else {
                fixedAtBuild.putIfAbsent(
                        variable, artifact + " (" + node.path("phase").asText() + ")");
            }
        }
        for (JsonNode child : node) {
            collect(child, artifact);
        }
    }

    private static String quarkusVersion(String artifact) {
        Document root = parse(Repository.ROOT.resolve("pom.xml"));
        Map<String, String> properties = new HashMap<>();
        NodeList propertyNodes =
                ((Element) root.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < propertyNodes.getLength(); i++) {
            if (propertyNodes.item(i) instanceof Element property) {
                properties.put(property.getTagName(), property.getTextContent().strip());
            }
        }
        NodeList managed = root.getElementsByTagName("dependency");
        for (int i = 0; i < managed.getLength(); i++) {
            Element dependency = (Element) managed.item(i);
            if (text(dependency, "groupId").equals("io.quarkus")
                    && text(dependency, "artifactId").equals(artifact)) {
                String version = text(dependency, "version");
                Matcher property = Pattern.compile("\\$\\{(.+)}").matcher(version);
                return property.matches() ? properties.get(property.group(1)) : version;
            }
        }
        return System.getProperty("rehearsal.quarkus-version", properties.get("quarkus.platform.version"));
    }

    /** groupId and artifactId of the dependencies a pom declares (its profiles' included), test scope left out. */
    private static List<String[]> dependencies(Path pom) {
        List<String[]> dependencies = new ArrayList<>();
        NodeList nodes = parse(pom).getElementsByTagName("dependency");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element dependency = (Element) nodes.item(i);
            Node parent = dependency.getParentNode().getParentNode();
            if (parent instanceof Element owner && owner.getTagName().equals("dependencyManagement")) {
                continue;
            }
            if (Set.of("test", "provided").contains(text(dependency, "scope"))
                    || text(dependency, "optional").equals("true")) {
                continue;
            }
            String group = text(dependency, "groupId").replace("${project.groupId}", "io.quarkus");
            if (group.equals("${quarkus.platform.group-id}")) {
                group = "io.quarkus";
            }
            dependencies.add(new String[] {group, text(dependency, "artifactId")});
        }
        return dependencies;
    }

    /** Every module of the reactor by artifactId, nested aggregators (platform/) included. */
    private static Map<String, Path> reactorModules() {
        Map<String, Path> modules = new HashMap<>();
        Deque<Path> pending = new ArrayDeque<>(List.of(Repository.ROOT));
        while (!pending.isEmpty()) {
            Path directory = pending.pop();
            Document pom = parse(directory.resolve("pom.xml"));
            Element project = pom.getDocumentElement();
            for (Node child = project.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && element.getTagName().equals("artifactId")) {
                    modules.put(element.getTextContent().strip(), directory);
                }
            }
            NodeList children = pom.getElementsByTagName("module");
            for (int i = 0; i < children.getLength(); i++) {
                Path module =
                        directory.resolve(children.item(i).getTextContent().strip());
                if (Files.isRegularFile(module.resolve("pom.xml"))) {
                    pending.push(module);
                }
            }
        }
        return modules;
    }

    private static String text(Element element, String child) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(child)) {
                return e.getTextContent().strip();
            }
        }
        return "";
    }

    private static Document parse(Path pom) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
    }
}
