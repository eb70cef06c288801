package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Glossary;
import dev.augenhoehe.language.GlossaryTerm;
import dev.augenhoehe.language.Language;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of one app instance: shipped templates and glossary under the pseudo workspace
 * {@value #SHIPPED}, each workspace's own documents under its id. Thread-safe.
 */
final class SearchIndex implements Closeable {

    static final String SHIPPED = "shipped";
    static final String ID = "id";
    static final String WS = "ws";
    static final String KIND = "kind";
    static final String KEY = "key";
    static final String URL = "url";
    static final String TITLE_DE = "title_de";
    static final String BODY_DE = "body_de";
    static final String TITLE_EN = "title_en";
    static final String BODY_EN = "body_en";

    private static final int MAX_TERMS_PER_FIELD = 32;
    private static final int SNIPPET = 220;
    private static final int HIGHLIGHT_LIMIT = 30_000;

    /** One indexed document; {@code workspace} is a workspace id or {@value #SHIPPED}. */
    record IndexRecord(String workspace, SearchKind kind, String key, String titleDe, String bodyDe, String titleEn,
            String bodyEn, String url) {

        IndexRecord {
            titleDe = titleDe == null ? "" : titleDe;
            bodyDe = bodyDe == null ? "" : bodyDe;
            titleEn = titleEn == null ? "" : titleEn;
            bodyEn = bodyEn == null ? "" : bodyEn;
            url = url == null ? "" : url;
        }

        String id() {
            return id(workspace, kind, key);
        }

        static String id(String workspace, SearchKind kind, String key) {
            return workspace + ":" + kind.id() + ":" + key;
        }
    }

    private final Analyzer analyzer;
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    SearchIndex(Glossary glossary) {
        this.analyzer = SearchAnalyzers.perField(glossary);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            config.setRAMBufferSizeMB(48);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static IndexRecord templateRecord(String workspace, String key, TemplateContent de, TemplateContent en,
            String url) {
        return new IndexRecord(workspace, SearchKind.TEMPLATE, key, de == null ? "" : de.title(),
                de == null ? "" : de.searchableText(), en == null ? "" : en.title(),
                en == null ? "" : en.searchableText(), url);
    }

    static IndexRecord glossaryRecord(String workspace, GlossaryTerm term) {
        String variants = String.join(", ", term.variants());
        String query = term.en().isBlank() ? term.de() : term.en();
        return new IndexRecord(workspace, SearchKind.GLOSSARY, term.id(), term.term(Language.DE),
                join(term.deExplanation(), variants), term.term(Language.EN), join(term.enExplanation(), variants),
                "/knowledge/glossary?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + "\n" + b;
    }

    void upsert(IndexRecord r) {
        Document doc = new Document();
        doc.add(new StringField(ID, r.id(), Field.Store.NO));
        doc.add(new StringField(WS, r.workspace(), Field.Store.YES));
        doc.add(new StringField(KIND, r.kind().id(), Field.Store.YES));
        doc.add(new StoredField(KEY, r.key()));
        doc.add(new StoredField(URL, r.url()));
        addText(doc, TITLE_DE, r.titleDe());
        addText(doc, BODY_DE, r.bodyDe());
        addText(doc, TITLE_EN, r.titleEn());
        addText(doc, BODY_EN, r.bodyEn());
        try {
            writer.updateDocument(new Term(ID, r.id()), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addText(Document doc, String field, String text) {
        if (!text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.YES));
        }
    }

    void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes writes visible to searches. */
    void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return writer.getDocStats().numDocs;
    }

    /** Bytes of the index files in memory (after a refresh). */
    long ramBytes() {
        long total = 0;
        try {
            for (String file : directory.listAll()) {
                total += directory.fileLength(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    /**
     * Ranked results from the workspace and the shipped knowledge, best first. Every word of the query is a
     * should-clause in each language field, titles count three times and the reader's language more than the
     * other one: more matching words, rarer words and matches in the title rank higher (BM25).
     */
    List<SearchHit> search(String workspace, String queryText, Language language, int limit) {
        Set<String> de = terms(TITLE_DE, queryText);
        Set<String> en = terms(TITLE_EN, queryText);
        if (de.isEmpty() && en.isEmpty()) {
            return List.of();
        }
        // the same word often means something in both languages; the reader's own language comes first
        float deWeight = language == Language.DE ? 1f : 0.6f;
        float enWeight = language == Language.DE ? 0.6f : 1f;
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        addTerms(words, TITLE_DE, de, 3f * deWeight);
        addTerms(words, BODY_DE, de, deWeight);
        addTerms(words, TITLE_EN, en, 3f * enWeight);
        addTerms(words, BODY_EN, en, enWeight);
        Query scope = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(WS, workspace)), Occur.SHOULD)
                .add(new TermQuery(new Term(WS, SHIPPED)), Occur.SHOULD)
                .build();
        Query query = new BooleanQuery.Builder().add(words.build(), Occur.MUST).add(scope, Occur.FILTER).build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, limit + 10);
                List<SearchHit> hits = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    if (hits.size() == limit) {
                        break;
                    }
                    Document doc = searcher.storedFields().document(sd.doc);
                    SearchKind kind = SearchKind.of(doc.get(KIND));
                    boolean shipped = SHIPPED.equals(doc.get(WS));
                    String key = doc.get(KEY);
                    if (shipped && kind == SearchKind.GLOSSARY && overridden(searcher, workspace, key)) {
                        continue; // the workspace's own version of this term is what it wants to see
                    }
                    hits.add(hit(doc, kind, key, shipped, language, de, en, sd.score));
                }
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean overridden(IndexSearcher searcher, String workspace, String key) throws IOException {
        return searcher.count(new TermQuery(new Term(ID, IndexRecord.id(workspace, SearchKind.GLOSSARY, key)))) > 0;
    }

    private SearchHit hit(Document doc, SearchKind kind, String key, boolean shipped, Language language,
            Set<String> de, Set<String> en, float score) {
        boolean german = language == Language.DE ? doc.get(TITLE_DE) != null || doc.get(BODY_DE) != null
                : doc.get(TITLE_EN) == null && doc.get(BODY_EN) == null;
        String titleField = german ? TITLE_DE : TITLE_EN;
        String bodyField = german ? BODY_DE : BODY_EN;
        Set<String> terms = german ? de : en;
        String title = doc.get(titleField) == null ? "" : doc.get(titleField);
        String body = doc.get(bodyField) == null ? "" : doc.get(bodyField);
        return new SearchHit(kind, key, shipped, highlight(titleField, title, terms, Integer.MAX_VALUE),
                highlight(bodyField, body, terms, SNIPPET), doc.get(URL), score);
    }

    private static void addTerms(BooleanQuery.Builder builder, String field, Set<String> terms, float boost) {
        for (String t : terms) {
            Query q = new TermQuery(new Term(field, t));
            builder.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        }
    }

    /** The distinct index terms of a text in a field, as the field's analyzer makes them. */
    Set<String> terms(String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && out.size() < MAX_TERMS_PER_FIELD) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /**
     * The text, or the window of it with the most matches, cut into plain and matching parts. Matches are
     * found with the field's own analyzer, so "Migration" is marked for the query "Datenbankmigration".
     */
    List<SearchHit.Part> highlight(String field, String text, Set<String> terms, int maxChars) {
        String source = text.length() > HIGHLIGHT_LIMIT ? text.substring(0, HIGHLIGHT_LIMIT) : text;
        List<int[]> spans = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, source)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    int s = offset.startOffset();
                    int e = offset.endOffset();
                    if (!spans.isEmpty() && s < spans.get(spans.size() - 1)[1]) {
                        int[] last = spans.get(spans.size() - 1);
                        last[1] = Math.max(last[1], e);
                    } else {
                        spans.add(new int[] {s, e});
                    }
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = 0;
        int to = source.length();
        if (source.length() > maxChars) {
            int best = 0;
            int bestCount = 0;
            for (int i = 0; i < spans.size(); i++) {
                int count = 0;
                for (int j = i; j < spans.size() && spans.get(j)[1] <= spans.get(i)[0] + maxChars - 40; j++) {
                    count++;
                }
                if (count > bestCount) {
                    bestCount = count;
                    best = i;
                }
            }
            from = spans.isEmpty() ? 0 : Math.max(0, spans.get(best)[0] - 40);
            if (from > 0) {
                int space = source.indexOf(' ', from);
                from = space < 0 || space > spans.get(best)[0] ? from : space + 1;
            }
            to = Math.min(source.length(), from + maxChars);
            if (to < source.length()) {
                int space = source.lastIndexOf(' ', to);
                to = space > from ? space : to;
            }
        }
        List<SearchHit.Part> parts = new ArrayList<>();
        if (from > 0) {
            parts.add(new SearchHit.Part("… ", false));
        }
        int at = from;
        for (int[] span : spans) {
            if (span[0] < from || span[1] > to) {
                continue;
            }
            if (span[0] > at) {
                parts.add(new SearchHit.Part(source.substring(at, span[0]), false));
            }
            parts.add(new SearchHit.Part(source.substring(span[0], span[1]), true));
            at = span[1];
        }
        if (at < to) {
            parts.add(new SearchHit.Part(source.substring(at, to), false));
        }
        if (to < text.length()) {
            parts.add(new SearchHit.Part(" …", false));
        }
        return parts;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
