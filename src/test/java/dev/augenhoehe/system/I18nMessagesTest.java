package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
