package dev.augenhoehe.decisions;

import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.decisions.ParsedDecision.Note;
import dev.augenhoehe.decisions.ParsedDecision.NumberLink;
import dev.augenhoehe.decisions.UploadReader.TextFile;
import dev.augenhoehe.system.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import in two steps: the upload is read and kept as a pending import, the person sees what will be created, and
 * only their confirmation creates the decisions (numbers kept where free, links between the files restored).
 */
@Service
@Transactional
class MadrImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One decision as it will be created. */
    record Planned(ParsedDecision parsed, int newNumber, List<PlannedLink> links) {

        public String label() {
            return DecisionView.label(newNumber);
        }
    }

    /** A link between two planned decisions, forward direction, by their new numbers. */
    record PlannedLink(int from, LinkType type, int to) {

        public String fromLabel() {
            return DecisionView.label(from);
        }

        public String toLabel() {
            return DecisionView.label(to);
        }
    }

    record Preview(long pendingId, List<Planned> planned, List<ParsedDecision> rejected, List<Note> notes) {

        public boolean canCreate() {
            return !planned.isEmpty();
        }
    }

    private final PendingImportRepository pending;
    private final DecisionRepository decisions;
    private final DecisionService service;
    private final Engagements engagements;

    MadrImport(PendingImportRepository pending, DecisionRepository decisions, DecisionService service,
            Engagements engagements) {
        this.pending = pending;
        this.decisions = decisions;
        this.service = service;
        this.engagements = engagements;
    }

    /** Reads the upload; a failure that concerns the whole upload comes back as {@code error}, nothing stored. */
    Object prepare(long workspaceId, long engagementId, List<UploadReader.Upload> uploads, Actor actor) {
        engagements.find(workspaceId, engagementId).orElseThrow(NotFoundException::new);
        UploadReader.Result read = UploadReader.read(uploads);
        if (read.error() != null) {
            return read.error();
        }
        pending.deleteOlderThan(service.now().minus(Duration.ofDays(1)));
        List<Map<String, String>> stored = read.files().stream()
                .map(f -> Map.of("name", f.name(), "text", f.text())).toList();
        PendingImport saved = pending.save(new PendingImport(null, workspaceId, engagementId, actor.userId(),
                service.now(), JSON.writeValueAsString(stored)));
        return plan(workspaceId, engagementId, saved.id(), read.files(), read.rejected());
    }

    @Transactional(readOnly = true)
    Preview preview(long workspaceId, long engagementId, long pendingId) {
        return plan(workspaceId, engagementId, pendingId, files(load(workspaceId, engagementId, pendingId)),
                List.of());
    }

    /** Creates what the preview showed, in one transaction; returns how many decisions were created. */
    int confirm(long workspaceId, long engagementId, long pendingId, Actor actor) {
        PendingImport upload = load(workspaceId, engagementId, pendingId);
        Preview preview = plan(workspaceId, engagementId, pendingId, files(upload), List.of());
        Map<Integer, Long> ids = new HashMap<>();
        for (Planned p : preview.planned()) {
            DecisionView created = service.create(workspaceId, engagementId, p.newNumber(), null, p.parsed().fields(),
                    actor, EntryKind.IMPORTED, null, e -> e.noting(p.parsed().fileName()));
            ids.put(p.newNumber(), created.id());
        }
        for (Planned p : preview.planned()) {
            for (PlannedLink link : p.links()) {
                try {
                    service.link(workspaceId, ids.get(link.from()), link.type(), ids.get(link.to()), actor, null);
                } catch (DecisionRuleException e) {
                    // a second "supersedes" for the same decision: the files contradict each other; the first wins
                }
            }
        }
        pending.delete(upload);
        return preview.planned().size();
    }

    private PendingImport load(long workspaceId, long engagementId, long pendingId) {
        return pending.findByIdAndWorkspaceIdAndEngagementId(pendingId, workspaceId, engagementId)
                .orElseThrow(NotFoundException::new);
    }

    private static List<TextFile> files(PendingImport upload) {
        List<Map<String, String>> stored = JSON.readValue(upload.files(), new TypeReference<>() {
        });
        return stored.stream().map(m -> new TextFile(m.get("name"), m.get("text"))).toList();
    }

    private Preview plan(long workspaceId, long engagementId, long pendingId, List<TextFile> files,
            List<ParsedDecision> rejectedUpload) {
        List<ParsedDecision> parsed = new ArrayList<>();
        List<ParsedDecision> rejected = new ArrayList<>(rejectedUpload);
        for (TextFile file : files) {
            ParsedDecision p = MadrReader.read(file.name(), file.text());
            (p.ok() ? parsed : rejected).add(p);
        }
        parsed.sort(Comparator.comparing(ParsedDecision::number, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ParsedDecision::fileName));
        Set<Integer> used = new HashSet<>();
        decisions.findByWorkspaceIdAndEngagementIdOrderByNumber(workspaceId, engagementId)
                .forEach(d -> used.add(d.number()));
        int max = used.stream().mapToInt(Integer::intValue).max().orElse(0);
        Map<Integer, Integer> bySourceNumber = new HashMap<>();
        List<Integer> numbers = new ArrayList<>();
        for (ParsedDecision p : parsed) {
            int number;
            if (p.number() != null && p.number() > 0 && !used.contains(p.number())) {
                number = p.number();
            } else {
                number = Math.max(max, used.stream().mapToInt(Integer::intValue).max().orElse(0)) + 1;
            }
            used.add(number);
            max = Math.max(max, number);
            numbers.add(number);
            if (p.number() != null) {
                bySourceNumber.putIfAbsent(p.number(), number);
            }
        }
        List<Note> notes = new ArrayList<>();
        Set<PlannedLink> all = new LinkedHashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            ParsedDecision p = parsed.get(i);
            int self = numbers.get(i);
            List<PlannedLink> own = new ArrayList<>();
            for (NumberLink link : p.links()) {
                Integer other = bySourceNumber.get(link.number());
                if (other == null || other == self) {
                    notes.add(Note.of("decisions.import.warn.linkMissing", p.fileName(),
                            "ADR-" + DecisionView.label(link.number())));
                    continue;
                }
                PlannedLink forward = link.type().isForward() ? new PlannedLink(self, link.type(), other)
                        : new PlannedLink(other, link.type().reverse(), self);
                if (forward.type() == LinkType.RELATES_TO && forward.from() > forward.to()) {
                    forward = new PlannedLink(forward.to(), LinkType.RELATES_TO, forward.from());
                }
                if (all.add(forward)) {
                    own.add(forward);
                }
            }
            planned.add(new Planned(p, self, own));
        }
        return new Preview(pendingId, planned, rejected, notes);
    }
}
