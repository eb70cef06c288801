package dev.augenhoehe.briefs;

import dev.augenhoehe.clients.DemoEngagementCreated;
import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.language.Language;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo's open cloud question gets a draft brief from the shipped template, ready to adapt and publish. */
@Component
@Profile("demo")
class DemoBrief {

    private final BriefService briefs;
    private final ClientQuestions questions;

    DemoBrief(BriefService briefs, ClientQuestions questions) {
        this.briefs = briefs;
        this.questions = questions;
    }

    @EventListener
    @Order(20) // listeners on the same event run in this order; the brief needs the questions
    void seed(DemoEngagementCreated demo) {
        questions.ofEngagement(demo.workspaceId(), demo.engagementId()).stream()
                .filter(ClientQuestion::isOpen)
                .filter(question -> question.text().contains("Cloud"))
                .findFirst()
                .ifPresent(question -> briefs.start(demo.workspaceId(), question.id(), Language.DE,
                        "cloud-vs-own-server", demo.ownerId()));
    }
}
