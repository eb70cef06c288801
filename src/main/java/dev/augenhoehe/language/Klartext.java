package dev.augenhoehe.language;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.List;
import java.util.Map;

/**
 * Klartext, the eye-level language check. Thread-safe; one instance serves the whole application.
 *
 * <pre>{@code
 * Analysis a = Klartext.standard().analyze("Geht nicht.", Language.DE, CheckOptions.defaults().withUi(Language.DE));
 * }</pre>
 */
public final class Klartext {

    private static volatile Klartext standard;

    private final Engine engine;

    private Klartext(Glossary glossary) {
        this.engine = new Engine(glossary);
    }

    /** The engine with the shipped glossary, loaded once on first use. */
    public static Klartext standard() {
        Klartext k = standard;
        if (k == null) {
            synchronized (Klartext.class) {
                k = standard;
                if (k == null) {
                    preloadInBackground();
                    k = new Klartext(Glossary.loadShipped());
                    standard = k;
                }
            }
        }
        return k;
    }

    /**
     * Loads the phrase lists and the German hyphenation patterns on a second thread while this one reads the
     * glossary: on two cores the engine is ready in about the time of the slower half. Whoever needs a resource
     * first waits for it through class initialisation, so nothing is loaded twice.
     */
    private static void preloadInBackground() {
        Thread t = new Thread(() -> {
            RuleData.of(Language.DE);
            GermanSyllables.shared();
            RuleData.of(Language.EN);
            EnglishSyllables.shared();
        }, "klartext-preload");
        t.setDaemon(true);
        t.start();
    }

    /** An engine with its own glossary (tests, tools). */
    public static Klartext withGlossary(Glossary glossary) {
        return new Klartext(glossary);
    }

    /**
     * Checks a text.
     *
     * @param text     any text; null counts as empty
     * @param language the text's language, or null to detect it
     * @param options  messages language, scope, thresholds, accepted and workspace terms; null for defaults
     */
    public Analysis analyze(String text, Language language, CheckOptions options) {
        return engine.analyze(text, language, options);
    }

    /** Checks a text with detected language and default options. */
    public Analysis analyze(String text) {
        return engine.analyze(text, null, null);
    }

    /** The shipped glossary. */
    public Glossary glossary() {
        return engine.glossary();
    }

    /** Distinct glossary terms used in a text (language detected when null), in order of first use. */
    public List<GlossaryTerm> termsIn(String text, Language language) {
        return engine.glossary().termsIn(text, language);
    }

    /**
     * Statistics of the engine's caches ("sentences": per-sentence facts; "syllables-de"/"-en": per word), for
     * metrics. Hit rate near 1 while a consultant types means re-checks recompute only the edited sentence.
     */
    public Map<String, CacheStats> cacheStats() {
        return engine.cacheStats();
    }

    /** Syllables of one word, as used by the readability scores. */
    public int syllables(String word, Language language) {
        return engine.syllables(word, language);
    }
}
