package dev.augenhoehe.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The language module is plain Java: no Spring, no servlet API, nothing from other modules of ours. Scans the
 * sources (imports and fully qualified names) instead of using ArchUnit. {@code package-info.java} is exempt:
 * it carries the Spring Modulith module annotation, which is metadata, not a dependency of the engine.
 */
class LanguageModuleIsPlainJavaTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/augenhoehe/language");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(org\\.springframework|jakarta\\.servlet|javax\\.servlet|dev\\.augenhoehe\\.(?!language\\b)[a-z]+)[.\\w]*");

    @Test
    void noSpringNoServletNoOtherModule() throws IOException {
        assertThat(SOURCES).isDirectory();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (p.getFileName().toString().equals("package-info.java")) {
                    continue;
                }
                String[] lines = Files.readString(p, StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String code = lines[i].replaceAll("//.*", "");
                    Matcher m = FORBIDDEN.matcher(code);
                    if (m.find() && !code.strip().startsWith("*")) {
                        violations.add(p + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(violations).as("forbidden dependencies in the language module").isEmpty();
    }

    @Test
    void scannerCatchesForbiddenImports() {
        assertThat(FORBIDDEN.matcher("import org.springframework.stereotype.Component;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import jakarta.servlet.http.HttpServletRequest;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import dev.augenhoehe.briefs.Brief;").find()).isTrue();
        assertThat(FORBIDDEN.matcher("import dev.augenhoehe.language.Klartext;").find()).isFalse();
    }
}
