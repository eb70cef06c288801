package dev.augenhoehe.sharing;

import dev.augenhoehe.accounts.Directory;
import dev.augenhoehe.briefs.BriefContent;
import dev.augenhoehe.briefs.PublishedBriefs.PublishedVersion;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.sharing.ClientPage.BriefView;
import dev.augenhoehe.sharing.ClientPage.ClientPageSectionView;
import dev.augenhoehe.sharing.ClientPage.OptionView;
import dev.augenhoehe.sharing.ClientText.Block;
import dev.augenhoehe.sharing.ClientText.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the client's page (and the PDF's content) from a frozen share version. */
@Component
class ClientPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int WORDS_PER_MINUTE = 180;

    private final Engagements engagements;
    private final SharingSettings settings;
    private final List<ClientPageSection> sections;
    private final SharingProperties properties;
    private final com.github.benmanes.caffeine.cache.Cache<String, Prepared> prepared =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(2_000).build();

    private final ClientText text;
    private final Directory directory;

    ClientPages(Engagements engagements, SharingSettings settings, List<ClientPageSection> sections,
            SharingProperties properties, Klartext klartext, Directory directory) {
        this.engagements = engagements;
        this.directory = directory;
        this.text = new ClientText(klartext.glossary());
        this.settings = settings;
        this.properties = properties;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ClientPageSection::order)).toList();
    }

    ClientPage build(ShareService.Loaded loaded, List<ClientResponse> responses) {
        Share share = loaded.share();
        ShareVersion version = loaded.version();
        Language lang = share.language();
        EngagementRef engagement = engagements.find(share.workspaceId(), share.engagementId()).orElse(null);

        Map<String, Term> allTerms = new LinkedHashMap<>(text.glossaryTerms(version.recap(), lang));
        List<Block> recap = text.blocks(version.recap(), lang, allTerms, new HashSet<>());
        int words = ClientText.words(version.recap()) + ClientText.words(version.message());

        List<BriefView> briefs = new ArrayList<>();
        int number = 0;
        for (PublishedVersion published : loaded.briefs()) {
            number++;
            Prepared prepared = prepared(published);
            prepared.explain().forEach(allTerms::putIfAbsent);
            words += prepared.words();
            final long briefId = published.briefId();
            ClientResponse choice = responses.stream()
                    .filter(r -> r.kind() == ClientResponse.Kind.CHOICE && r.briefId() != null && r.briefId() == briefId)
                    .findFirst().orElse(null);
            List<ClientResponse> more = responses.stream()
                    .filter(r -> r.kind() == ClientResponse.Kind.MORE_INFO && r.briefId() != null
                            && r.briefId() == briefId).toList();
            BriefView b = prepared.view();
            briefs.add(new BriefView(b.briefId(), b.version(), number, b.question(), b.context(), b.options(),
                    b.recommendation(), b.recommendedName(), b.reasons(), b.noRecommendationBecause(), b.revisitIf(),
                    b.knowhow(), b.contentHash(), choice, more));
        }
        List<ClientPageSectionView> contributed = sections.stream()
                .flatMap(s -> s.content(share.workspaceId(), share.engagementId(), lang).stream())
                .map(c -> new ClientPageSectionView(c.template(), c.fragment(), c.data())).toList();
        java.util.Optional<SharingSettings.Logo> logo = settings.logo(share.workspaceId());
        ClientResponse feedback = responses.stream().filter(r -> r.kind() == ClientResponse.Kind.FEEDBACK)
                .findFirst().orElse(null);
        return new ClientPage(share.id(), share.title(), lang, engagement == null ? "" : engagement.clientName(),
                engagement == null ? "" : engagement.title(), share.consultantName(), share.workspaceName(),
                logo.isPresent(), logo.map(l -> "data:" + l.contentType() + ";base64," + java.util.Base64.getEncoder()
                                .encodeToString(l.bytes())).orElse(null),
                version.number(), version.createdAt(),
                text.blocks(version.changes(), lang, Map.of(), new HashSet<>()),
                text.blocks(version.message(), lang, Map.of(), new HashSet<>()), recap, briefs,
                List.copyOf(allTerms.values()), contributed, Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE),
                share.expiresAt(), feedback);
    }

    /** A published version prepared for the page: frozen, so it is prepared once and kept (bounded). */
    private record Prepared(BriefView view, int words, Map<String, Term> explain) {
    }

    private Prepared prepared(PublishedVersion published) {
        return prepared.get(published.briefId() + ":" + published.version() + ":" + published.publishedAt(),
                key -> prepare(published));
    }

    private Prepared prepare(PublishedVersion published) {
        BriefContent c = published.content();
        Map<String, Term> explain = new LinkedHashMap<>();
        c.terms().forEach(t -> explain.put(t.id(), new Term(t.id(), t.term(), t.explanation())));
        Set<String> marked = new HashSet<>();
        List<Block> context = text.blocks(c.context(), c.language(), explain, marked);
        List<OptionView> options = new ArrayList<>();
        int words = 0;
        for (int i = 0; i < c.options().size(); i++) {
            dev.augenhoehe.knowledge.DecisionOption o = c.options().get(i);
            options.add(new OptionView(i, o.name(), text.blocks(o.meaning(), c.language(), explain, marked),
                    text.blocks(o.pros(), c.language(), explain, marked),
                    text.blocks(o.cons(), c.language(), explain, marked),
                    text.blocks(o.leadsTo(), c.language(), explain, marked), o.effort(), o.cost(), o.time(),
                    riskKey(o), text.blocks(o.riskReason(), c.language(), explain, marked),
                    c.isRecommended(i)));
            words += ClientText.words(o.name()) + ClientText.words(o.meaning()) + ClientText.words(o.pros())
                    + ClientText.words(o.cons()) + ClientText.words(o.leadsTo()) + ClientText.words(o.riskReason());
        }
        words += ClientText.words(c.question()) + ClientText.words(c.context()) + ClientText.words(c.reasons())
                + ClientText.words(c.noRecommendationBecause()) + ClientText.words(c.revisitIf())
                + ClientText.words(c.knowhow());
        BriefView view = new BriefView(published.briefId(), published.version(), 0, c.question(), context, options,
                c.recommendation(), c.hasRecommendation() ? c.recommended().name() : null,
                text.blocks(c.reasons(), c.language(), explain, marked),
                text.blocks(c.noRecommendationBecause(), c.language(), explain, marked),
                text.blocks(c.revisitIf(), c.language(), explain, marked),
                text.blocks(c.knowhow(), c.language(), explain, marked), contentHash(published), null,
                List.of());
        return new Prepared(view, words, explain);
    }

    /** A single published brief version as a page of its own, for the consultant's PDF (no link, no responses). */
    ClientPage single(long workspaceId, long engagementId, String consultantName, PublishedVersion version) {
        java.time.Instant at = version.publishedAt();
        Share transientShare = new Share(0L, workspaceId, engagementId, version.content().language(),
                version.content().question(), 0L, consultantName, directory.workspaceName(workspaceId), 1, "", "", at,
                null, null, 0, null, null, at, 0);
        ShareVersion only = new ShareVersion(0L, 0L, workspaceId, 1, "", "", "",
                List.of(new ShareVersion.BriefRef(version.briefId(), version.version(), version.questionId())), 0L,
                at);
        return build(new ShareService.Loaded(transientShare, only, List.of(version)), List.of());
    }

    /** Who asked, for the questions a client sends through the link: the engagement's client. */
    String clientName(Share share) {
        return engagements.find(share.workspaceId(), share.engagementId()).map(EngagementRef::clientName)
                .orElse("Client");
    }

    /** Where clients reach this instance: configured, or taken from the request the consultant made. */
    String baseUrl(jakarta.servlet.http.HttpServletRequest request) {
        if (!properties.baseUrl().isEmpty()) {
            return properties.baseUrl();
        }
        return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null).build().toUriString();
    }

    /** The message key of an option's risk. The one place that knows how a risk is spelled. */
    static String riskKey(dev.augenhoehe.knowledge.DecisionOption option) {
        return option.risk() == null ? null : "briefs.risk." + option.risk().id();
    }

    /** SHA-256 of the brief version exactly as shown: its id, version and frozen content. */
    static String contentHash(PublishedVersion published) {
        return Tokens.sha256(published.briefId() + "|" + published.version() + "|"
                + JSON.writeValueAsString(published.content()));
    }
}
