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
 * The rule layer alone: the same check as {@link KlartextBench} with the reply model switched off
 * ({@code -Dklartext.model=off}), sentence cache emptied before every call (a text the engine has not seen).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dklartext.model=off"})
@Threads(1)
@State(Scope.Thread)
public class KlartextRulesBench {

    @Param({"de", "en"})
    public String lang;

    @Param({"200"})
    public int words;

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
        caches.clearSentences();
    }

    @Benchmark
    public Analysis analyze() {
        return klartext.analyze(text, language, options);
    }
}
