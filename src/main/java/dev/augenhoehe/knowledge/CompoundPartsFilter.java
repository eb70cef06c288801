package dev.augenhoehe.knowledge;

import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Adds the parts of a German compound at the compound's position, so "Migration" finds "Datenbankmigration". The
 * parts come from the product's one compound splitter ({@code Glossary.compoundParts}); Lucene's base class does
 * the token bookkeeping.
 */
final class CompoundPartsFilter extends CompoundWordTokenFilterBase {

    // shorter words are rarely compounds, and splitting is the most expensive step of indexing
    private static final int MIN_WORD = 8;
    private static final int MIN_PART = 4;

    private final Function<String, List<String>> parts;

    CompoundPartsFilter(TokenStream input, Function<String, List<String>> parts) {
        super(input, CharArraySet.EMPTY_SET, MIN_WORD, MIN_PART, Integer.MAX_VALUE, false);
        this.parts = parts;
    }

    @Override
    protected void decompose() {
        String word = termAtt.toString();
        List<String> split = parts.apply(word);
        if (split.size() < 2) {
            return;
        }
        int from = 0;
        for (String part : split) {
            int at = word.indexOf(part, from);
            if (at < 0) {
                continue; // the splitter respelled this part; the others still count
            }
            if (part.length() >= MIN_PART) {
                tokens.add(new CompoundToken(at, part.length()));
            }
            from = at + part.length();
        }
    }
}
