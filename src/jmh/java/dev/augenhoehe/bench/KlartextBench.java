package dev.augenhoehe.bench;

import dev.augenhoehe.language.Analysis;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Klartext on one thread, warm JVM. SampleTime records single calls, so the JSON has p50 and p95 besides the mean.
 *
 * <ul>
 *   <li>{@code cache=none}: the sentence cache is emptied before every call, as for a text the engine has never
 *       seen; the per-word caches (compound splits, syllables) stay warm, as in a running server. This is the
 *       figure for the targets.</li>
 *   <li>{@code cache=cold}: every cache emptied before every call, so also every word is new.</li>
 *   <li>{@code cache=hit}: the same text again, all sentences from the cache (the re-check of an unchanged text).</li>
 * </ul>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@State(Scope.Thread)
public class KlartextBench {

    @Param({"de", "en"})
    public String lang;

    @Param({"50", "200", "1000"})
    public int words;

    @Param({"none", "cold", "hit"})
    public String cache;

    private Klartext klartext;
    private EngineCaches caches;
    private Language language;
    private CheckOptions options;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        klartext = Klartext.standard();
        language = Language.parse(lang);
        options = CheckOptions.defaults().withUi(language);
        text = Texts.read(lang + "-" + words);
        caches = EngineCaches.warmed(klartext, options);
    }

    @Setup(Level.Invocation)
    public void emptyCaches() {
        switch (cache) {
            case "none" -> caches.clearSentences();
            case "cold" -> caches.clearAll();
            case "hit" -> { }
            default -> throw new IllegalArgumentException(cache);
        }
    }

    @Benchmark
    public Analysis analyze() {
        return klartext.analyze(text, language, options);
    }
}
