package dev.augenhoehe.sharing;

import dev.augenhoehe.accounts.Directory;
import dev.augenhoehe.briefs.DemoBriefPublished;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.language.Language;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo's share: the demo engagement's recap and whatever brief of it is published, behind one link. Only the
 * token's hash is stored, so every start rotates the demo link and prints the new one with the real port.
 */
@Component
@Profile("demo")
class DemoShare {

    private static final Logger log = LoggerFactory.getLogger(DemoShare.class);

    private final ShareService shares;
    private final Engagements engagements;
    private final PublishedBriefIndex index;
    private final dev.augenhoehe.conversations.ClientQuestions questions;
    private final Directory directory;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Environment environment;

    DemoShare(ShareService shares, Engagements engagements, PublishedBriefIndex index,
            dev.augenhoehe.conversations.ClientQuestions questions, Directory directory,
            MessageSource messages, JdbcClient jdbc, Environment environment) {
        this.shares = shares;
        this.engagements = engagements;
        this.index = index;
        this.questions = questions;
        this.directory = directory;
        this.messages = messages;
        this.jdbc = jdbc;
        this.environment = environment;
    }

    /** Set once this run seeded the share and printed its link, so the start-up line does not rotate it again. */
    private final java.util.concurrent.atomic.AtomicBoolean seededNow = new java.util.concurrent.atomic.AtomicBoolean();

    /** After the demo's brief is published: one share with the recap and the engagement's published briefs. */
    @ApplicationModuleListener
    void seed(DemoBriefPublished demo) {
        EngagementRef engagement = engagements.find(demo.workspaceId(), demo.engagementId()).orElseThrow();
        Locale de = Locale.GERMAN;
        List<String> briefs = index.latestForQuestions(demo.workspaceId(),
                        questions.ofEngagement(demo.workspaceId(), demo.engagementId()).stream()
                                .map(dev.augenhoehe.conversations.ClientQuestion::id).toList())
                .stream().map(e -> e.briefId() + ":" + e.version()).toList();
        ShareService.Issued issued = shares.compose(demo.workspaceId(), engagement, demo.ownerId(),
                directory.name(demo.ownerId()), new ShareForm(engagement.title(), Language.DE,
                        messages.getMessage("sharing.demo.recap", null, de),
                        messages.getMessage("sharing.demo.message", null, de), briefs, null, "", ""));
        seededNow.set(true);
        print(issued.token());
    }

    private void print(String token) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.warn("\nclient link: http://localhost:{}/s/{}\n", port, token);
    }

    /**
     * On a later start of a demo instance: a fresh token for the demo's first share, printed on a line of its own
     * (only the hash is stored, so the old link cannot be shown again).
     */
    @EventListener
    void ready(ApplicationReadyEvent ready) {
        if (seededNow.get()) {
            return;
        }
        jdbc.sql("select id, workspace_id from client_share order by id").query((rs, i) -> new long[] {rs.getLong(1),
                rs.getLong(2)}).list().stream().findFirst()
                .ifPresent(first -> print(shares.rotate(first[1], first[0]).token()));
    }
}
