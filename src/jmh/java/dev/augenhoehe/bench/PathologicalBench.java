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

/** Inputs of 100,000 characters built to be slow (issue 12: one such word took 5.6 s); sentence cache emptied. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Threads(1)
@State(Scope.Thread)
public class PathologicalBench {

    @Param({"word", "compound", "no-end", "verdicts", "terms", "list", "emoji"})
    public String input;

    @Param({"de"})
    public String lang;

    private Klartext klartext;
    private EngineCaches caches;
    private Language language;
    private String text;

    @Setup(Level.Trial)
    public void setUp() {
        klartext = Klartext.standard();
        language = Language.parse(lang);
        int n = 100_000;
        text = switch (input) {
            case "word" -> "a".repeat(n);
            case "compound" -> "Datenbankmigration".repeat(n / 18);
            case "no-end" -> "wort ".repeat(n / 5);
            case "verdicts" -> "nein, ".repeat(n / 6);
            case "terms" -> "API (".repeat(n / 5);
            case "list" -> "- a\n".repeat(n / 4);
            case "emoji" -> "😀".repeat(n / 2);
            default -> throw new IllegalArgumentException(input);
        };
        klartext.analyze(Texts.read("de-50"), Language.DE, CheckOptions.defaults());
        caches = EngineCaches.of(klartext);
    }

    @Setup(Level.Invocation)
    public void emptyCaches() {
        caches.clearSentences();
    }

    @Benchmark
    public Analysis analyze() {
        return klartext.analyze(text, language, CheckOptions.defaults());
    }
}
