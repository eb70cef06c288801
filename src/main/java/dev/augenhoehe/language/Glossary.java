package dev.augenhoehe.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IT glossary: terms with variants, a "known" flag and plain explanations in both languages. The shipped
 * one lives in {@code language/glossary/} (an {@code index.txt} lists the TSV part files; format in
 * docs/klartext.md). Immutable and thread-safe; {@link #withTerms} layers workspace terms on top.
 */
public final class Glossary {

    static final String INDEX = "/language/glossary/index.txt";

    private final List<GlossaryTerm> terms;
    private final Map<String, GlossaryTerm> byId;
    private final Map<String, GlossaryTerm> byForm;
    private final GlossaryIndex index;

    Glossary(Collection<GlossaryTerm> terms, CompoundSplitter splitter) {
        LinkedHashMap<String, GlossaryTerm> ids = new LinkedHashMap<>();
        for (GlossaryTerm t : terms) {
            ids.put(t.id(), t); // a later term with the same id wins: workspace over shipped
        }
        this.terms = List.copyOf(ids.values());
        this.byId = Collections.unmodifiableMap(ids);
        Map<String, GlossaryTerm> forms = new HashMap<>();
        for (GlossaryTerm t : this.terms) {
            for (String f : t.forms()) {
                forms.putIfAbsent(f.toLowerCase(Locale.ROOT), t);
            }
        }
        this.byForm = forms;
        this.index = new GlossaryIndex(this.terms,
                splitter != null ? splitter : new CompoundSplitter(List.of()));
    }

    /** A glossary of the given terms (e.g. for tests or a workspace's own list). */
    public static Glossary of(Collection<GlossaryTerm> terms) {
        List<String> seed = new ArrayList<>();
        Glossary g = new Glossary(terms, new CompoundSplitter(seed));
        seed.addAll(g.index.partForms());
        return g;
    }

    /** Loads the shipped glossary from the classpath. */
    static Glossary loadShipped() {
        return of(readShipped());
    }

    static List<GlossaryTerm> readShipped() {
        List<GlossaryTerm> terms = new ArrayList<>();
        try (InputStream in = Glossary.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return terms;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try (InputStream part = Glossary.class.getResourceAsStream("/language/glossary/" + line)) {
                    if (part != null) {
                        terms.addAll(parse(part));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Parses one TSV part; rows without seven columns are skipped (the integrity test rejects them). */
    static List<GlossaryTerm> parse(InputStream in) throws IOException {
        List<GlossaryTerm> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 7) {
                continue;
            }
            List<String> variants = c[3].isBlank() ? List.of()
                    : Arrays.stream(c[3].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            out.add(new GlossaryTerm(c[0].strip(), c[1].strip(), c[2].strip(), variants, "1".equals(c[4].strip()),
                    c[5].strip(), c[6].strip()));
        }
        return out;
    }

    public List<GlossaryTerm> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    public Optional<GlossaryTerm> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A term by any of its forms as written in the glossary, ignoring case ("api", "Datenbankmigration"). */
    public Optional<GlossaryTerm> lookup(String form) {
        return form == null ? Optional.empty() : Optional.ofNullable(byForm.get(form.strip().toLowerCase(Locale.ROOT)));
    }

    /**
     * The parts of a German compound, lower-cased ("Datenbankmigration": datenbank, migration); the word alone when
     * it isn't one. The one splitter of the product: Klartext finds terms with it, search indexes with it.
     */
    public List<String> compoundParts(String word) {
        return index.compoundParts(word);
    }

    /** Every occurrence of a glossary term in a text, in text order (for tooltips). */
    public List<TermMatch> find(String text, Language language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Language lang = language != null ? language : Language.detect(text);
        List<Token> tokens = Tokenizer.tokenize(text);
        List<GlossaryHit> hits = new ArrayList<>();
        for (Sentence s : SentenceSplitter.split(text, tokens)) {
            SentenceWords w = SentenceWords.of(tokens, s, lang);
            index.find(tokens, w.indices(), w.keys(), lang, hits);
        }
        List<TermMatch> out = new ArrayList<>(hits.size());
        for (GlossaryHit h : hits) {
            out.add(new TermMatch(h.term(), h.start(), h.end(), text.substring(h.start(), h.end())));
        }
        return out;
    }

    /** The distinct terms used in a text, in order of first use (for "terms in this brief"). */
    public List<GlossaryTerm> termsIn(String text, Language language) {
        LinkedHashMap<String, GlossaryTerm> seen = new LinkedHashMap<>();
        for (TermMatch m : find(text, language)) {
            seen.putIfAbsent(m.term().id(), m.term());
        }
        return List.copyOf(seen.values());
    }

    /** This glossary with extra terms on top (same id replaces). Builds a new index: cache the result. */
    public Glossary withTerms(Collection<GlossaryTerm> extra) {
        if (extra == null || extra.isEmpty()) {
            return this;
        }
        List<GlossaryTerm> all = new ArrayList<>(terms);
        all.addAll(extra);
        return of(all);
    }

    GlossaryIndex index() {
        return index;
    }
}
