package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Glossary;
import dev.augenhoehe.language.GlossaryTerm;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How text becomes search terms. German: lower case, stop words, compounds split into the parts we know
 * ("Datenbankmigration" also yields "datenbank" and "migration"), umlauts folded, light stemming. English:
 * possessives, stop words, Porter stemming. The compound dictionary is seeded with every word of the glossary
 * (German IT compounds often have English parts, "Cloudmigration") and a list of everyday business words.
 */
final class SearchAnalyzers {

    // Parts that turn up in the compounds clients and consultants write, beyond the glossary's own words.
    private static final String[] BUSINESS_WORDS = {
            "kosten", "plan", "planung", "strategie", "migration", "wechsel", "umstellung", "anbieter", "vertrag",
            "lösung", "system", "systeme", "server", "daten", "datenbank", "bank", "sicherung", "schutz",
            "sicherheit", "zugang", "konto", "passwort", "rechnung", "lizenz", "lizenzen", "budget", "projekt",
            "team", "agentur", "kunde", "kunden", "shop", "seite", "webseite", "website", "app", "update", "test",
            "tests", "fehler", "wartung", "betrieb", "hosting", "cloud", "backup", "software", "hardware",
            "netzwerk", "speicher", "preis", "preise", "aufwand", "risiko", "zeit", "termin", "version", "umzug",
            "schnittstelle", "anbindung", "auswertung", "bericht", "prozess", "automatisierung", "entwicklung",
            "programm", "nutzer", "mitarbeiter", "rechenzentrum", "verschlüsselung", "anmeldung", "konzept",
            "angebot", "festpreis", "stunden", "monat", "jahr", "support", "vertrieb", "lager", "buchhaltung",
            "personal", "marketing", "kampagne", "newsletter", "mail", "post", "telefon", "rechner", "laptop",
            "drucker", "firma", "unternehmen", "standort", "büro", "haus", "recht", "gesetz", "vorgabe"};

    private SearchAnalyzers() {
    }

    static Analyzer perField(Glossary glossary) {
        CharArraySet dictionary = dictionary(glossary);
        Analyzer german = german(dictionary);
        Analyzer english = english();
        return new PerFieldAnalyzerWrapper(english, Map.of(
                SearchIndex.TITLE_DE, german, SearchIndex.BODY_DE, german,
                SearchIndex.TITLE_EN, english, SearchIndex.BODY_EN, english));
    }

    static CharArraySet dictionary(Glossary glossary) {
        CharArraySet words = new CharArraySet(4096, true);
        for (String w : BUSINESS_WORDS) {
            words.add(w);
        }
        for (GlossaryTerm t : glossary.terms()) {
            for (String form : t.forms()) {
                for (String part : form.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    // short parts ("ab", "it") would split ordinary words into nonsense
                    if (part.length() >= 4) {
                        words.add(part);
                    }
                }
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    static Analyzer german(CharArraySet dictionary) {
        CharArraySet stop = GermanAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                stream = new StopFilter(stream, stop);
                // only words of 8+ letters are tried as compounds: shorter ones rarely are, and the dictionary
                // lookups are the most expensive step of indexing
                stream = new DictionaryCompoundWordTokenFilter(stream, dictionary, 8, 4, 16, true);
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
