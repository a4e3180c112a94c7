package org.tatracker.i18n.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the code writes names a key of the reasons bundle, not an English sentence: the
 * test reads {@code src/main/java} and checks the argument that carries the key of each call that
 * takes one ({@code new InvalidValueException(field, "maxLength", max)}, {@code Reason.of("key")},
 * the IATI reader's {@code problem(path, "iati.noTitle", ...)}...). A literal must be a key; an
 * English text glued together with {@code +} fails; {@code FacesMessages.text("key")} must name a
 * key of the page bundle; a variable passes (it carries a key from elsewhere).
 */
class ReasonKeysInSourceTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** A call whose argument {@code index} is a key; {@code prefix} is put before a literal; {@code files} limits where. */
    record Rule(String files, Pattern call, int index, String prefix) {

        Rule(String files, String call, int index) {
            // A method name stands alone ("problem(", not "refusedProblem("); a call through a receiver starts with its dot.
            this(files, Pattern.compile((call.startsWith("\\.") ? "" : "(?<![\\w])") + call + "\\("), index, "");
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(".*", "new (?:[\\w.]+\\.)?InvalidValueException", 1),
            new Rule(".*", "new (?:[\\w.]+\\.)?IllegalTransitionException", 0),
            new Rule(".*", "new (?:[\\w.]+\\.)?InvalidParameterException", 1),
            new Rule(".*", "new (?:[\\w.]+\\.)?ResourceNotFoundException", 0),
            new Rule(".*", "new (?:[\\w.]+\\.)?RequestConflictException", 0),
            new Rule(".*", "Reason\\.of", 0),
            new Rule(".*", "\\.matching", 3),
            new Rule(".*", "\\.parsed", 3),
            new Rule(".*/NeedSheet\\.java", "new Problem", 2),
            new Rule(".*/ActivityReader\\.java|.*/ImportPlan\\.java", "(?:problem|warn|refuse)", 1),
            new Rule(".*/ProblemMappers\\.java", "text", 1),
            new Rule(".*/project/boundary/Projects\\.java", "part", 3),
            new Rule(".*/ActivityReader\\.java", Pattern.compile("(?<![\\w])part\\("), 0, "iati.part."));

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyRefusalNamesAKeyOfTheReasonsBundle() throws IOException {
        Properties reasons = ReasonsBundleTest.bundle("");
        Properties messages = MessagesTest.bundle("");
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path file : files) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.toString().replace('\\', '/');
            for (Rule rule : RULES) {
                if (!name.matches(rule.files())) {
                    continue;
                }
                Matcher call = rule.call().matcher(source);
                while (call.find()) {
                    List<String> arguments = arguments(source, call.end());
                    if (arguments.size() <= rule.index()) {
                        continue;
                    }
                    String argument = arguments.get(rule.index()).strip();
                    String where = name + ":" + line(source, call.start()) + ": " + argument;
                    String problem = check(argument, rule.prefix(), reasons, messages);
                    if (problem != null) {
                        wrong.add(where + " (" + problem + ")");
                    }
                    checked++;
                }
            }
        }
        assertEquals(List.of(), wrong, "write a key of org/tatracker/i18n/reasons.properties, in all six languages");
        assertTrue(checked > 250, "the scan found only " + checked + " calls: has the code changed shape?");
    }

    /** {@code null} when the argument names a key (or is a variable), else what is wrong. */
    static String check(String argument, String prefix, Properties reasons, Properties messages) {
        if (argument.startsWith("FacesMessages.text(")) {
            Matcher m = LITERAL.matcher(argument);
            return m.find() && messages.containsKey(m.group(1)) ? null : "not a key of messages.properties";
        }
        Matcher literal = LITERAL.matcher(argument);
        if (!literal.find()) {
            return null;
        }
        if (literal.start() == 0 && literal.end() == argument.length()) {
            return reasons.containsKey(prefix + literal.group(1)) ? null : "not a key of reasons.properties";
        }
        if (argument.matches("\"[\\w.]+\\.\"\\s*\\+.*")) {
            String keyPrefix = prefix + argument.substring(1, argument.indexOf('"', 1));
            // a Reason falls back to the interface's labels (statuses, actions) when the reasons bundle has no such key
            return reasons.stringPropertyNames().stream().anyMatch(k -> k.startsWith(keyPrefix))
                    || messages.stringPropertyNames().stream().anyMatch(k -> k.startsWith(keyPrefix)) ? null : "no key starts with " + keyPrefix;
        }
        if (argument.matches("(?s).*(\"\\s*\\+|\\+\\s*\").*")) {
            return "a text glued together with +";
        }
        do {
            if (!reasons.containsKey(prefix + literal.group(1))) {
                return literal.group(1) + " is not a key of reasons.properties";
            }
        } while (literal.find());
        return null;
    }

    /** The top-level arguments of the call whose parenthesis opens just before {@code from}. */
    static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(source, i, c);
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    String last = source.substring(start, i);
                    if (!last.isBlank() || !arguments.isEmpty()) {
                        arguments.add(last);
                    }
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(source.substring(start, i));
                start = i + 1;
            }
        }
        return arguments;
    }

    private static int endOfLiteral(String source, int open, char quote) {
        for (int i = open + 1; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return source.length();
    }

    private static int line(String source, int at) {
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void theScanTellsKeysFromSentences() {
        Properties reasons = new Properties();
        reasons.setProperty("required", "required");
        reasons.setProperty("iati.part.budget", "budget");
        Properties messages = new Properties();
        messages.setProperty("form.required", "Required.");
        assertEquals(null, check("\"required\"", "", reasons, messages));
        assertEquals(null, check("max", "", reasons, messages));
        assertEquals(null, check("FacesMessages.text(\"form.required\")", "", reasons, messages));
        assertEquals(null, check("\"iati.part.\" + name", "", reasons, messages));
        assertEquals(null, check("\"budget\"", "iati.part.", reasons, messages));
        assertEquals("not a key of reasons.properties", check("\"must not be empty\"", "", reasons, messages));
        assertEquals("a text glued together with +", check("\"at most \" + max + \" characters\"", "", reasons, messages));
        assertEquals("a text glued together with +", check("code + \" is named twice\"", "", reasons, messages));
        assertEquals(List.of("field", " \"maxLength\"", " f(a, b)", " \"x,)\""), arguments("field, \"maxLength\", f(a, b), \"x,)\")", 0));
    }
}
