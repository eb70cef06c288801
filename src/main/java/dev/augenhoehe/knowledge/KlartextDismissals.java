package dev.augenhoehe.knowledge;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.augenhoehe.language.Dismissal;
import dev.augenhoehe.system.NotFoundException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Klartext findings the consultants of a workspace dismissed: stored per client (or, widened by the owner, for the
 * whole workspace) and handed to the engine by {@link LiveCheck}. Every method takes the workspace; an id of another
 * workspace is not found.
 */
@Service
class KlartextDismissals {

    /** Rule ids as the engine writes them ({@code jargon.term}, {@code tone.trust-me}). */
    static final Pattern RULE = Pattern.compile("[a-z][a-z0-9.-]{0,79}");
    static final int MAX_SUBJECT = 200;

    private final DismissalRepository rows;
    private final DismissalClients clients;
    private final WorkspaceGlossary glossary;
    /**
     * Which workspace a client belongs to (a client never moves) and its name, asked by every check for a client.
     * A renamed client shows its new name in the panel after at most ten minutes.
     */
    private final com.github.benmanes.caffeine.cache.Cache<Long, KnownClient> knownClients =
            Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(java.time.Duration.ofMinutes(10)).build();

    private record KnownClient(long workspaceId, String name) {
    }

    /**
     * The live check asks on every pause in typing: a workspace's dismissals are read once and kept until a change
     * commits here, or until the TTL (a change on another instance).
     */
    private final LoadingCache<Long, Applying> cache;

    /** One workspace's dismissals as the engine takes them: those for everyone, and those per client. */
    record Applying(Set<Dismissal> everyone, Map<Long, Set<Dismissal>> perClient) {

        Set<Dismissal> forClient(Long clientId) {
            Set<Dismissal> own = clientId == null ? Set.of() : perClient.getOrDefault(clientId, Set.of());
            if (own.isEmpty()) {
                return everyone;
            }
            Set<Dismissal> all = new HashSet<>(everyone);
            all.addAll(own);
            return all;
        }
    }

