package dev.augenhoehe.decisions;

import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a decision goes through here and becomes a history entry. Scoped to one workspace: a foreign id
 * finds nothing ({@link NotFoundException}).
 */
@Service
@Transactional
class DecisionService {

    private final DecisionRepository decisions;
    private final DecisionEntryRepository entries;
    private final DecisionLog log;
    private final Engagements engagements;
    private final Clock clock;

    @Autowired
    DecisionService(DecisionRepository decisions, DecisionEntryRepository entries, DecisionLog log,
            Engagements engagements) {
        this(decisions, entries, log, engagements, Clock.systemUTC());
    }

    DecisionService(DecisionRepository decisions, DecisionEntryRepository entries, DecisionLog log,
            Engagements engagements, Clock clock) {
        this.decisions = decisions;
        this.entries = entries;
        this.log = log;
        this.engagements = engagements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<DecisionView> ofEngagement(long workspaceId, long engagementId) {
        return log.ofEngagement(workspaceId, engagementId);
    }

    @Transactional(readOnly = true)
    List<DecisionView> ofWorkspace(long workspaceId) {
        return log.views(workspaceId, decisions.findByWorkspaceId(workspaceId));
    }

    @Transactional(readOnly = true)
    DecisionView get(long workspaceId, long decisionId) {
        return log.views(workspaceId, List.of(load(workspaceId, decisionId))).get(0);
    }

    /** Records a decision in an engagement of this workspace; an inherited one has {@code fields.source()}. */
    DecisionView record(long workspaceId, long engagementId, DecisionFields fields, Actor actor) {
        return create(workspaceId, engagementId, null, null, fields, actor, EntryKind.RECORDED, null, e -> e);
    }

    /**
     * Creates a decision with its first entry; {@code wantedNumber} is kept when it is free (imports), otherwise
     * the next number of the engagement is used. {@code first} adds to the first entry (confirmation, note).
     */
    DecisionView create(long workspaceId, long engagementId, Integer wantedNumber, Long questionId,
            DecisionFields fields, Actor actor, EntryKind kind, Long responseId,
            java.util.function.UnaryOperator<DecisionEntry> first) {
        engagements.find(workspaceId, engagementId).orElseThrow(NotFoundException::new);
        Instant now = clock.instant();
        int number = wantedNumber != null && wantedNumber > 0 && decisions
                .findByWorkspaceIdAndEngagementIdOrderByNumber(workspaceId, engagementId).stream()
                .noneMatch(d -> d.number().equals(wantedNumber)) ? wantedNumber
                : decisions.maxNumber(engagementId) + 1;
        Decision saved = decisions.save(Decision.create(workspaceId, engagementId, number, questionId, responseId,
                now));
        entries.save(first.apply(DecisionEntry.of(workspaceId, saved.id(), kind, now, actor,
                FieldsJson.diff(DecisionFields.EMPTY, fields))));
        return get(workspaceId, saved.id());
    }

    /**
     * Changes the fields; {@code seenVersion} is the version the person opened, so a change made meanwhile by
     * someone else is not overwritten ({@link org.springframework.dao.OptimisticLockingFailureException}).
     */
    DecisionView edit(long workspaceId, long decisionId, int seenVersion, DecisionFields fields, Actor actor) {
        Decision decision = load(workspaceId, decisionId);
        DecisionView before = get(workspaceId, decisionId);
        String diff = FieldsJson.diff(before.fields(), fields);
        if ("{}".equals(diff)) {
            return before;
        }
        Instant now = clock.instant();
        decisions.save(decision.touched(now, seenVersion));
        entries.save(DecisionEntry.of(workspaceId, decisionId, EntryKind.EDITED, now, actor, diff));
        return get(workspaceId, decisionId);
    }

    /**
     * Links two decisions of the same engagement and writes both sides in this one transaction; superseding also
     * sets the old decision's status. {@code seenTargetVersion} (or null) guards the other decision against a lost
     * update. A link that exists already changes nothing.
     */
    void link(long workspaceId, long fromId, LinkType type, long toId, Actor actor, Integer seenTargetVersion) {
        if (!type.isForward()) {
            link(workspaceId, toId, type.reverse(), fromId, actor, null);
            return;
        }
        Decision from = load(workspaceId, fromId);
        Decision to = load(workspaceId, toId);
        if (from.id().equals(to.id()) || !from.engagementId().equals(to.engagementId())) {
            throw new DecisionRuleException("decisions.link.sameEngagement");
        }
        DecisionView target = get(workspaceId, toId);
        if (get(workspaceId, fromId).links().contains(new Link(type, toId))) {
            return;
        }
        if (type == LinkType.SUPERSEDES && !target.linked(LinkType.SUPERSEDED_BY).isEmpty()) {
            throw new DecisionRuleException("decisions.link.alreadySuperseded");
        }
        Instant now = clock.instant();
        decisions.save(from.touched(now, null));
        entries.save(DecisionEntry.of(workspaceId, fromId, EntryKind.LINKED, now, actor, "{}").linking(type, toId));
        String statusChange = type == LinkType.SUPERSEDES
                ? FieldsJson.diff(target.fields(), target.fields().withStatus(DecisionStatus.SUPERSEDED)) : "{}";
        decisions.save(to.touched(now, seenTargetVersion));
        entries.save(DecisionEntry.of(workspaceId, toId, EntryKind.LINKED, now, actor, statusChange)
                .linking(type.reverse(), fromId));
    }

    /** Removes a link on both sides. The status stays as it is: a person decides what it is now. */
    void unlink(long workspaceId, long fromId, LinkType type, long toId, Actor actor) {
        Decision from = load(workspaceId, fromId);
        Decision to = load(workspaceId, toId);
        if (!get(workspaceId, fromId).links().contains(new Link(type, toId))) {
            return;
        }
        Instant now = clock.instant();
        decisions.save(from.touched(now, null));
        decisions.save(to.touched(now, null));
        entries.save(DecisionEntry.of(workspaceId, fromId, EntryKind.UNLINKED, now, actor, "{}").linking(type, toId));
        entries.save(DecisionEntry.of(workspaceId, toId, EntryKind.UNLINKED, now, actor, "{}")
                .linking(type.reverse(), fromId));
    }

    /** Decisions whose revisit trigger or date is set and that are still in force: soonest first. */
    @Transactional(readOnly = true)
    List<DecisionView> toRevisit(long workspaceId) {
        return ofWorkspace(workspaceId).stream()
                .filter(d -> d.status() == DecisionStatus.ACCEPTED && d.fields().hasRevisit())
                .sorted(REVISIT_ORDER).toList();
    }

    static final Comparator<DecisionView> REVISIT_ORDER = Comparator
            .comparing((DecisionView d) -> d.fields().revisitOn(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.fields().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DecisionView::id);

    /** Ties a decision to the client question it settles, for that question's trail. */
    void attachQuestion(long workspaceId, long decisionId, long questionId) {
        Decision d = load(workspaceId, decisionId);
        decisions.save(new Decision(d.id(), d.workspaceId(), d.engagementId(), d.number(), questionId,
                d.originResponseId(), d.createdAt(), clock.instant(), d.version()));
    }

    Instant now() {
        return clock.instant();
    }

    private Decision load(long workspaceId, long decisionId) {
        return decisions.findByIdAndWorkspaceId(decisionId, workspaceId).orElseThrow(NotFoundException::new);
    }
}
