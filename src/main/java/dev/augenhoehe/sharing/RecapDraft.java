package dev.augenhoehe.sharing;

import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.conversations.ConversationRecaps;
import dev.augenhoehe.conversations.ConversationRecaps.RecapConversation;
import dev.augenhoehe.conversations.ConversationRecaps.RecapTopic;
import dev.augenhoehe.language.Language;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The first draft of the recap, from the guide: the covered topics (a line each for the consultant to fill in),
 * the open points, and the next steps with who and by when. The consultant's notes are not copied: they are shown
 * beside the editor, private, and only what the consultant writes into the recap goes out.
 */
@Component
class RecapDraft {

    private final ConversationRecaps recaps;
    private final ClientQuestions questions;
    private final MessageSource messages;

    RecapDraft(ConversationRecaps recaps, ClientQuestions questions, MessageSource messages) {
        this.recaps = recaps;
        this.questions = questions;
        this.messages = messages;
    }

    List<RecapConversation> conversations(long workspaceId, long engagementId) {
        return recaps.ofEngagement(workspaceId, engagementId);
    }

    String draft(long workspaceId, long engagementId, Language language) {
        Locale locale = Locale.forLanguageTag(language.code());
        List<RecapConversation> conversations = recaps.ofEngagement(workspaceId, engagementId);
        StringBuilder text = new StringBuilder();
        if (!conversations.isEmpty()) {
            RecapConversation latest = conversations.get(0);
            text.append(msg("sharing.recap.intro", locale,
                    latest.heldAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))))
                    .append("\n\n");
            List<RecapTopic> covered = latest.covered();
            if (!covered.isEmpty()) {
                text.append(msg("sharing.recap.covered", locale)).append('\n');
                covered.forEach(t -> text.append("- ").append(t.title()).append(": …\n"));
                text.append('\n');
            }
            List<RecapTopic> open = latest.open();
            List<ClientQuestion> openQuestions = questions.ofEngagement(workspaceId, engagementId).stream()
                    .filter(ClientQuestion::isOpen).toList();
            if (!open.isEmpty() || !openQuestions.isEmpty()) {
                text.append(msg("sharing.recap.open", locale)).append('\n');
                open.forEach(t -> text.append("- ").append(t.title()).append('\n'));
                openQuestions.forEach(q -> text.append("- ").append(q.text()).append('\n'));
                text.append('\n');
            }
        }
        text.append(msg("sharing.recap.next", locale)).append('\n')
                .append("- ").append(msg("sharing.recap.nextStep", locale)).append('\n');
        return text.toString().strip();
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
