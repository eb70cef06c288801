package dev.augenhoehe.language;

import com.github.benmanes.caffeine.cache.Cache;
import de.danielnaber.jwordsplitter.GermanWordSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * German compound splitting with jwordsplitter, seeded with the glossary's words so IT parts (Deployment,
 * Pipeline, Firewall) are known. Created on first use (it costs about 120 ms) and only asked about words that
 * contain a glossary word at all. Splits are cached per word because one costs about 12 µs.
 */
final class CompoundSplitter {

    private static final int CACHE_LIMIT = 50_000;
    private static final int MIN_PART = 4;

    private final Collection<String> seedWords;
    private volatile SeededSplitter splitter;
    private final Cache<String, List<String>> cache = Caches.bounded(CACHE_LIMIT);

    CompoundSplitter(Collection<String> seedWords) {
        this.seedWords = seedWords;
    }

    /** The parts of a compound in their original spelling, lower-cased; a single part when it isn't one. */
    List<String> split(String word) {
        String lower = word.toLowerCase(Locale.GERMAN);
        List<String> cached = cache.getIfPresent(lower);
        if (cached != null) {
            return cached;
        }
        List<String> parts;
        try {
            parts = splitter().splitWord(lower).stream().map(p -> p.toLowerCase(Locale.GERMAN)).toList();
        } catch (RuntimeException e) {
            parts = List.of(lower); // jwordsplitter refuses very long input; treat it as one word
        }
        cache.put(lower, parts);
        return parts;
    }

    /**
     * As {@link #split}, and also splits a compound that the glossary seeded as a whole word (the splitter keeps
     * "Datenbankmigration" whole, which Klartext wants and search does not): of jwordsplitter's candidate splits
     * whose parts are all words it knows, the one with the fewest parts, then the one whose shortest part is longest
     * ("datenbank + migration", not "daten + bank + migration" or "datenbankmig + ration").
     */
    List<String> splitAll(String word) {
        List<String> parts = split(word);
        if (parts.size() > 1 || parts.get(0).length() < 2 * MIN_PART) {
            return parts;
        }
        String key = "\u0000" + parts.get(0);
        List<String> cached = cache.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        List<String> best = parts;
        int bestShortest = 0;
        try {
            SeededSplitter known = splitter();
            for (List<String> candidate : known.getAllSplits(parts.get(0))) {
                int shortest = candidate.stream().mapToInt(String::length).min().orElse(0);
                boolean better = best.size() == 1 || candidate.size() < best.size()
                        || (candidate.size() == best.size() && shortest > bestShortest);
                if (candidate.size() > 1 && shortest >= MIN_PART && better && candidate.stream().allMatch(known::knows)) {
                    best = candidate.stream().map(p -> p.toLowerCase(Locale.GERMAN)).toList();
                    bestShortest = shortest;
                }
            }
        } catch (RuntimeException e) {
            // as in split: jwordsplitter refuses very long input
        }
        cache.put(key, best);
        return best;
    }

    private SeededSplitter splitter() {
        SeededSplitter s = splitter;
        if (s == null) {
            synchronized (this) {
                s = splitter;
                if (s == null) {
                    try {
                        s = new SeededSplitter(seedWords);
                        s.setMaximumWordLength(60);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    splitter = s;
                }
            }
        }
        return s;
    }

    /** jwordsplitter keeps its word list in a protected set; adding the glossary's words seeds it. */
    private static final class SeededSplitter extends GermanWordSplitter {
        SeededSplitter(Collection<String> seed) throws IOException {
            super(true);
            for (String w : seed) {
                if (w.length() >= 4) {
                    words.add(w.toLowerCase(Locale.GERMAN));
                }
            }
        }

        boolean knows(String part) {
            return words.contains(part.toLowerCase(Locale.GERMAN));
        }
    }
}
