package dev.augenhoehe.bench;

import dev.augenhoehe.language.Analysis;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cold start: one analysis in a fresh JVM. Prints the milliseconds from JVM start (as the JVM records it) until
 * the first analysis is done; bench/coldstart.py also times the whole process from outside.
 * Usage: java -cp ... dev.augenhoehe.bench.ColdStart FILE [de|en]
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        Language lang = args.length > 1 ? Language.parse(args[1]) : null;
        Klartext klartext = Klartext.standard();
        long loaded = System.currentTimeMillis();
        Analysis a = klartext.analyze(text, lang, CheckOptions.defaults());
        long done = System.currentTimeMillis();
        // read the JVM start time only after the analysis: the management classes would add to the figure
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        // phases: JVM start -> main(), -> Klartext.standard() returned, -> first analysis done
        System.out.println("main_ms=" + (main - start) + " standard_ms=" + (loaded - start) + " ready_ms="
                + (done - start) + " findings=" + a.findings().size());
    }
}
