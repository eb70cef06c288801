package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.TemplateContent;
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
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decision templates for briefs.
 *
 * <p>Interim: the knowledge module's public template API ({@code DecisionTemplates}, {@code WorkspaceTemplates})
 * is not on our branch yet, so this reads the shipped template files directly (the file format is the public
 * contract) and cannot save workspace templates. When that API lands, this class delegates to it and nothing
 * else in the briefs module changes.
 */
@Component
class KnowledgeTemplates implements BriefTemplates {

    record TemplateFile(String slug, TemplateContent en, TemplateContent de) {
        TemplateContent content(Language language) {
            return language == Language.DE ? de : en;
        }
    }

    private final Map<String, TemplateFile> shipped;

    KnowledgeTemplates() {
        this.shipped = load();
    }

    @Override
    public List<Choice> choices(long workspaceId, Language language) {
        return shipped.values().stream().map(f -> new Choice(f.slug(), f.content(language).title(), true))
                .sorted(Comparator.comparing(Choice::title)).toList();
    }

    @Override
    public Optional<TemplateContent> content(long workspaceId, String key, Language language) {
        return Optional.ofNullable(key).map(shipped::get).map(f -> f.content(language));
    }

    @Override
    public boolean canSave() {
        return false;
    }

    @Override
    public String save(long workspaceId, Language language, TemplateContent content, long userId) {
        throw new UnsupportedOperationException("workspace templates are not available yet");
    }

    private static Map<String, TemplateFile> load() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        List<TemplateFile> files = new ArrayList<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:knowledge/templates/*.json")) {
                try (InputStream in = r.getInputStream()) {
                    TemplateFile f = json.readValue(in, TemplateFile.class);
                    if (f.slug() != null && f.en() != null && f.de() != null) {
                        files.add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the shipped templates", e);
        }
        Map<String, TemplateFile> bySlug = new LinkedHashMap<>();
        files.forEach(f -> bySlug.put(f.slug(), f));
        return bySlug;
    }
}
