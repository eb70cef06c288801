package dev.augenhoehe.bench;

import com.github.benmanes.caffeine.cache.Cache;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the engine's caches by reflection so a benchmark can empty them before each call. The engine keeps a
 * per-sentence cache (SentenceCache, Caffeine) and per-word caches (compound splits, glossary lookups of compounds, syllables);
 * a benchmark that analyses the same text again and again would otherwise time cache hits only. Reflection keeps
 * the engine free of test hooks; the lookup fails loudly if the engine no longer has a sentence cache.
 */
final class EngineCaches {

    private static final String ENGINE_PACKAGE = "dev.augenhoehe.language";

    /** Maps inside SentenceCache objects: the per-sentence results. */
    final List<Map<?, ?>> sentence = new ArrayList<>();
    /** Every map held in a field whose name contains "cache": per-word and per-sentence caches. */
    final List<Map<?, ?>> all = new ArrayList<>();

    private EngineCaches() {
    }

    /** Analyses a short text in each language first, so the engine's lazy parts (one analyser each) exist. */
    static EngineCaches warmed(Klartext klartext, CheckOptions options) {
        klartext.analyze(Texts.read("de-50"), Language.DE, options);
        klartext.analyze(Texts.read("en-50"), Language.EN, options);
        return of(klartext);
    }

    /** Call after the engine has analysed a text in each language once, so its lazy parts exist. */
    static EngineCaches of(Object klartext) {
        EngineCaches c = new EngineCaches();
        c.walk(klartext, false, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (c.sentence.isEmpty()) {
            throw new IllegalStateException("no SentenceCache found in the engine; update EngineCaches");
        }
        return c;
    }

    void clearSentences() {
        sentence.forEach(Map::clear);
    }

    void clearAll() {
        all.forEach(Map::clear);
    }

    private void walk(Object o, boolean insideSentenceCache, Set<Object> seen) {
        if (o == null || !seen.add(o)) {
            return;
        }
        boolean sentenceCache = o.getClass().getSimpleName().equals("SentenceCache");
        for (Class<?> c = o.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (!c.getName().startsWith(ENGINE_PACKAGE)) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                    continue;
                }
                Object v = get(f, o);
                if (v instanceof Cache<?, ?> caffeine) {
                    v = caffeine.asMap(); // a Caffeine cache: clear it through its map view
                }
                if (v instanceof Map<?, ?> m) {
                    boolean isCache = f.getName().toLowerCase().contains("cache") || sentenceCache;
                    if (sentenceCache) {
                        sentence.add(m);
                    }
                    if (isCache) {
                        all.add(m);
                    } else if (m.size() <= 16) {
                        // small maps hold parts of the engine (e.g. one analyser per language), not data
                        for (Object value : m.values()) {
                            walk(value, false, seen);
                        }
                    }
                } else if (v != null && v.getClass().getName().startsWith(ENGINE_PACKAGE)) {
                    walk(v, insideSentenceCache || sentenceCache, seen);
                }
            }
        }
    }

    private static Object get(Field f, Object o) {
        try {
            f.setAccessible(true);
            return f.get(o);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
