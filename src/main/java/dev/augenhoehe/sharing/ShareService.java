package dev.augenhoehe.sharing;

import dev.augenhoehe.accounts.Directory;
import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.briefs.PublishedBriefs;
import dev.augenhoehe.briefs.PublishedBriefs.PublishedVersion;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shares and what clients answer on them. The consultant's side is scoped to one workspace (a foreign id finds
 * nothing); the client's side is reached only through a token's hash.
 */
@Service
@Transactional
class ShareService {

    /** A share just created or rotated: the only moment the raw token exists. */
    record Issued(Share share, String token) {
    }

    /** A share with everything its pages show. */
    record Loaded(Share share, ShareVersion version, List<PublishedVersion> briefs) {
    }

    private final ShareRepository shares;
    private final ShareVersionRepository versions;
    private final ClientResponseRepository responses;
    private final PublishedBriefs published;
    private final ClientQuestions questions;
    private final SharingSettings settings;
    private final Directory directory;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    ShareService(ShareRepository shares, ShareVersionRepository versions, ClientResponseRepository responses,
            PublishedBriefs published, ClientQuestions questions, SharingSettings settings, Directory directory,
            PasswordEncoder encoder, ApplicationEventPublisher events) {
        this(shares, versions, responses, published, questions, settings, directory, encoder, events,
                Clock.systemUTC());
    }

