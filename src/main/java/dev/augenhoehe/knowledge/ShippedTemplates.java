package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The decision templates that ship in {@code knowledge/templates/*.json}, read once; immutable afterwards. */
final class ShippedTemplates {

    static final String PATTERN = "classpath*:knowledge/templates/*.json";

    /** The file format: one slug, both languages. */
    record TemplateFile(String slug, int version, List<String> tags, TemplateContent en, TemplateContent de) {

        TemplateContent content(Language language) {
            return language == Language.DE ? de : en;
        }
    }

    private final Map<String, TemplateFile> bySlug;

    private ShippedTemplates(Map<String, TemplateFile> bySlug) {
        this.bySlug = bySlug;
    }

    static ShippedTemplates load() {
        // strict: a misspelt field in a shipped file should fail a test, not vanish silently
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<TemplateFile> files = new ArrayList<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(json.readValue(in, TemplateFile.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the shipped templates", e);
        }
        files.sort(Comparator.comparing(TemplateFile::slug));
        Map<String, TemplateFile> bySlug = new LinkedHashMap<>();
        files.forEach(f -> bySlug.put(f.slug(), f));
        return new ShippedTemplates(bySlug);
    }

    List<TemplateFile> files() {
        return List.copyOf(bySlug.values());
    }

    Optional<TemplateFile> file(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    Optional<DecisionTemplate> find(String slug, Language language) {
        return file(slug).map(f -> template(f, language));
    }

    List<DecisionTemplate> all(Language language) {
        return bySlug.values().stream().map(f -> template(f, language)).toList();
    }

    static DecisionTemplate template(TemplateFile file, Language language) {
        return new DecisionTemplate(file.slug(), DecisionTemplate.Source.SHIPPED, language, file.tags(),
                file.content(language));
    }
}
