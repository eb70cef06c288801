package dev.augenhoehe.language.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command, in-process through {@link CheckCommand#run}. */
class CheckCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CheckCommand.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void textOutputLikeACompiler() throws IOException {
        Path f = file("a.txt", "Hallo,\nGeht nicht.");
        Result r = run("", "--lang", "de", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(f + ":2:1: error answer.bare: " // the greeting is not part of it
                + "This answer gives a verdict but no reason and no way forward.\n");
    }

    @Test
    void cleanInputExitsZeroAndUiLanguageSwitches() throws IOException {
        Path f = file("ok.txt", "Nein, weil der Server voll ist. Ich schicke Ihnen bis Freitag ein Angebot.");
        assertThat(run("", f.toString()).code()).isZero();
        Path j = file("j.txt", "Wir nutzen Kubernetes.");
        Result r = run("", "--ui", "de", "--lang=de", j.toString());
        assertThat(r.code()).isZero(); // warnings only
        assertThat(r.out()).contains("warning jargon.unexplained: „Kubernetes“ ist ein Fachbegriff");
    }

    @Test
    void questionJudgesTheMonologue() throws IOException {
        String ramble = "Ja, das geht bis Freitag, weil das Team frei ist. " + "Wir haben viel Erfahrung damit. ".repeat(20);
        Path f = file("q.txt", ramble); // 110 words: over the 108 a closed question allows, under the 120 of any
        assertThat(run("", "--lang", "de", f.toString()).out()).doesNotContain("length.monologue");
        Result r = run("", "--lang", "de", "--question", "Geht das bis Freitag?", f.toString());
        assertThat(r.out()).contains("warning length.monologue: The question asks for a short answer");
        assertThat(run("", "--question").code()).isEqualTo(2);
    }

    @Test
    void jsonIsAnArrayWithEscapes() throws IOException {
        Path a = file("a \"quoted\".txt", "Trust me.\tIt is \"obviously\" fine.");
        Path b = file("empty.txt", "");
        Result r = run("", "--format", "json", "--lang", "en", a.toString(), b.toString());
        assertThat(r.code()).isEqualTo(1);
        String json = r.out().strip();
        assertThat(json).startsWith("[").endsWith("]");
        assertThat(json).contains("\"file\":\"" + a.toString().replace("\"", "\\\"") + "\"");
        assertThat(json).contains("\"category\":\"tone.condescending\"", "\"rule\":\"tone.trust-me\"",
                "\"severity\":\"error\"", "\"start\":0", "\"end\":8", "\"line\":1", "\"column\":1",
                "\"text\":\"Trust me\"", "\\\"obviously\\\"");
        assertThat(json).contains("{\"file\":\"" + b + "\",\"lang\":\"en\",\"findings\":[],\"scores\":{\"readingEase\":null");
        assertThat(json.chars().filter(c -> c == '{').count()).isEqualTo(json.chars().filter(c -> c == '}').count());
    }

    @Test
    void readsStdinAndAcceptFile() throws IOException {
        Path accept = file("accept.txt", "# client knows\nAPI\n");
        Result r = run("Wir bauen eine API.", "--lang", "de", "--accept", accept.toString(), "-");
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        Result without = run("Wir bauen eine API.", "--lang", "de", "-");
        assertThat(without.out()).startsWith("<stdin>:1:16: warning jargon.unexplained");
    }

    @Test
    void badUsageIsOneLineAndExitTwo() throws IOException {
        for (String[] args : new String[][] {{}, {"--bogus", "x"}, {"--lang", "fr", "x"}, {"--format"},
                {dir.resolve("missing.txt").toString()}, {"--accept", dir.resolve("nope").toString(), "-"},
                {dir.toString()}}) {
            Result r = run("", args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip().lines()).hasSize(1);
            assertThat(r.err()).startsWith("check: ").doesNotContain("Exception");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void manyFilesAndABigOne() throws IOException {
        List<String> args = new ArrayList<>(List.of("--format", "json"));
        for (int i = 0; i < 2_000; i++) {
            args.add(file("f" + i + ".txt", "Wir liefern am Freitag, weil der Test noch läuft. " + i).toString());
        }
        Result many = run("", args.toArray(String[]::new));
        assertThat(many.code()).isZero();
        assertThat(many.out().split("\"file\":", -1)).hasSize(2_001);

        StringBuilder big = new StringBuilder();
        while (big.length() < 10_000_000) {
            big.append("Das ist ein ganz normaler Satz mit Umlauten wie ä, ö und ü. ");
        }
        Path huge = file("huge.txt", big.toString());
        long t = System.nanoTime();
        Result r = run("", "--lang", "de", huge.toString());
        assertThat(r.code()).isIn(0, 1);
        assertThat(r.out()).contains("length.monologue");
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(60_000);
    }
}
