package dev.oms.rehearsal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The build stage of an image build, rehearsed without Docker: the stage's COPY instructions copy from a build context
 * filtered as .dockerignore filters it, and each of its RUN instructions, read from the Dockerfile, runs there.
 *
 * <p>Every RUN must be one Maven command ({@code mvn} or {@code ./mvnw}), which runs with its own arguments except that
 * its lifecycle phase becomes {@code validate} (Maven reads the whole reactor and runs what is bound to validate, but
 * compiles nothing), it is offline against this build's local repository, and not quiet (so the output names each
 * module built). The image's {@code mvn} is stood in for by this repository's own wrapper (both Maven 3.9); a
 * {@code ./mvnw} must be in the copied context and runs from there. Anything else in a build stage fails the
 * rehearsal rather than being skipped, so a Dockerfile cannot drift away from what is rehearsed.
 */
final class ImageBuild {

    private static final Set<String> PHASES =
            Set.of("clean", "validate", "compile", "test", "package", "verify", "install", "deploy");
    private static final Pattern MODULE_POM = Pattern.compile("^\\[INFO]\\s+from (\\S*pom\\.xml)\\s*$");

    /**
     * What the rehearsal saw: the Maven command it ran, its exit code and output, the modules it built (directories
     * relative to the context root, "" for the root), and the files of those modules' src/main trees that are in the
     * repository but were not in the stage.
     */
    record Result(List<String> command, int exitCode, String output, List<String> modules, List<String> missing) {

        String tail() {
            String[] lines = output.split("\n");
            return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 40), lines.length));
        }
    }

    private ImageBuild() {}

    static Result rehearse(Dockerfile dockerfile, DockerIgnore ignore, Path work) {
        Path context = work.resolve("context");
        Path stageRoot = work.resolve("stage");
        Repository.copyBuildContext(ignore, context);
        Dockerfile.Stage build = dockerfile.stage("build");
        String workdir = "/";
        Result result = null;
        for (Dockerfile.Instruction instruction : build.instructions()) {
            switch (instruction.keyword()) {
                case "WORKDIR" -> workdir = resolve(workdir, instruction.arguments());
                case "COPY" -> copy(instruction, context, stageRoot, workdir);
                case "RUN" -> {
                    if (result != null) {
                        throw new IllegalArgumentException(where(dockerfile, instruction)
                                + "a second RUN: the rehearsal runs one Maven command per build stage");
                    }
                    result = runMaven(dockerfile, instruction, build.variables(), stageRoot, workdir, work);
                }
                case "ARG", "ENV", "USER", "LABEL" -> {
                    // no effect on what the build finds in its context
                }
                default ->
                    throw new IllegalArgumentException(where(dockerfile, instruction) + instruction.keyword()
                            + " is not rehearsed; teach ImageBuild what it does");
            }
        }
        if (result == null) {
            throw new IllegalArgumentException(dockerfile.file() + ": the build stage runs nothing");
        }
        return result;
    }

    private static void copy(Dockerfile.Instruction instruction, Path context, Path stageRoot, String workdir) {
        List<String> words = Dockerfile.words(instruction.arguments(), Map.of());
        List<String> paths = new ArrayList<>();
        for (String word : words) {
            if (word.startsWith("--from")) {
                throw new IllegalArgumentException("COPY " + word + " in the build stage is not rehearsed");
            }
            if (!word.startsWith("--")) {
                paths.add(word);
            }
        }
        if (paths.size() < 2) {
            throw new IllegalArgumentException("COPY needs a source and a destination: " + instruction.arguments());
        }
        Path destination =
                stageRoot.resolve(resolve(workdir, paths.get(paths.size() - 1)).substring(1));
        for (String source : paths.subList(0, paths.size() - 1)) {
            if (source.contains("*") || source.contains("?") || source.contains("[")) {
                throw new IllegalArgumentException("COPY with a wildcard is not rehearsed: " + source);
            }
            Path from = context.resolve(DockerIgnore.clean(source)).normalize();
            if (!Files.exists(from)) {
                throw new AssertionError("COPY " + source + ": not in the build context (left out by .dockerignore?)");
            }
            if (Files.isDirectory(from)) {
                Repository.copyTree(from, destination);
            } else {
                Repository.copyTree(from, destination.resolve(from.getFileName().toString()));
            }
        }
    }

    private static Result runMaven(
            Dockerfile dockerfile,
            Dockerfile.Instruction run,
            Map<String, String> variables,
            Path stageRoot,
            String workdir,
            Path work) {
        if (run.arguments().startsWith("[")) {
            throw new IllegalArgumentException(where(dockerfile, run) + "exec-form RUN is not rehearsed");
        }
        List<String> words = new ArrayList<>(Dockerfile.words(run.arguments(), variables));
        while (!words.isEmpty() && words.get(0).startsWith("--")) {
            words.remove(0); // RUN's own flags: --mount (the Maven cache), --network, --security
        }
        for (String word : words) {
            if (Set.of("&&", "||", ";", "|").contains(word)) {
                throw new IllegalArgumentException(
                        where(dockerfile, run) + "a RUN of several commands is not rehearsed");
            }
        }
        Path directory = stageRoot.resolve(workdir.substring(1));
        String executable = words.remove(0);
        Path maven;
        if (executable.equals("mvn")) {
            maven = Repository.ROOT.resolve("mvnw");
        } else if (executable.equals("./mvnw")) {
            maven = directory.resolve("mvnw");
            if (!Files.isExecutable(maven)) {
                throw new AssertionError(
                        where(dockerfile, run) + "./mvnw is not an executable file of the build stage");
            }
        } else {
            throw new IllegalArgumentException(where(dockerfile, run) + executable + " is not Maven");
        }
        List<String> command = new ArrayList<>();
        command.add(maven.toString());
        for (String word : words) {
            if (!PHASES.contains(word) && !word.equals("-q") && !word.equals("--quiet")) {
                command.add(word);
            }
        }
        command.addAll(
                List.of("-o", "-Dstyle.color=never", "-Dmaven.repo.local=" + Repository.LOCAL_REPOSITORY, "validate"));
        Path log = work.resolve("maven.log");
        int exitCode;
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 10 minutes");
            }
            exitCode = process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String output = Repository.read(log);
        List<String> modules = new ArrayList<>();
        for (String line : output.split("\n")) {
            Matcher module = MODULE_POM.matcher(line);
            if (module.matches()) {
                String pom = module.group(1);
                modules.add(pom.equals("pom.xml") ? "" : pom.substring(0, pom.length() - "/pom.xml".length()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String module : modules) {
            for (String file : Repository.filesUnder(module.isEmpty() ? "src/main" : module + "/src/main")) {
                if (!Files.isRegularFile(directory.resolve(file))) {
                    missing.add(file);
                }
            }
        }
        return new Result(command, exitCode, output, modules, missing);
    }

    private static String resolve(String workdir, String path) {
        String joined = path.startsWith("/") ? path : workdir + "/" + path;
        return "/" + (DockerIgnore.clean(joined).equals(".") ? "" : DockerIgnore.clean(joined));
    }

    private static String where(Dockerfile dockerfile, Dockerfile.Instruction instruction) {
        return dockerfile.file() + ":" + instruction.line() + ": ";
    }
}
