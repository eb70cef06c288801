package dev.augenhoehe.language;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code jargon.unexplained}: the first use of each glossary term that is not known, not accepted and not
 * explained anywhere in the text (see {@link JargonResolver}; the next sentence can explain it too). Workspace
 * terms are matched by a small second index per distinct term list, cached, and win over shipped terms where
 * both match.
 */
final class JargonRule {

    private static final int WORKSPACE_INDEXES = 32;

    /** Keyed by the term list's content (records compare by value), so equal lists share one index. */
    private final Cache<List<GlossaryTerm>, GlossaryIndex> workspaceIndexes = Caches.bounded(WORKSPACE_INDEXES);

    /** Per-call state: language, rules, the workspace index and which shipped ids workspace terms replace. */
    final class Context {
        private final Language language;
        private final RuleData rules;
        private final GlossaryIndex workspace;
        private final Map<String, GlossaryTerm> override = new HashMap<>();

        private Context(Language language, CheckOptions opts, RuleData rules) {
            this.language = language;
            this.rules = rules;
            this.workspace = opts.workspaceTerms().isEmpty() ? null : workspaceIndex(opts.workspaceTerms());
            for (GlossaryTerm t : opts.workspaceTerms()) {
                override.put(t.id(), t);
            }
        }

        /** The terms of one sentence with absolute spans and whether each is explained right there. */
        List<SentenceFacts.TermSpan> spans(List<Token> tokens, Sentence s, SentenceInfo info) {
            List<SentenceInfo.TermHit> hits = workspace == null ? info.terms() : merged(tokens, s, info);
            if (hits.isEmpty()) {
                return List.of();
            }
            List<SentenceFacts.TermSpan> out = new ArrayList<>(hits.size());
            for (SentenceInfo.TermHit h : hits) {
                int from = h.tokenFrom() + s.tokenFrom();
                int to = h.tokenTo() + s.tokenFrom();
                boolean explained = !h.term().known()
                        && JargonResolver.explained(rules, tokens, s, info, from, to, h.term()) > 0;
                out.add(new SentenceFacts.TermSpan(h.term(), tokens.get(from).start(), tokens.get(to - 1).end(),
                        explained));
            }
            return out;
        }

        /** Shipped hits with workspace hits layered on top: a workspace hit wins where they overlap. */
        private List<SentenceInfo.TermHit> merged(List<Token> tokens, Sentence s, SentenceInfo info) {
            int[] abs = new int[info.wordRel().length];
            for (int k = 0; k < abs.length; k++) {
                abs[k] = info.wordRel()[k] + s.tokenFrom();
            }
            List<GlossaryHit> wsHits = new ArrayList<>();
            workspace.find(tokens, abs, info.keys(), language, true, wsHits);
            List<SentenceInfo.TermHit> merged = new ArrayList<>();
            for (GlossaryHit h : wsHits) {
                merged.add(new SentenceInfo.TermHit(h.term(), h.tokenFrom() - s.tokenFrom(),
                        h.tokenTo() - s.tokenFrom()));
            }
            for (SentenceInfo.TermHit h : info.terms()) {
                boolean overlaps = false;
                for (GlossaryHit w : wsHits) {
                    if (h.tokenFrom() < w.tokenTo() - s.tokenFrom() && w.tokenFrom() - s.tokenFrom() < h.tokenTo()) {
                        overlaps = true;
                        break;
                    }
                }
                if (!overlaps) {
                    GlossaryTerm o = override.get(h.term().id());
                    merged.add(o == null ? h : new SentenceInfo.TermHit(o, h.tokenFrom(), h.tokenTo()));
                }
            }
            merged.sort(Comparator.comparingInt(SentenceInfo.TermHit::tokenFrom));
            return merged;
        }
    }

    Context context(Language language, CheckOptions opts, RuleData rules) {
        return new Context(language, opts, rules);
    }

    /** Adds the findings; returns the ids of the terms this text explains. */
    Set<String> apply(List<SentenceFacts> facts, String text, CheckOptions opts, FindingFactory f, List<Finding> out) {
        Set<String> accepted = new HashSet<>();
        for (String a : opts.acceptedTerms()) {
            accepted.add(a.strip().toLowerCase(Locale.ROOT));
        }
        Set<String> explainedElsewhere = new HashSet<>();
        for (String a : opts.explainedTerms()) {
            explainedElsewhere.add(a.strip().toLowerCase(Locale.ROOT));
        }
        Set<String> explained = new HashSet<>();
        Set<String> explainedHere = new java.util.LinkedHashSet<>();
        Map<String, SentenceFacts.TermSpan> firstUse = new LinkedHashMap<>();
        for (int si = 0; si < facts.size(); si++) {
            boolean nextExplains = si + 1 < facts.size() && facts.get(si + 1).explainsPrevious();
            for (SentenceFacts.TermSpan t : facts.get(si).terms()) {
                GlossaryTerm term = t.term();
                if (term.known() || isAccepted(term, accepted)) {
                    continue;
                }
                if (nextExplains || t.explained()) {
                    explained.add(term.id());
                    explainedHere.add(term.id());
                } else if (isAccepted(term, explainedElsewhere)) {
                    explained.add(term.id());
                }
                firstUse.putIfAbsent(term.id(), t);
            }
        }
        Set<Long> flaggedSpans = new HashSet<>();
        for (SentenceFacts.TermSpan t : firstUse.values()) {
            // one finding per word: "Deployment-Pipeline" holds two terms but needs one explanation
            if (explained.contains(t.term().id()) || !flaggedSpans.add(((long) t.start() << 32) | t.end())) {
                continue;
            }
            String written = text.substring(t.start(), t.end());
            String explanation = t.term().explanation(opts.ui());
            Map<String, String> args = Map.of("text", written, "term", t.term().term(opts.ui()),
                    "explanation", inBrackets(explanation, opts.ui()));
            String suggestion = Messages.text(opts.ui(),
                    t.term().id().startsWith(SentenceAnalyzer.ACRONYM_PREFIX) ? "jargon.acronym" : "jargon.term",
                    Category.UNEXPLAINED_JARGON,
                    explanation.isEmpty() ? "suggestion.generic" : "suggestion", args);
            String rule = t.term().id().startsWith(SentenceAnalyzer.ACRONYM_PREFIX) ? "jargon.acronym"
                    : "jargon.term";
            out.add(f.create(Category.UNEXPLAINED_JARGON, rule, Severity.WARNING, t.start(), t.end(), args,
                    suggestion, t.term().id()));
        }
        return explainedHere;
    }

    /** "An automated chain ..." reads as "(an automated chain ...)" inside an English bracket. */
    private static String inBrackets(String s, Language ui) {
        String t = s.strip();
        t = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
        if (ui == Language.EN && t.length() > 1 && Character.isUpperCase(t.charAt(0))
                && Character.isLowerCase(t.charAt(1))) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    private static boolean isAccepted(GlossaryTerm term, Set<String> accepted) {
        if (accepted.isEmpty()) {
            return false;
        }
        if (accepted.contains(term.id())) {
            return true;
        }
        for (String form : term.forms()) {
            if (accepted.contains(form.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private GlossaryIndex workspaceIndex(List<GlossaryTerm> terms) {
        return workspaceIndexes.get(terms, t -> {
            List<String> seed = new ArrayList<>();
            GlossaryIndex idx = new GlossaryIndex(t, new CompoundSplitter(seed));
            seed.addAll(idx.partForms());
            return idx;
        });
    }
}
