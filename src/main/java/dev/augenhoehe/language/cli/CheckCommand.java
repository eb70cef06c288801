package dev.augenhoehe.language.cli;

import dev.augenhoehe.language.Analysis;
import dev.augenhoehe.language.CheckOptions;
import dev.augenhoehe.language.Finding;
import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.language.Scores;
import dev.augenhoehe.language.Statistics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar augenhoehe.jar check ...}: runs Klartext over files without starting Spring.
 *
 * <pre>
 * check [--lang de|en|auto] [--format text|json] [--accept FILE] [--ui de|en] [--question TEXT] FILE... | -
 * </pre>
 *
 * Text output is one line per finding, like a compiler: {@code file:line:column: severity category: message}.
 * JSON output is an array with one object per input. Files are read and checked one at a time, so thousands of
 * files or a 10 MB file need no more memory than the largest single file.
 */
public final class CheckCommand {

    static final String USAGE = "usage: check [--lang de|en|auto] [--format text|json] [--accept FILE] [--ui de|en] [--question TEXT] FILE... | -";

    private CheckCommand() {
    }

    private record Args(Language lang, boolean json, String acceptFile, Language ui, String question,
                        List<String> files) {
    }

    /** Thrown for bad usage or unreadable input: one line on stderr, exit code 2. */
    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    /** Runs the command and returns the process exit code (0 clean, 1 error findings, 2 bad usage). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Args parsed;
        Set<String> accepted;
        try {
            parsed = parse(args == null ? new String[0] : args);
            accepted = parsed.acceptFile() == null ? Set.of() : readAccept(parsed.acceptFile());
            for (String f : parsed.files()) {
                if (!f.equals("-") && !Files.isReadable(Paths.get(f))) {
                    throw new UsageException("cannot read " + f + ": " + (Files.exists(Paths.get(f))
                            ? "permission denied" : "no such file"));
                }
                if (!f.equals("-") && Files.isDirectory(Paths.get(f))) {
                    throw new UsageException("cannot read " + f + ": is a directory");
                }
            }
        } catch (UsageException | RuntimeException e) {
            err.println("check: " + e.getMessage());
            return 2;
        }
        CheckOptions options = CheckOptions.defaults().withUi(parsed.ui()).withAcceptedTerms(accepted)
                .withQuestion(parsed.question());
        Klartext klartext = Klartext.standard();
        boolean errors = false;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            if (parsed.json()) {
                w.write("[");
            }
            boolean first = true;
            for (String file : parsed.files()) {
                String text;
                try {
                    text = file.equals("-") ? decode(in.readAllBytes()) : decode(Files.readAllBytes(Paths.get(file)));
                } catch (IOException | RuntimeException e) {
                    w.flush();
                    err.println("check: cannot read " + file + ": " + e.getMessage());
                    return 2;
                }
                Analysis a;
                try {
                    a = klartext.analyze(text, parsed.lang(), options);
                } catch (OutOfMemoryError e) {
                    text = null;
                    w.flush();
                    err.println("check: " + file + ": not enough memory; run java with a larger -Xmx");
                    return 2;
                }
                errors |= a.hasErrors();
                String name = file.equals("-") ? "<stdin>" : file;
                if (parsed.json()) {
                    if (!first) {
                        w.write(",");
                    }
                    w.write("\n");
                    writeJson(w, name, a);
                } else {
                    for (Finding f : a.findings()) {
                        w.write(name + ":" + f.line() + ":" + f.column() + ": " + f.severity().id() + " "
                                + f.categoryId() + ": " + f.message() + "\n");
                    }
                }
                first = false;
            }
            if (parsed.json()) {
                w.write("\n]\n");
            }
            w.flush();
        } catch (IOException e) {
            err.println("check: cannot write output: " + e.getMessage());
            return 2;
        }
        return errors ? 1 : 0;
    }

    private static Args parse(String[] args) throws UsageException {
        Language lang = null;
        boolean json = false;
        String accept = null;
        Language ui = Language.EN;
        String question = null;
        List<String> files = new ArrayList<>();
        boolean onlyFiles = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (onlyFiles || a.equals("-") || !a.startsWith("-")) {
                files.add(a);
                continue;
            }
            if (a.equals("--")) {
                onlyFiles = true;
                continue;
            }
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            if (!List.of("--lang", "--format", "--accept", "--ui", "--question").contains(name)) {
                if (a.equals("--help") || a.equals("-h")) {
                    throw new UsageException(USAGE.substring("usage: ".length()));
                }
                throw new UsageException("unknown option " + a + " (" + USAGE + ")");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    throw new UsageException(name + " needs a value (" + USAGE + ")");
                }
                value = args[++i];
            }
            switch (name) {
                case "--lang" -> {
                    if (value.equalsIgnoreCase("auto")) {
                        lang = null;
                    } else {
                        lang = Language.parse(value);
                        if (lang == null) {
                            throw new UsageException("--lang must be de, en or auto, not " + value);
                        }
                    }
                }
                case "--format" -> {
                    if (!value.equals("text") && !value.equals("json")) {
                        throw new UsageException("--format must be text or json, not " + value);
                    }
                    json = value.equals("json");
                }
                case "--ui" -> {
                    ui = Language.parse(value);
                    if (ui == null) {
                        throw new UsageException("--ui must be de or en, not " + value);
                    }
                }
                case "--question" -> question = value;
                default -> accept = value;
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no input (" + USAGE + ")");
        }
        return new Args(lang, json, accept, ui, question, files);
    }

    /** An accept file: one glossary id or term per line, # comments. */
    private static Set<String> readAccept(String file) throws UsageException {
        try {
            Set<String> out = new HashSet<>();
            for (String line : decode(Files.readAllBytes(Path.of(file))).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot read accept file " + file + ": "
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
    }

    /** UTF-8, with a BOM dropped; malformed bytes become U+FFFD rather than failing the whole run. */
    private static String decode(byte[] bytes) {
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, StandardCharsets.UTF_8);
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    private static void writeJson(Writer w, String file, Analysis a) throws IOException {
        w.write("{\"file\":" + str(file) + ",\"lang\":" + str(a.language().code()) + ",\"findings\":[");
        boolean first = true;
        for (Finding f : a.findings()) {
            w.write(first ? "\n  " : ",\n  ");
            first = false;
            w.write("{\"category\":" + str(f.categoryId()) + ",\"rule\":" + str(f.rule()) + ",\"severity\":"
                    + str(f.severity().id()) + ",\"start\":" + f.start() + ",\"end\":" + f.end() + ",\"line\":"
                    + f.line() + ",\"column\":" + f.column() + ",\"text\":" + str(f.text()) + ",\"message\":"
                    + str(f.message()) + ",\"suggestion\":" + str(f.suggestion()) + "}");
        }
        Scores s = a.scores();
        Statistics st = a.statistics();
        w.write("],\"scores\":{\"readingEase\":" + num(s.readingEase()) + ",\"wienerSachtextformel\":"
                + num(s.wienerSachtextformel()) + ",\"fleschKincaidGrade\":" + num(s.fleschKincaidGrade())
                + ",\"lix\":" + num(s.lix()) + ",\"readingTimeSeconds\":" + s.readingTimeSeconds()
                + ",\"personalism\":" + num(s.personalism()) + ",\"readerWords\":" + s.readerWords()
                + ",\"selfWords\":" + s.selfWords() + ",\"words\":" + st.words() + ",\"sentences\":"
                + st.sentences() + ",\"syllables\":" + st.syllables() + "}}");
    }

    private static String num(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "null";
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** A JSON string literal with quotes, backslashes and control characters escaped. */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
