package dev.augenhoehe.conversations;

import dev.augenhoehe.clients.DemoEngagementCreated;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.language.Language;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo's first conversation: notes in a few topics, some still open, and the client's questions, one of them
 * already answered with reasons. Announces {@link DemoConversationCreated} with the question a brief should answer.
 */
@Component
@Profile("demo")
class DemoConversation {

    private static final Map<String, String> NOTES = Map.of(
            "goal", "Kundinnen bestellen **bis 18 Uhr** für den nächsten Morgen vor. Weniger Telefonate in den Filialen.",
            "budget", "Rahmen 15.000 bis 25.000 Euro. Frau Korn gibt frei, die Bank ist schon informiert.",
            "history", "Agentur 2023: Shop nie fertig, kaum erreichbar. Frau Korn möchte diesmal *jeden Schritt* verstehen.",
            "timeline", "Start vor Ostern wäre schön, ist aber kein festes Datum.");

    private final ConversationService conversations;
    private final ClientQuestions questions;
    private final Engagements engagements;
    private final ApplicationEventPublisher events;

    DemoConversation(ConversationService conversations, ClientQuestions questions, Engagements engagements,
            ApplicationEventPublisher events) {
        this.conversations = conversations;
        this.questions = questions;
        this.engagements = engagements;
        this.events = events;
    }

    @ApplicationModuleListener
    void seed(DemoEngagementCreated demo) {
        long workspace = demo.workspaceId();
        EngagementRef engagement = engagements.find(workspace, demo.engagementId()).orElseThrow();
        Conversation first = conversations.start(workspace, engagement, new ConversationForm(ConversationKind.FIRST,
                LocalDateTime.now().minusDays(2).withHour(10).withMinute(0), "Petra Korn, Jonas Korn", Language.DE),
                demo.ownerId());
        List<ConversationTopic> topics = conversations.topics(workspace, first.id());
        Long cloudTopic = null;
        for (ConversationTopic topic : topics) {
            String notes = NOTES.get(topic.topicKey());
            if (notes != null) {
                conversations.saveNotes(workspace, first.id(), topic.id(), notes, topic.notesVersion());
            }
            if ("goal".equals(topic.topicKey()) || "budget".equals(topic.topicKey())) {
                conversations.mark(workspace, first.id(), topic.id(), Coverage.SETTLED);
            }
            if ("currentState".equals(topic.topicKey())) {
                cloudTopic = topic.id();
            }
        }
        ClientQuestion cloud = questions.capture(workspace, engagement.id(), first.id(), cloudTopic,
                "Soll unser Shop in der Cloud laufen oder auf unserem eigenen Server?", "Jonas Korn");
        questions.capture(workspace, engagement.id(), first.id(), null,
                "Können wir später auch Lieferungen anbieten?", "Petra Korn");
        ClientQuestion code = questions.capture(workspace, engagement.id(), first.id(), null,
                "Können wir den Code der alten Agentur weiterverwenden?", "Petra Korn");
        questions.answer(workspace, code.id(), new Answer("Eher nicht, wir bauen neu auf einem fertigen Shopsystem auf.",
                "Der alte Code ist unfertig und hat keine Tests. Ihn zu prüfen kostet mehr als ein fertiges System einzurichten."),
                demo.ownerId());
        events.publishEvent(new DemoConversationCreated(workspace, demo.ownerId(), engagement.id(), first.id(),
                cloud.id(), code.id()));
    }
}
