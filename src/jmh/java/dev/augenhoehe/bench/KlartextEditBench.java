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
 * The live check while typing: a 1,000-word text was checked, then one word changed (bench/texts/*-1000-edit.txt)
 * and it is checked again. Before every call the sentence cache is emptied and filled with the original text,
 * so each timed call recomputes exactly the one edited sentence.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@State(Scope.Thread)
public class KlartextEditBench {

    @Param({"de", "en"})
    public String lang;

    private Klartext klartext;
    private EngineCaches caches;
    private Language language;
    private CheckOptions options;
    private String original;
    private String edited;

    @Setup(Level.Trial)
    public void setUp() {
        klartext = Klartext.standard();
        language = Language.parse(lang);
        options = CheckOptions.defaults().withUi(language);
        original = Texts.read(lang + "-1000");
        edited = Texts.read(lang + "-1000-edit");
        caches = EngineCaches.warmed(klartext, options);
    }

    @Setup(Level.Invocation)
    public void checkOriginal() {
        caches.clearSentences();
        klartext.analyze(original, language, options);
    }

    @Benchmark
    public Analysis recheckAfterEdit() {
        return klartext.analyze(edited, language, options);
    }
}
