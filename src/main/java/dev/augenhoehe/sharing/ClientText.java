package dev.augenhoehe.sharing;

import dev.augenhoehe.language.Glossary;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.language.TermMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A client-facing text as blocks (paragraphs and bullet lists) of segments, with glossary terms marked so the page
 * and the PDF can explain them. Plain text on purpose: the client's page shows the consultant's words, not their
 * markup, and everything is escaped where it is rendered.
 */
final class ClientText {

    /** A piece of text; {@code term} is set where a glossary term starts an explanation. */
    record Segment(String text, Term term) {
    }

    /** A paragraph, or a bullet list whose items are each a list of segments. */
    record Block(boolean list, List<List<Segment>> lines) {
    }

    /** A term the client may look up, with its explanation in the share's language. */
    record Term(String id, String term, String explanation) {
    }

    private final Glossary glossary;

    /** {@code glossary} finds the terms to mark: the Klartext bean's shipped glossary. */
    ClientText(Glossary glossary) {
        this.glossary = glossary;
    }

    /**
     * Splits and marks one text. {@code explain} maps term ids to what the client reads (the brief's frozen
     * know-how); a term is marked once per section ({@code marked} is shared across a section's texts).
     */
    List<Block> blocks(String text, Language language, Map<String, Term> explain, Set<String> marked) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<List<Segment>> paragraph = new ArrayList<>();
        List<List<Segment>> list = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            boolean item = line.startsWith("- ") || line.startsWith("* ") || line.startsWith("• ");
            if (line.isEmpty() || item) {
                if (!current.isEmpty()) {
                    paragraph.add(marked(current.toString(), language, explain, marked));
                    current.setLength(0);
                }
                if (!paragraph.isEmpty()) {
                    blocks.add(new Block(false, paragraph));
                    paragraph = new ArrayList<>();
                }
            }
            if (item) {
                list.add(marked(plain(line.substring(2).strip()), language, explain, marked));
                continue;
            }
            if (!list.isEmpty()) {
                blocks.add(new Block(true, list));
                list = new ArrayList<>();
            }
            if (!line.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(plain(line));
            }
        }
        if (!current.isEmpty()) {
            paragraph.add(marked(current.toString(), language, explain, marked));
        }
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(false, paragraph));
        }
        if (!list.isEmpty()) {
            blocks.add(new Block(true, list));
        }
        return blocks;
    }

    /** Explanations from the shipped glossary, for the recap (briefs bring their own, frozen at publishing). */
    Map<String, Term> glossaryTerms(String text, Language language) {
        Map<String, Term> found = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        for (TermMatch match : glossary.find(text, language)) {
            if (!match.term().known()) {
                found.putIfAbsent(match.term().id(), new Term(match.term().id(), match.term().term(language),
                        match.term().explanation(language)));
            }
        }
        return found;
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }

    /** Markdown emphasis and headings are dropped: the client reads words, not asterisks. */
    private static String plain(String line) {
        return line.replaceAll("^#{1,6}\\s+", "").replace("**", "").replace("__", "");
    }

    private List<Segment> marked(String text, Language language, Map<String, Term> explain,
            Set<String> marked) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        if (!explain.isEmpty()) {
            for (TermMatch match : glossary.find(text, language)) {
                Term term = explain.get(match.term().id());
                if (term == null || match.start() < at || marked.contains(term.id())) {
                    continue;
                }
                marked.add(term.id());
                if (match.start() > at) {
                    segments.add(new Segment(text.substring(at, match.start()), null));
                }
                segments.add(new Segment(text.substring(match.start(), match.end()), term));
                at = match.end();
            }
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }
}
