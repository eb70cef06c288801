package dev.augenhoehe.decisions;

import dev.augenhoehe.briefs.BriefContent;
import dev.augenhoehe.briefs.PublishedBriefs;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.sharing.ClientChoiceConfirmed;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The client's confirmed choice becomes an accepted decision, with the exact brief version and the hash of what
 * the client saw. Runs after the sharing module's commit; a redelivered event finds its decision and does nothing.
 */
@Component
class ClientChoiceRecorder {

    private static final Logger log = LoggerFactory.getLogger(ClientChoiceRecorder.class);
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final DecisionService service;
    private final DecisionRepository decisions;
    private final PublishedBriefs briefs;
    private final Engagements engagements;

    ClientChoiceRecorder(DecisionService service, DecisionRepository decisions, PublishedBriefs briefs,
            Engagements engagements) {
        this.service = service;
        this.decisions = decisions;
        this.briefs = briefs;
        this.engagements = engagements;
    }

    @ApplicationModuleListener
    void on(ClientChoiceConfirmed event) {
        record(event);
    }

    DecisionView record(ClientChoiceConfirmed event) {
        if (decisions.existsByWorkspaceIdAndOriginResponseId(event.workspaceId(), event.responseId())) {
            return null;
        }
        EngagementRef engagement = engagements.find(event.workspaceId(), event.engagementId()).orElse(null);
        var version = briefs.version(event.workspaceId(), event.briefId(), event.briefVersion()).orElse(null);
        if (engagement == null || version == null) {
            // nothing to record into: the engagement or brief is gone (or never was ours); not worth a retry
            log.warn("Confirmed choice {} names an unknown engagement or brief version; no decision recorded",
                    event.responseId());
            return null;
        }
        DecisionFields fields = fields(event, version.content(), engagement);
        DecisionView created = service.create(event.workspaceId(), event.engagementId(), null, event.questionId(),
                fields, new Actor(event.confirmedBy(), event.confirmedByName()), EntryKind.CONFIRMED, event.responseId(),
                entry -> entry.confirming(event.briefId(), event.briefVersion(), event.contentHash())
                        .noting(event.comment()));
        return created;
    }

    static DecisionFields fields(ClientChoiceConfirmed event, BriefContent content, EngagementRef engagement) {
        List<dev.augenhoehe.knowledge.DecisionOption> options = content.options();
        dev.augenhoehe.knowledge.DecisionOption chosen = event.optionIndex() >= 0 && event.optionIndex() < options.size()
                ? options.get(event.optionIndex()) : null;
        String chosenName = chosen != null ? chosen.name() : event.optionName();
        boolean recommended = content.isRecommended(event.optionIndex());
        String reasons = recommended ? content.reasons() : "";
        List<ConsideredOption> considered = options.stream().map(o -> new ConsideredOption(o.name(), o.meaning(),
                Clean.splitItems(o.pros()), List.of(), Clean.splitItems(o.cons()))).toList();
        String more = chosen == null || chosen.leadsTo().isEmpty() ? "" : chosen.leadsTo();
        return new DecisionFields(content.question(), DecisionStatus.ACCEPTED,
                event.chosenAt().atZone(ZONE).toLocalDate(), engagement.clientName(), "", "", content.context(),
                List.of(), considered, chosenName, reasons, List.of(), List.of(), "", more, List.of(),
                content.revisitIf(), RevisitDate.find(content.revisitIf()), "");
    }
}
