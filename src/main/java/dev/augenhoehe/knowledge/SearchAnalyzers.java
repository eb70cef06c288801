package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Glossary;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes search terms. German: lower case, stop words, compounds split by Klartext's splitter
 * ("Datenbankmigration" also yields "datenbank" and "migration"; it knows German words and the glossary's IT
 * words, so "Cloudmigration" splits too), umlauts folded, light stemming. English: possessives, stop words, Porter
 * stemming.
 */
final class SearchAnalyzers {

    private SearchAnalyzers() {
    }

    static Analyzer perField(Glossary glossary) {
        Analyzer german = german(glossary);
        Analyzer english = english();
        return new PerFieldAnalyzerWrapper(english, Map.of(
                SearchIndex.TITLE_DE, german, SearchIndex.BODY_DE, german,
                SearchIndex.TITLE_EN, english, SearchIndex.BODY_EN, english));
    }

    static Analyzer german(Glossary glossary) {
        CharArraySet stop = GermanAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, stop);
                stream = new CompoundPartsFilter(stream, glossary::compoundParts);
                stream = new GermanNormalizationFilter(stream);
                stream = new GermanLightStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    static Analyzer english() {
        CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(source);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, stop);
                stream = new PorterStemFilter(stream);
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }
}
