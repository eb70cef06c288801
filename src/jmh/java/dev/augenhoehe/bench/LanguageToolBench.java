package dev.augenhoehe.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedTextBuilder;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * LanguageTool (language-de) as the German peer, restricted to the rules that overlap with Klartext: long
 * sentences, readability and filler words. All other rules are disabled. LanguageTool still splits sentences,
 * tags and disambiguates every word, which is where its time goes. German texts only (no English module here).
 * Longer iterations than Klartext's because one call takes tens to hundreds of milliseconds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Threads(1)
@State(Scope.Thread)
public class LanguageToolBench {

    static final Set<String> RULES = Set.of("TOO_LONG_SENTENCE_DE", "READABILITY_RULE_DIFFICULT_DE", "FILLER_WORDS_DE");

    @Param({"50", "200", "1000"})
    public int words;

    private JLanguageTool lt;
    private String text;

    @Setup
    public void setUp() throws IOException {
        lt = create();
        text = Texts.read("de-" + words);
        List<RuleMatch> matches = check();
        List<String> ids = new ArrayList<>();
        for (RuleMatch m : matches) {
            ids.add(m.getRule().getId());
        }
        System.out.println("LanguageTool " + JLanguageTool.VERSION + " de-" + words + ": " + matches.size()
                + " matches " + ids);
    }

    static JLanguageTool create() {
        JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode("de-DE"));
        Set<String> found = new TreeSet<>();
        for (Rule r : lt.getAllRules()) {
            if (RULES.contains(r.getId())) {
                found.add(r.getId());
                lt.enableRule(r.getId());
            } else {
                lt.disableRule(r.getId());
            }
        }
        if (!found.equals(new TreeSet<>(RULES))) {
            throw new IllegalStateException("LanguageTool rules missing: wanted " + RULES + ", found " + found);
        }
        return lt;
    }

    /**
     * Level PICKY: in LanguageTool 6.6 TOO_LONG_SENTENCE_DE carries the "picky" tag and never fires at the default
     * level. The filler-word and readability rules run at every level (they fire only past their thresholds).
     */
    @Benchmark
    public List<RuleMatch> check() throws IOException {
        return lt.check(new AnnotatedTextBuilder().addText(text).build(), true, JLanguageTool.ParagraphHandling.NORMAL,
                null, JLanguageTool.Mode.ALL, JLanguageTool.Level.PICKY);
    }
}
