package dev.augenhoehe.briefs;

import dev.augenhoehe.knowledge.DecisionTemplate;
import dev.augenhoehe.knowledge.DecisionTemplates;
import dev.augenhoehe.knowledge.TemplateContent;
import dev.augenhoehe.knowledge.WorkspaceTemplates;
import dev.augenhoehe.language.Language;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Decision templates for briefs, through the knowledge module's public template API. */
@Component
class KnowledgeTemplates implements BriefTemplates {

    private final DecisionTemplates templates;
    private final WorkspaceTemplates workspaceTemplates;

    KnowledgeTemplates(DecisionTemplates templates, WorkspaceTemplates workspaceTemplates) {
        this.templates = templates;
        this.workspaceTemplates = workspaceTemplates;
    }

    @Override
    public List<Choice> choices(long workspaceId, Language language) {
        return templates.list(workspaceId, language, null).stream()
                .map(t -> new Choice(t.key(), t.content().title(), t.shipped())).toList();
    }

    @Override
    public Optional<TemplateContent> content(long workspaceId, String key, Language language) {
        if (key == null || key.length() > 120) {
            return Optional.empty();
        }
        return templates.find(workspaceId, key, language).map(DecisionTemplate::content);
    }

    @Override
    public boolean canSave() {
        return true;
    }

    @Override
    public String save(long workspaceId, Language language, TemplateContent content, long userId) {
        return workspaceTemplates.save(workspaceId, language, content);
    }
}
