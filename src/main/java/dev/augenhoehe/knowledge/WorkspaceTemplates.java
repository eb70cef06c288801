package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decision templates a workspace keeps for itself, usually saved from one of its briefs. Stored as JSON, so the
 * template format can grow without a migration per field.
 */
@Service
public class WorkspaceTemplates {

    static final int MAX_TITLE = 300;

    private final TemplateRepository rows;
    private final KnowledgeSearch search;
    private final JsonMapper json = JsonMapper.builder().build();

    WorkspaceTemplates(TemplateRepository rows, KnowledgeSearch search) {
        this.rows = rows;
        this.search = search;
    }

    /** Saves a new workspace template and returns its key ({@code ws-<id>}), searchable at once. */
    @Transactional
    public String save(long workspaceId, Language language, TemplateContent content) {
        if (content.title().isBlank()) {
            throw new IllegalArgumentException("a template needs a title");
        }
        Instant now = Instant.now();
        TemplateRow row = rows.save(new TemplateRow(null, workspaceId, language.code(), title(content),
                json.writeValueAsString(content), now, now, null));
        index(workspaceId, row, content);
        return DecisionTemplate.workspaceKey(row.id());
    }

    /** Replaces the content of a workspace template; unknown or foreign ids are not found. */
    @Transactional
    public void update(long workspaceId, long id, TemplateContent content) {
        TemplateRow old = rows.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(NotFoundException::new);
        TemplateRow row = rows.save(new TemplateRow(old.id(), workspaceId, old.language(), title(content),
                json.writeValueAsString(content), old.createdAt(), Instant.now(), old.version()));
        index(workspaceId, row, content);
    }

    @Transactional
    public void delete(long workspaceId, long id) {
        TemplateRow row = rows.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(NotFoundException::new);
        rows.delete(row);
        search.removeOwn(workspaceId, SearchKind.TEMPLATE, DecisionTemplate.workspaceKey(id));
    }

    public List<DecisionTemplate> all(long workspaceId) {
        return rows.findByWorkspaceIdOrderByTitleAsc(workspaceId).stream().map(this::template).toList();
    }

    public Optional<DecisionTemplate> find(long workspaceId, long id) {
        return rows.findByIdAndWorkspaceId(id, workspaceId).map(this::template);
    }

    private DecisionTemplate template(TemplateRow row) {
        return new DecisionTemplate(DecisionTemplate.workspaceKey(row.id()), DecisionTemplate.Source.WORKSPACE,
                Language.parse(row.language()), List.of(), json.readValue(row.content(), TemplateContent.class));
    }

    private void index(long workspaceId, TemplateRow row, TemplateContent content) {
        boolean german = Language.DE.code().equals(row.language());
        String key = DecisionTemplate.workspaceKey(row.id());
        search.indexOwn(workspaceId, SearchKind.TEMPLATE, SearchIndex.templateRecord(String.valueOf(workspaceId), key,
                german ? content : null, german ? null : content, "/knowledge/templates/" + key));
    }

    private static String title(TemplateContent content) {
        String t = content.title();
        return t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE) : t;
    }
}
