package dev.augenhoehe.language;

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
 * explained anywhere in the text (see {@link JargonResolver}). Workspace terms are matched by a small second
 * index per distinct term list, cached, and win over shipped terms where both match.
 */
final class JargonRule {

    private static final int WORKSPACE_INDEXES = 32;

    private final Map<List<GlossaryTerm>, GlossaryIndex> workspaceIndexes = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<GlossaryTerm>, GlossaryIndex> eldest) {
            return size() > WORKSPACE_INDEXES;
        }
    };

    void apply(String text, List<Token> tokens, List<Sentence> sentences, List<SentenceInfo> infos,
                        RuleData rules, Language lang, CheckOptions opts, FindingFactory f, List<Finding> out) {
        List<List<SentenceInfo.TermHit>> hitsPerSentence = mergeWorkspaceTerms(tokens, sentences, infos, lang, opts);
        Set<String> accepted = new HashSet<>();
        for (String a : opts.acceptedTerms()) {
            accepted.add(a.strip().toLowerCase(Locale.ROOT));
        }
        Set<String> explained = new HashSet<>();
        Map<String, int[]> firstUse = new LinkedHashMap<>(); // id -> {sentence, tokenFrom, tokenTo}
        Map<String, GlossaryTerm> termsById = new HashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            boolean nextExplains = si + 1 < infos.size() && infos.get(si + 1).explainsPrevious();
            for (SentenceInfo.TermHit h : hitsPerSentence.get(si)) {
                GlossaryTerm term = h.term();
                if (term.known() || isAccepted(term, accepted)) {
                    continue;
                }
                int from = h.tokenFrom() + s.tokenFrom();
                int to = h.tokenTo() + s.tokenFrom();
                if (nextExplains || JargonResolver.explained(rules, tokens, s, infos.get(si), from, to) > 0) {
                    explained.add(term.id());
                }
                firstUse.putIfAbsent(term.id(), new int[] {si, from, to});
                termsById.putIfAbsent(term.id(), term);
            }
        }
        Set<Long> flaggedSpans = new HashSet<>();
        for (Map.Entry<String, int[]> e : firstUse.entrySet()) {
            // one finding per word: "Deployment-Pipeline" holds two terms but needs one explanation
            if (explained.contains(e.getKey()) || !flaggedSpans.add(((long) e.getValue()[1] << 32) | e.getValue()[2])) {
                continue;
            }
            GlossaryTerm term = termsById.get(e.getKey());
            int start = tokens.get(e.getValue()[1]).start();
            int end = tokens.get(e.getValue()[2] - 1).end();
            String written = text.substring(start, end);
            String explanation = term.explanation(opts.ui());
            Map<String, String> args = Map.of("text", written, "term", term.term(opts.ui()),
                    "explanation", trimPeriod(explanation, opts.ui()));
            String suggestion = Messages.text(opts.ui(), "jargon.term", Category.UNEXPLAINED_JARGON,
                    explanation.isEmpty() ? "suggestion.generic" : "suggestion", args);
            out.add(f.create(Category.UNEXPLAINED_JARGON, "jargon.term", Severity.WARNING, start, end, args,
                    suggestion));
        }
    }

    /** "An automated chain ..." reads as "(an automated chain ...)" inside an English bracket. */
    private static String trimPeriod(String s, Language ui) {
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

    /** Shipped hits, with workspace terms layered on top: a workspace hit wins where they overlap. */
    private List<List<SentenceInfo.TermHit>> mergeWorkspaceTerms(List<Token> tokens, List<Sentence> sentences,
                                                                  List<SentenceInfo> infos, Language lang,
                                                                  CheckOptions opts) {
        List<List<SentenceInfo.TermHit>> out = new ArrayList<>(infos.size());
        if (opts.workspaceTerms().isEmpty()) {
            for (SentenceInfo i : infos) {
                out.add(i.terms());
            }
            return out;
        }
        GlossaryIndex ws = workspaceIndex(opts.workspaceTerms());
        Map<String, GlossaryTerm> override = new HashMap<>();
        for (GlossaryTerm t : opts.workspaceTerms()) {
            override.put(t.id(), t);
        }
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            SentenceInfo info = infos.get(si);
            int[] abs = new int[info.wordRel().length];
            for (int k = 0; k < abs.length; k++) {
                abs[k] = info.wordRel()[k] + s.tokenFrom();
            }
            List<GlossaryHit> wsHits = new ArrayList<>();
            ws.find(tokens, abs, info.keys(), lang, true, wsHits);
            List<SentenceInfo.TermHit> merged = new ArrayList<>();
            for (GlossaryHit h : wsHits) {
                merged.add(new SentenceInfo.TermHit(h.term(), h.tokenFrom() - s.tokenFrom(), h.tokenTo() - s.tokenFrom()));
            }
            for (SentenceInfo.TermHit h : info.terms()) {
                boolean overlaps = false;
                for (GlossaryHit w : wsHits) {
                    int wf = w.tokenFrom() - s.tokenFrom();
                    int wt = w.tokenTo() - s.tokenFrom();
                    if (h.tokenFrom() < wt && wf < h.tokenTo()) {
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
            out.add(merged);
        }
        return out;
    }

    private GlossaryIndex workspaceIndex(List<GlossaryTerm> terms) {
        synchronized (workspaceIndexes) {
            GlossaryIndex idx = workspaceIndexes.get(terms);
            if (idx == null) {
                List<String> seed = new ArrayList<>();
                idx = new GlossaryIndex(terms, new CompoundSplitter(seed));
                seed.addAll(idx.partForms());
                workspaceIndexes.put(terms, idx);
            }
            return idx;
        }
    }
}
