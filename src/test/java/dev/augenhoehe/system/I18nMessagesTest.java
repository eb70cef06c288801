package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every visible string exists in English and German, and nothing is mojibake. Checks the bundle pairs, the keys
 * templates name literally ({@code #{...}}) and the message keys Java code passes around as string literals.
 */
class I18nMessagesTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.-]*)[}(]");
    static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:accounts|clients|conversations|knowledge|briefs|sharing|decisions|system|nav|form|error)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndNoBrokenCharacters() throws IOException {
        for (Path english : bundles()) {
            Path german = english.resolveSibling(english.getFileName().toString().replace(".properties", "_de.properties"));
            assertThat(german).as("German twin of " + english).exists();
            Properties en = load(english);
            Properties de = load(german);
            assertThat(de.stringPropertyNames()).as("keys of " + german).isEqualTo(en.stringPropertyNames());
            for (Properties bundle : new Properties[] {en, de}) {
                bundle.forEach((key, value) -> {
                    assertThat((String) value).as(key.toString()).doesNotContain("\uFFFD").isNotBlank();
                    // with arguments the text goes through MessageFormat, where a lone ' starts a quote and eats
                    // the rest ("the client's {0}" shows "the clients {0}"): write ’ or ''
                    String text = (String) value;
                    if (text.matches("(?s).*\\{\\d.*")) {
                        assertThat(text.replace("''", "")).as(key + ": an apostrophe in a text with arguments")
                                .doesNotContain("'");
                    }
                });
            }
        }
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path english : bundles()) {
            known.addAll(load(english).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        collect(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY, known, missing);
        collect(Path.of("src/main/java"), ".java", JAVA_KEY, known, missing);
        assertThat(missing).as("message keys used but not defined").isEmpty();
    }

    /**
     * docs/terminology.md names one word per concept and the words not to use in each language: a German value with
     * "Brief" or "Dafür spricht", or an English one with "For it", fails here. Both words of a pair (pros/cons as
     * "Vorteile" and "Dafür spricht") count, so one concept never gets two names.
     */
    @Test
    void everyValueUsesTheTermsOfDocsTerminology() throws IOException {
        List<String[]> rows = terminologyRows();
        assertThat(rows).as("rows of docs/terminology.md").isNotEmpty();
        List<String> offending = new ArrayList<>();
        for (Path english : bundles()) {
            Path german = english.resolveSibling(english.getFileName().toString().replace(".properties", "_de.properties"));
            for (String[] row : rows) {
                offending.addAll(uses(german, load(german), forbidden(row[3])));
                offending.addAll(uses(english, load(english), forbidden(row[4])));
            }
        }
        assertThat(offending).as("values using a word docs/terminology.md rules out").isEmpty();
    }

    private static List<String[]> terminologyRows() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs/terminology.md"))) {
            String[] cells = line.split("\\|", -1);
            // | concept | English | German | not in German | not in English |: cells[1..5], header and rule skipped
            if (cells.length >= 7 && !cells[1].isBlank() && !cells[1].strip().equals("concept")
                    && !cells[1].startsWith("---")) {
                rows.add(new String[] {cells[1], cells[2], cells[3], cells[4], cells[5]});
            }
        }
        return rows;
    }

    private static List<Pattern> forbidden(String cell) {
        List<Pattern> words = new ArrayList<>();
        Matcher quoted = Pattern.compile("`([^`]+)`").matcher(cell);
        while (quoted.find()) {
            // whole words only: "Brief" is out, "Briefing" or "brief" inside a longer word is not this rule's business
            words.add(Pattern.compile("(?<!\\p{L})" + Pattern.quote(quoted.group(1)) + "(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return words;
    }

    private static List<String> uses(Path file, Properties bundle, List<Pattern> words) {
        List<String> found = new ArrayList<>();
        bundle.forEach((key, value) -> {
            for (Pattern word : words) {
                if (word.matcher((String) value).find()) {
                    found.add(file.getFileName() + " " + key + ": " + word.pattern() + " in \"" + value + "\"");
                }
            }
        });
        return found;
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> known, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // keys ending in a dot are prefixes completed at runtime, e.g. "accounts.role." + role
                    if (!key.endsWith(".") && !known.contains(key)) {
                        missing.add(key + " (" + root.relativize(file) + ")");
                    }
                }
            }
        }
    }

    private static Stream<Path> bundleStream() throws IOException {
        return Stream.concat(Files.list(RESOURCES.resolve("i18n")),
                Files.exists(RESOURCES.resolve("language")) ? Files.list(RESOURCES.resolve("language")) : Stream.empty());
    }

    private static Iterable<Path> bundles() throws IOException {
        try (Stream<Path> files = bundleStream()) {
            return files.filter(f -> f.toString().endsWith(".properties"))
                    .filter(f -> !f.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