    ShareService(ShareRepository shares, ShareVersionRepository versions, ClientResponseRepository responses,
            PublishedBriefs published, ClientQuestions questions, SharingSettings settings, Directory directory,
            PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
        this.directory = directory;
        this.shares = shares;
        this.versions = versions;
        this.responses = responses;
        this.published = published;
        this.questions = questions;
        this.settings = settings;
        this.encoder = encoder;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    // ---- the consultant's side ------------------------------------------------------------------------------

    /** Creates a share with its first frozen version and a fresh link. The form was validated. */
    Issued compose(long workspaceId, EngagementRef engagement, long consultantId, String consultantName,
            ShareForm form) {
        List<ShareVersion.BriefRef> refs = checkedBriefs(workspaceId, engagement.id(), form);
        Instant now = now();
        String token = Tokens.newToken();
        int days = form.expiryDays() == null ? settings.defaultExpiryDays(workspaceId) : form.expiryDays();
        Share share = shares.save(new Share(null, workspaceId, engagement.id(), form.language(), form.title(),
                consultantId, consultantName, directory.workspaceName(workspaceId), 1, Tokens.sha256(token),
                Tokens.newToken(), now, days == 0 ? null : now.plus(Duration.ofDays(days)),
                form.pin().isEmpty() ? null : encoder.encode(form.pin()), 0, null, null, now, null));
        versions.save(new ShareVersion(null, share.id(), workspaceId, 1, form.recap(), form.message(), "", refs,
                consultantId, now));
        return new Issued(share, token);
    }

    /**
     * Freezes a new version. With {@code moveLink} the link shows it at once and the client sees "updated on …";
     * otherwise it waits until the consultant moves the link.
     */
    Share edit(long workspaceId, long shareId, long consultantId, ShareForm form, boolean moveLink) {
        Share share = share(workspaceId, shareId);
        List<ShareVersion.BriefRef> refs = checkedBriefs(workspaceId, share.engagementId(), form);
        int number = versions.findByShareIdOrderByNumberDesc(shareId).get(0).number() + 1;
        versions.save(new ShareVersion(null, shareId, workspaceId, number, form.recap(), form.message(),
                form.changes(), refs, consultantId, now()));
        Share updated = moveLink ? share.withCurrentVersion(number, form.title(), form.language()) : share;
        if (form.expiryDays() != null) {
            updated = updated.withExpiry(form.expiryDays() == 0 ? null : now().plus(Duration.ofDays(form.expiryDays())));
        }
        if (!form.pin().isEmpty()) {
            updated = updated.withPin(encoder.encode(form.pin()));
        }
        return shares.save(updated);
    }

    Share moveLink(long workspaceId, long shareId, int number) {
        Share share = share(workspaceId, shareId);
        versions.findByShareIdAndNumber(shareId, number).orElseThrow(NotFoundException::new);
        return shares.save(share.withCurrentVersion(number, share.title(), share.language()));
    }

    Share revoke(long workspaceId, long shareId) {
        Share share = share(workspaceId, shareId);
        return share.revokedAt() != null ? share : shares.save(share.revoked(now()));
    }

    /** A new token (the old link stops working) and a new form token; a revoked share stays revoked. */
    Issued rotate(long workspaceId, long shareId) {
        Share share = share(workspaceId, shareId);
        String token = Tokens.newToken();
        return new Issued(shares.save(share.withToken(Tokens.sha256(token), Tokens.newToken(), now())), token);
    }

    Share setExpiry(long workspaceId, long shareId, Integer days) {
        Share share = share(workspaceId, shareId);
        return shares.save(share.withExpiry(days == null || days == 0 ? null : now().plus(Duration.ofDays(days))));
    }

    /** Sets a PIN (at least 6 digits), or removes it with an empty one. */
    Share setPin(long workspaceId, long shareId, String pin) {
        Share share = share(workspaceId, shareId);
        if (pin == null || pin.isBlank()) {
            return shares.save(share.withPin(null));
        }
        if (!ShareForm.validPin(pin.strip())) {
            throw new IllegalArgumentException("PIN needs at least 6 digits");
        }
        return shares.save(share.withPin(encoder.encode(pin.strip())));
    }

    @Transactional(readOnly = true)
    Share share(long workspaceId, long shareId) {
        return shares.findByIdAndWorkspaceId(shareId, workspaceId).orElseThrow(NotFoundException::new);
    }

    @Transactional(readOnly = true)
    List<Share> ofEngagement(long workspaceId, long engagementId) {
        return shares.findByWorkspaceIdAndEngagementIdOrderByCreatedAtDesc(workspaceId, engagementId);
    }

    @Transactional(readOnly = true)
    List<ShareVersion> versions(long shareId) {
        return versions.findByShareIdOrderByNumberDesc(shareId);
    }

    @Transactional(readOnly = true)
    Loaded load(Share share, int number) {
        ShareVersion version = versions.findByShareIdAndNumber(share.id(), number).orElseThrow(NotFoundException::new);
        List<PublishedVersion> briefs = version.briefs().stream()
                .map(ref -> published.version(share.workspaceId(), ref.briefId(), ref.briefVersion()))
                .flatMap(Optional::stream).toList();
        return new Loaded(share, version, briefs);
    }

    @Transactional(readOnly = true)
    List<ClientResponse> responsesOf(long shareId) {
        return responses.findByShareIdOrderByUpdatedAtDesc(shareId);
    }

    @Transactional(readOnly = true)
    List<ClientResponse> responsesOfEngagement(long workspaceId, long engagementId) {
        return responses.findByWorkspaceIdAndEngagementIdOrderByUpdatedAtDesc(workspaceId, engagementId);
    }

    @Transactional(readOnly = true)
    List<ClientResponse> recentResponses(long workspaceId) {
        return responses.findTop100ByWorkspaceIdOrderByUpdatedAtDesc(workspaceId);
    }

    @Transactional(readOnly = true)
    long unread(long workspaceId) {
        return responses.countUnread(workspaceId);
    }

    void markRead(long workspaceId, List<ClientResponse> seen) {
        Instant now = now();
        seen.stream().filter(r -> r.workspaceId() == workspaceId && r.isUnread())
                .forEach(r -> responses.save(r.read(now)));
    }

    /**
     * The consultant confirms what the client chose: it becomes a decision. Publishes {@link ClientChoiceConfirmed}
     * through the durable registry, in this transaction.
     */
    ClientResponse confirm(SignedInUser consultant, long responseId) {
        long workspaceId = consultant.workspaceId();
        ClientResponse response = responses.findByIdAndWorkspaceId(responseId, workspaceId)
                .filter(r -> r.kind() == ClientResponse.Kind.CHOICE).orElseThrow(NotFoundException::new);
        if (response.isConfirmed()) {
            return response;
        }
        ClientResponse saved = responses.save(response.confirmed(consultant.userId(), now()));
        events.publishEvent(new ClientChoiceConfirmed(workspaceId, saved.engagementId(), saved.questionId(),
                saved.shareId(), saved.id(), saved.briefId(), saved.briefVersion(), saved.optionIndex(),
                saved.optionName(), saved.text(), saved.contentHash(), saved.updatedAt(), consultant.userId(),
                consultant.name(), saved.confirmedAt()));
        return saved;
    }

    private List<ShareVersion.BriefRef> checkedBriefs(long workspaceId, long engagementId, ShareForm form) {
        Set<Long> ofEngagement = questions.ofEngagement(workspaceId, engagementId).stream().map(ClientQuestion::id)
                .collect(Collectors.toSet());
        List<ShareVersion.BriefRef> checked = new ArrayList<>();
        for (ShareVersion.BriefRef ref : form.briefRefs()) {
            PublishedVersion version = published.version(workspaceId, ref.briefId(), ref.briefVersion())
                    .filter(v -> ofEngagement.contains(v.questionId())).orElseThrow(NotFoundException::new);
            checked.add(new ShareVersion.BriefRef(ref.briefId(), ref.briefVersion(), version.questionId()));
        }
        return checked;
    }

    // ---- the client's side ----------------------------------------------------------------------------------

    /**
     * The share behind a token, if the link works: unknown, expired and revoked all give nothing, so the page
     * cannot tell them apart. The lookup is by the token's hash (an index, no secret compared); the stored hash is
     * then compared again in constant time.
     */
    @Transactional(readOnly = true)
    Optional<Share> open(String token) {
        if (!Tokens.wellFormed(token)) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(token);
        Instant now = now();
        return shares.findByTokenHash(hash).filter(s -> Tokens.same(s.tokenHash(), hash)).filter(s -> s.isUsable(now));
    }

    enum PinResult { OK, WRONG, LOCKED }

    PinResult checkPin(Share share, String pin) {
        Share current = shares.findById(share.id()).orElseThrow(NotFoundException::new);
        Instant now = now();
        if (current.isLocked(now)) {
            return PinResult.LOCKED;
        }
        if (pin != null && pin.length() <= 12 && current.pinHash() != null && encoder.matches(pin, current.pinHash())) {
            if (current.pinFailures() > 0) {
                shares.save(current.rightPin());
            }
            return PinResult.OK;
        }
        Share failed = shares.save(current.wrongPin(now));
        return failed.isLocked(now) ? PinResult.LOCKED : PinResult.WRONG;
    }

    /** The client chooses an option; a choice not yet confirmed is replaced, a confirmed one stays. */
    Optional<ClientResponse> choose(Loaded shown, long briefId, int optionIndex, String comment, String contentHash) {
        PublishedVersion brief = brief(shown, briefId);
        if (optionIndex < 0 || optionIndex >= brief.content().options().size()) {
            throw new IllegalArgumentException("no such option");
        }
        String name = brief.content().options().get(optionIndex).name();
        Share share = shown.share();
        Instant now = now();
        Optional<ClientResponse> existing = responses.findFirstByShareIdAndKindAndBriefId(share.id(),
                ClientResponse.Kind.CHOICE, briefId);
        if (existing.isPresent() && existing.get().isConfirmed()) {
            return Optional.empty();
        }
        ClientResponse saved = responses.save(existing
                .map(r -> r.changed(shown.version().number(), brief.version(), optionIndex, name, clip(comment), null,
                        contentHash, now))
                .orElseGet(() -> new ClientResponse(null, share.workspaceId(), share.engagementId(), share.id(),
                        shown.version().number(), ClientResponse.Kind.CHOICE, briefId, brief.version(),
                        brief.questionId(), optionIndex, name, clip(comment), null, contentHash, null,
                        share.consultantId(), now, now, null, null, null, null)));
        announce(saved);
        return Optional.of(saved);
    }

    /** "I need more information": kept on the brief and asked as a new question of the engagement. */
    ClientResponse needMore(Loaded shown, long briefId, String question, String askedBy, String contentHash) {
        PublishedVersion brief = brief(shown, briefId);
        Share share = shown.share();
        String text = requireText(question);
        ClientQuestion asked = questions.askedThroughLink(share.workspaceId(), share.engagementId(),
                clipQuestion(text), askedBy);
        Instant now = now();
        ClientResponse saved = responses.save(new ClientResponse(null, share.workspaceId(), share.engagementId(),
                share.id(), shown.version().number(), ClientResponse.Kind.MORE_INFO, briefId, brief.version(),
                brief.questionId(), null, null, text, null, contentHash, asked.id(), share.consultantId(), now, now,
                null, null, null, null));
        announce(saved);
        return saved;
    }

    /** A follow-up question about anything: it joins the engagement's questions, marked as from the link. */
    ClientResponse ask(Loaded shown, String question, String askedBy) {
        Share share = shown.share();
        String text = requireText(question);
        ClientQuestion asked = questions.askedThroughLink(share.workspaceId(), share.engagementId(),
                clipQuestion(text), askedBy);
        Instant now = now();
        ClientResponse saved = responses.save(new ClientResponse(null, share.workspaceId(), share.engagementId(),
                share.id(), shown.version().number(), ClientResponse.Kind.QUESTION, null, null, null, null, null,
                text, null, null, asked.id(), share.consultantId(), now, now, null, null, null, null));
        announce(saved);
        return saved;
    }

    /** "Did you feel taken seriously and well informed?" 1 to 5 and a text; one per share, the last one counts. */
    ClientResponse feedback(Loaded shown, int rating, String text) {
        if (rating < 1 || rating > 5) {
            throw new IllegalArgumentException("rating 1 to 5");
        }
        Share share = shown.share();
        Instant now = now();
        ClientResponse saved = responses.save(responses.findFirstByShareIdAndKind(share.id(),
                        ClientResponse.Kind.FEEDBACK)
                .map(r -> r.changed(shown.version().number(), null, null, null, clip(text), rating, null, now))
                .orElseGet(() -> new ClientResponse(null, share.workspaceId(), share.engagementId(), share.id(),
                        shown.version().number(), ClientResponse.Kind.FEEDBACK, null, null, null, null, null,
                        clip(text), rating, null, null, share.consultantId(), now, now, null, null, null, null)));
        announce(saved);
        return saved;
    }

    /** The eye-level scores {@code viewer} may see: an owner everyone's, a consultant their own. */
    @Transactional(readOnly = true)
    List<EyeLevelScore> scores(SignedInUser viewer) {
        List<ClientResponse> feedback = responses.findByWorkspaceIdAndKindOrderByCreatedAtAsc(viewer.workspaceId(),
                ClientResponse.Kind.FEEDBACK).stream()
                .filter(r -> viewer.isOwner() || r.consultantId() == viewer.userId()).toList();
        Map<Long, String> names = shares.findAllById(feedback.stream().map(ClientResponse::shareId).distinct()
                .toList()).stream().collect(Collectors.toMap(Share::consultantId, Share::consultantName, (a, b) -> b));
        return EyeLevelScore.of(feedback, names);
    }

    private void announce(ClientResponse response) {
        events.publishEvent(new ClientResponded(response.workspaceId(), response.shareId(), response.id()));
    }

    private static PublishedVersion brief(Loaded shown, long briefId) {
        return shown.briefs().stream().filter(b -> b.briefId() == briefId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static String requireText(String text) {
        String t = clip(text);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty");
        }
        return t;
    }

    /** Client text is kept as typed (escaped wherever it is shown), only trimmed and bounded. */
    static String clip(String text) {
        if (text == null) {
            return "";
        }
        String t = SharePdf.xmlSafe(text).strip();
        return t.length() > ClientResponse.MAX_TEXT ? t.substring(0, ClientResponse.MAX_TEXT) : t;
    }

    private static String clipQuestion(String text) {
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
