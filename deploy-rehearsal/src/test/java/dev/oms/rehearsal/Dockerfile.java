package dev.oms.rehearsal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read into its stages and instructions: continuation lines joined, comment lines dropped (also inside a
 * continuation, as Docker does), {@code FROM image AS name} starting a stage. Only what the rehearsal and the lint
 * need; a parser directive such as {@code # escape=} is refused rather than half understood.
 */
record Dockerfile(Path file, List<String> comments, List<Stage> stages) {

    record Instruction(String keyword, String arguments, int line) {}

    record Stage(String image, String name, List<Instruction> instructions) {

        List<Instruction> all(String keyword) {
            return instructions.stream()
                    .filter(i -> i.keyword().equals(keyword))
                    .toList();
        }

        /** The values of the stage's ARGs and ENVs, by name, as the instructions set them (defaults of ARGs). */
        Map<String, String> variables() {
            Map<String, String> variables = new LinkedHashMap<>();
            for (Instruction instruction : instructions) {
                if (instruction.keyword().equals("ARG")) {
                    String[] nameAndDefault = instruction.arguments().split("=", 2);
                    variables.put(
                            nameAndDefault[0].strip(), nameAndDefault.length > 1 ? unquote(nameAndDefault[1]) : "");
                } else if (instruction.keyword().equals("ENV")) {
                    Matcher pairs = ENV_PAIR.matcher(instruction.arguments());
                    while (pairs.find()) {
                        variables.put(pairs.group(1), unquote(pairs.group(2)));
                    }
                }
            }
            return variables;
        }
    }

    private static final Pattern ENV_PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Pattern FROM = Pattern.compile("(?:--\\S+\\s+)*(\\S+)(?:\\s+[Aa][Ss]\\s+(\\S+))?\\s*");

    static Dockerfile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> comments = new ArrayList<>();
        List<Stage> stages = new ArrayList<>();
        List<Instruction> current = null;
        StringBuilder pending = new StringBuilder();
        int startLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.startsWith("#")) {
                if (i == 0 && stripped.matches("#\\s*[a-z]+\\s*=.*")) {
                    throw new IllegalArgumentException(file + ": parser directive not supported: " + stripped);
                }
                comments.add(stripped);
                continue;
            }
            if (pending.isEmpty()) {
                if (stripped.isEmpty()) {
                    continue;
                }
                startLine = i + 1;
            }
            if (stripped.endsWith("\\")) {
                pending.append(stripped, 0, stripped.length() - 1).append(' ');
                continue;
            }
            pending.append(stripped);
            String text = pending.toString().strip();
            pending.setLength(0);
            String[] keywordAndRest = text.split("\\s+", 2);
            Instruction instruction = new Instruction(
                    keywordAndRest[0].toUpperCase(Locale.ROOT),
                    keywordAndRest.length > 1 ? keywordAndRest[1].strip() : "",
                    startLine);
            if (instruction.keyword().equals("FROM")) {
                Matcher from = FROM.matcher(instruction.arguments());
                if (!from.matches()) {
                    throw new IllegalArgumentException(file + ":" + startLine + ": cannot read " + text);
                }
                current = new ArrayList<>();
                stages.add(new Stage(from.group(1), from.group(2), current));
            } else if (current == null) {
                if (!instruction.keyword().equals("ARG")) {
                    throw new IllegalArgumentException(file + ":" + startLine + ": " + text + " before any FROM");
                }
            } else {
                current.add(instruction);
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalArgumentException(file + ": ends inside a continued line");
        }
        return new Dockerfile(file, comments, stages);
    }

    Stage stage(String name) {
        return stages.stream()
                .filter(s -> name.equals(s.name()))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(file + " has no stage named " + name));
    }

    Stage last() {
        return stages.get(stages.size() - 1);
    }

    /** Shell-form words: split on blanks outside quotes, quotes removed; $VAR and ${VAR} replaced from variables. */
    static List<String> words(String shellForm, Map<String, String> variables) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < shellForm.length(); i++) {
            char c = shellForm.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '$' && quote == '"') {
                    i = expand(shellForm, i, variables, word);
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (c == '$') {
                i = expand(shellForm, i, variables, word);
                inWord = true;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unterminated quote in " + shellForm);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static final Pattern VARIABLE =
            Pattern.compile("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)}|([A-Za-z_][A-Za-z0-9_]*))");

    private static int expand(String text, int at, Map<String, String> variables, StringBuilder into) {
        Matcher variable = VARIABLE.matcher(text).region(at, text.length());
        if (!variable.lookingAt()) {
            throw new IllegalArgumentException("cannot expand the $ at " + at + " of " + text);
        }
        String name = variable.group(1) != null ? variable.group(1) : variable.group(2);
        if (!variables.containsKey(name)) {
            throw new IllegalArgumentException("$" + name + " is set by no ARG or ENV before it: " + text);
        }
        into.append(variables.get(name));
        return variable.end() - 1;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
