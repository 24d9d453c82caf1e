package dev.oms.rehearsal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** The repository this build runs in, and the build context Docker would make of it. */
final class Repository {

    static final Path ROOT = Path.of(System.getProperty("rehearsal.repository-root", ".."))
            .toAbsolutePath()
            .normalize();

    static final Path LOCAL_REPOSITORY = Path.of(
            System.getProperty("rehearsal.local-repository", System.getProperty("user.home") + "/.m2/repository"));

    /** The two services: each a module of the reactor with its Dockerfiles under src/main/docker. */
    static final List<String> SERVICES = List.of("product-service", "order-service");

    /** What is delivered as images: the two services and the web console, each with Dockerfiles under src/main/docker. */
    static final List<String> IMAGES = List.of("product-service", "order-service", "web-console");

    private Repository() {}

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies the repository into {@code target} as Docker sends it as build context: what {@code ignore} leaves out
     * is not copied. File modes are kept (the native build runs ./mvnw).
     */
    static void copyBuildContext(DockerIgnore ignore, Path target) {
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (dir.equals(ROOT)) {
                        Files.createDirectories(target);
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = relative(dir);
                    if (ignore.excludes(relative)) {
                        return ignore.mayIncludeSomethingUnder(relative)
                                ? FileVisitResult.CONTINUE
                                : FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(target.resolve(relative));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String relative = relative(file);
                    if (!ignore.excludes(relative)) {
                        Path copy = target.resolve(relative);
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.createDirectories(copy.getParent());
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files under a directory of the repository, relative to the repository root. */
    static List<String> filesUnder(String directory) {
        Path start = ROOT.resolve(directory);
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(start)) {
            return paths.filter(Files::isRegularFile)
                    .map(Repository::relative)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path path) {
        return ROOT.relativize(path).toString().replace('\\', '/');
    }
}
