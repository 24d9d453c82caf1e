package dev.oms.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules of a {@code .dockerignore} file, as Docker applies them to a build context (documented under "Build
 * context" in Docker's manual):
 *
 * <ul>
 *   <li>a line starting with {@code #} is a comment; blank lines are skipped; a UTF-8 byte order mark is dropped;
 *   <li>a pattern is cleaned like a path (duplicate and trailing slashes, {@code .} and {@code ..} segments) and made
 *       relative to the context root, so {@code helm/}, {@code /helm} and {@code ./helm} are the same pattern;
 *   <li>{@code *} matches within one path segment, {@code ?} one character of it, {@code [...]} a character class, and
 *       {@code **} any number of segments, none included;
 *   <li>a pattern matches a path when it matches the path itself or any directory above it;
 *   <li>{@code !} makes an exception; the last pattern that matches a path decides whether it is left out.
 * </ul>
 */
final class DockerIgnore {

    private record Rule(String pattern, Pattern regex, boolean exception) {}

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = rules;
    }

    static DockerIgnore parse(String content) {
        List<Rule> rules = new ArrayList<>();
        boolean first = true;
        for (String line : content.split("\r?\n", -1)) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            if (line.startsWith("#")) {
                continue;
            }
            String pattern = line.strip();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean exception = pattern.startsWith("!");
            if (exception) {
                pattern = pattern.substring(1).strip();
            }
            if (pattern.isEmpty()) {
                continue;
            }
            pattern = clean(pattern);
            rules.add(new Rule(pattern, compile(pattern), exception));
        }
        return new DockerIgnore(rules);
    }

    /** Whether the file or directory at {@code path} (relative to the context root, '/'-separated) is left out. */
    boolean excludes(String path) {
        String[] segments = clean(path).split("/");
        boolean excluded = false;
        for (Rule rule : rules) {
            if (matchesItselfOrAParent(rule.regex(), segments)) {
                excluded = !rule.exception();
            }
        }
        return excluded;
    }

    /**
     * Whether a directory that is left out may still hold a path some exception brings back, so that a walk of the
     * context must go into it. Errs towards yes: it only costs walking.
     */
    boolean mayIncludeSomethingUnder(String directory) {
        String[] segments = clean(directory).split("/");
        for (Rule rule : rules) {
            if (rule.exception() && couldMatchBelow(rule.pattern(), segments)) {
                return true;
            }
        }
        return false;
    }

    private static boolean couldMatchBelow(String pattern, String[] directory) {
        String[] parts = pattern.split("/");
        for (int i = 0; i < directory.length; i++) {
            if (i >= parts.length) {
                return false;
            }
            if (parts[i].contains("**")) {
                return true;
            }
            if (!compile(parts[i]).matcher(directory[i]).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesItselfOrAParent(Pattern regex, String[] segments) {
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                prefix.append('/');
            }
            prefix.append(segments[i]);
            if (regex.matcher(prefix).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Path cleaning as Go's filepath.Clean does it, then relative to the root. */
    static String clean(String path) {
        List<String> kept = new ArrayList<>();
        for (String segment : path.split("/+")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) {
                    kept.remove(kept.size() - 1);
                }
                // above the context root there is nothing: ".." there is dropped, as for an absolute path
                continue;
            }
            kept.add(segment);
        }
        return kept.isEmpty() ? "." : String.join("/", kept);
    }

    private static Pattern compile(String pattern) {
        StringBuilder regex = new StringBuilder("^");
        int length = pattern.length();
        for (int i = 0; i < length; i++) {
            char c = pattern.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < length && pattern.charAt(i + 1) == '*') {
                        i++;
                        if (i + 1 < length && pattern.charAt(i + 1) == '/') {
                            i++;
                            // "**/" also matches no directory at all: "**/target" matches "target"
                            regex.append("(?:.*/)?");
                        } else {
                            regex.append(".*");
                        }
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '[' -> {
                    int end = pattern.indexOf(']', i + 2);
                    if (end < 0) {
                        throw new IllegalArgumentException("unterminated character class in " + pattern);
                    }
                    regex.append('[');
                    for (int j = i + 1; j < end; j++) {
                        char member = pattern.charAt(j);
                        if (member == '^' && j == i + 1) {
                            regex.append('^');
                        } else if (member == '-' || Character.isLetterOrDigit(member)) {
                            regex.append(member);
                        } else {
                            regex.append('\\').append(member);
                        }
                    }
                    regex.append(']');
                    i = end;
                }
                case '\\' -> {
                    if (i + 1 < length) {
                        regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                    }
                }
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.append('$').toString());
    }
}