    KlartextDismissals(DismissalRepository rows, DismissalClients clients, WorkspaceGlossary glossary,
            KnowledgeProperties properties) {
        this.rows = rows;
        this.clients = clients;
        this.glossary = glossary;
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.glossaryCacheTtl())
                .recordStats().build(this::load);
    }

    private Applying load(long workspaceId) {
        Set<Dismissal> everyone = new HashSet<>();
        Map<Long, Set<Dismissal>> perClient = new HashMap<>();
        for (DismissalRow row : rows.findByWorkspaceIdOrderByCreatedAtDesc(workspaceId)) {
            (row.wholeWorkspace() ? everyone : perClient.computeIfAbsent(row.clientId(), c -> new HashSet<>()))
                    .add(row.toDismissal());
        }
        perClient.replaceAll((client, set) -> Set.copyOf(set));
        return new Applying(Set.copyOf(everyone), Map.copyOf(perClient));
    }

    /** What silences findings in a text for this client (null: no client, only the workspace's). Cached. */
    Set<Dismissal> applying(long workspaceId, Long clientId) {
        return cache.get(workspaceId).forClient(clientId);
    }

    CacheStats cacheStats() {
        return cache.stats();
    }

    /** The client's name; not found for a client of another workspace. */
    String clientName(long workspaceId, long clientId) {
        return requireClient(workspaceId, clientId);
    }

    /** The client's name; not found for a client of another workspace. Cheap enough for every check. */
    String requireClient(long workspaceId, long clientId) {
        KnownClient known = knownClients.getIfPresent(clientId);
        if (known == null) {
            Optional<String> name = clients.name(workspaceId, clientId);
            if (name.isEmpty()) {
                throw new NotFoundException();
            }
            known = new KnownClient(workspaceId, name.get());
            knownClients.put(clientId, known);
        }
        if (known.workspaceId() != workspaceId) {
            throw new NotFoundException();
        }
        return known.name();
    }

    /** What a dismissal is about, as a reader knows it: the glossary term's name, the abbreviation, the phrase. */
    String shown(long workspaceId, String subject, dev.augenhoehe.language.Language ui) {
        Optional<dev.augenhoehe.language.GlossaryTerm> term = glossary.term(workspaceId, subject);
        if (term.isPresent()) {
            return term.get().term(ui);
        }
        return subject.startsWith("abbr-") ? subject.substring(5).toUpperCase(java.util.Locale.ROOT) : subject;
    }

    Map<Long, String> clientNames(long workspaceId, java.util.Collection<Long> clientIds) {
        return clients.names(workspaceId, clientIds);
    }

    /**
     * Dismisses findings of this rule about this subject for one client. Dismissing the same twice keeps one row.
     *
     * @throws NotFoundException for a client of another workspace
     * @throws IllegalArgumentException for a rule or subject the engine never writes
     */
    DismissalRow dismiss(long workspaceId, long clientId, String rule, String subject, DismissalReason reason,
            long userId) {
        clientName(workspaceId, clientId);
        DismissalRow row = DismissalRow.create(workspaceId, clientId, valid(rule), validSubject(subject), reason,
                userId);
        return insertOnce(workspaceId, row,
                () -> rows.findForClient(workspaceId, clientId, row.rule(), row.subject()));
    }

    /** The owner's choice: a "not meant that way" of one client now holds for every client of the workspace. */
    DismissalRow widen(long workspaceId, long id, long userId) {
        DismissalRow row = row(workspaceId, id);
        if (row.wholeWorkspace() || row.reason() != DismissalReason.NOT_MEANT) {
            return row;
        }
        return insertOnce(workspaceId, DismissalRow.create(workspaceId, null, row.rule(), row.subject(),
                DismissalReason.NOT_MEANT, userId), () -> rows.findForWorkspace(workspaceId, row.rule(), row.subject()));
    }

    /**
     * One statement, no surrounding transaction: a second click that loses the race to the unique key finds the row
     * the first one wrote (inside a transaction, PostgreSQL would refuse that second look).
     */
    private DismissalRow insertOnce(long workspaceId, DismissalRow row, Supplier<Optional<DismissalRow>> existing) {
        Optional<DismissalRow> found = existing.get();
        if (found.isPresent()) {
            return found.get();
        }
        try {
            return rows.save(row);
        } catch (DataIntegrityViolationException raced) {
            return existing.get().orElseThrow(() -> raced);
        } finally {
            evictAfterCommit(workspaceId);
        }
    }

    @Transactional
    DismissalRow remove(long workspaceId, long id) {
        DismissalRow row = row(workspaceId, id);
        rows.delete(row);
        evictAfterCommit(workspaceId);
        return row;
    }

    DismissalRow row(long workspaceId, long id) {
        return rows.findByIdAndWorkspaceId(id, workspaceId).orElseThrow(NotFoundException::new);
    }

    List<DismissalRow> all(long workspaceId) {
        return rows.findByWorkspaceIdOrderByCreatedAtDesc(workspaceId);
    }

    static boolean validRule(String rule) {
        return rule != null && RULE.matcher(rule).matches();
    }

    static boolean validSubject(String subject, boolean required) {
        return subject != null && subject.strip().length() <= MAX_SUBJECT && (!required || !subject.isBlank());
    }

    private static String valid(String rule) {
        if (!validRule(rule)) {
            throw new IllegalArgumentException("not a rule id");
        }
        return rule;
    }

    /** Only findings about something (a term, a phrase) are dismissed: "" would silence the rule for the client. */
    private static String validSubject(String subject) {
        if (!validSubject(subject, true)) {
            throw new IllegalArgumentException("a dismissal needs a subject of at most " + MAX_SUBJECT + " chars");
        }
        return subject;
    }

    /** Evicting before the commit would let a concurrent reader load and keep the old dismissals. */
    private void evictAfterCommit(long workspaceId) {
        AfterCommit.run(() -> cache.invalidate(workspaceId));
    }
}
