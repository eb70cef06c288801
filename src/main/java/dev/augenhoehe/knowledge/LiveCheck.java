package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Klartext for a workspace: the engine with the workspace's own glossary terms and the findings its consultants
 * dismissed (for the whole workspace and for the client the text is for), messages in the reader's language.
 * Cheap enough for every pause in typing: the engine caches per sentence, terms and dismissals come from caches.
 */
@Service
public class LiveCheck {

    private final WorkspaceGlossary glossary;
    private final KlartextDismissals dismissals;
    private final Klartext klartext;
    private final int maxLength;

    LiveCheck(WorkspaceGlossary glossary, KlartextDismissals dismissals, Klartext klartext,
            KnowledgeProperties properties) {
        this.glossary = glossary;
        this.dismissals = dismissals;
        this.klartext = klartext;
        this.maxLength = properties.maxCheckLength();
    }

    /** The longest text {@link #check} accepts. */
    public int maxLength() {
        return maxLength;
    }

    /**
     * Checks a text.
     *
     * @param language      the text's language, or null to detect it
     * @param scope         a whole reply or one option's text
     * @param ui            the language of messages and suggestions
     * @param acceptedTerms glossary ids or words the client knows (may be empty)
     * @throws IllegalArgumentException for a text longer than {@link #maxLength()}
     */
    public CheckResult check(long workspaceId, String text, Language language, CheckOptions.Scope scope, Language ui,
            Set<String> acceptedTerms) {
        return check(workspaceId, text, language, scope, ui, acceptedTerms, Context.NONE);
    }

    /**
     * What the text belongs to: the client's question it answers (a monologue is judged against it), the terms
     * explained elsewhere in the same document (a brief's other fields, its know-how box), which count as explained
     * here too, and the client it is written for (null: none), whose dismissed findings stay silent.
     */
    public record Context(String question, Set<String> explainedTerms, Long clientId) {

        public static final Context NONE = new Context(null, Set.of(), null);

        public Context {
            explainedTerms = explainedTerms == null ? Set.of() : Set.copyOf(explainedTerms);
        }

        public Context(String question, Set<String> explainedTerms) {
            this(question, explainedTerms, null);
        }

        /** The same context for a text written for this client. */
        public Context forClient(Long client) {
            return new Context(question, explainedTerms, client);
        }
    }

    public CheckResult check(long workspaceId, String text, Language language, CheckOptions.Scope scope, Language ui,
            Set<String> acceptedTerms, Context context) {
        String t = text == null ? "" : text;
        if (t.length() > maxLength) {
            throw new IllegalArgumentException("text longer than " + maxLength);
        }
        CheckOptions options = CheckOptions.defaults().withUi(ui).withScope(scope)
                .withWorkspaceTerms(glossary.workspaceTerms(workspaceId)).withAcceptedTerms(acceptedTerms)
                .withQuestion(context.question()).withExplainedTerms(context.explainedTerms())
                .withDismissed(dismissals.applying(workspaceId, context.clientId()));
        return CheckResult.of(t, klartext.analyze(t, language, options));
    }

    public CheckResult check(long workspaceId, String text, Language language, CheckOptions.Scope scope, Language ui) {
        return check(workspaceId, text, language, scope, ui, Set.of());
    }
}
