package dev.augenhoehe.briefs;

import dev.augenhoehe.conversations.DemoConversationCreated;
import dev.augenhoehe.language.Language;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo's cloud question gets a brief from the shipped template, published as version 1 so it can be shared;
 * {@link DemoBriefPublished} tells later modules which brief that is.
 */
@Component
@Profile("demo")
class DemoBrief {

    /** The shipped template the demo's question is about. */
    static final String TEMPLATE = "cloud-vs-own-server";

    private final BriefService briefs;
    private final ApplicationEventPublisher events;

    DemoBrief(BriefService briefs, ApplicationEventPublisher events) {
        this.briefs = briefs;
        this.events = events;
    }

    @ApplicationModuleListener
    void seed(DemoConversationCreated demo) {
        Brief draft = briefs.start(demo.workspaceId(), demo.questionForBrief(), Language.DE, TEMPLATE, demo.ownerId());
        Brief published = briefs.publish(demo.workspaceId(), draft.id(), draft.version(), demo.ownerId(), null);
        events.publishEvent(new DemoBriefPublished(demo.workspaceId(), demo.ownerId(), demo.engagementId(),
                demo.conversationId(), published.id(), published.publishedVersion()));
    }
}
