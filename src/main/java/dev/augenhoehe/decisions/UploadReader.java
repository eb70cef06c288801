package dev.augenhoehe.decisions;

import dev.augenhoehe.decisions.ParsedDecision.Note;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns uploaded bytes (a zip or single Markdown files) into named texts, defensively: sizes are counted while
 * unpacking rather than trusted from the zip's headers (zip bombs), entry names never become paths (we write
 * nothing to disk, and names with {@code ..} or absolute paths are refused), text must be UTF-8.
 */
final class UploadReader {

    static final int MAX_UPLOAD = 5 * 1024 * 1024;
    static final int MAX_FILE = 256 * 1024;
    static final int MAX_TOTAL = 8 * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    static final int MAX_FILES = 200;

    record TextFile(String name, String text) {
    }

    record Result(List<TextFile> files, List<ParsedDecision> rejected, Note error) {

        static Result failed(String key, Object... args) {
            return new Result(List.of(), List.of(), Note.of(key, args));
        }
    }

    private UploadReader() {
    }

    /** Each upload is a name and its bytes; a zip is recognised by its signature, whatever its name. */
    static Result read(List<Upload> uploads) {
        List<TextFile> files = new ArrayList<>();
        List<ParsedDecision> rejected = new ArrayList<>();
        long total = 0;
        for (Upload upload : uploads) {
            if (upload.bytes().length == 0) {
                continue;
            }
            total += upload.bytes().length;
            if (upload.bytes().length > MAX_UPLOAD || total > MAX_UPLOAD) {
                return Result.failed("decisions.import.error.uploadTooBig", MAX_UPLOAD / (1024 * 1024));
            }
            if (isZip(upload.bytes())) {
                Note error = unzip(upload, files, rejected);
                if (error != null) {
                    return new Result(List.of(), List.of(), error);
                }
            } else if (isMarkdownName(upload.name())) {
                if (upload.bytes().length > MAX_FILE) {
                    rejected.add(ParsedDecision.failed(safeName(upload.name()),
                            Note.of("decisions.import.error.fileTooBig", MAX_FILE / 1024)));
                    continue;
                }
                String text = utf8(upload.bytes());
                if (text == null) {
                    rejected.add(ParsedDecision.failed(safeName(upload.name()),
                            Note.of("decisions.import.error.notUtf8")));
                } else {
                    files.add(new TextFile(safeName(upload.name()), text));
                }
            } else {
                rejected.add(ParsedDecision.failed(safeName(upload.name()), Note.of("decisions.import.error.type")));
            }
            if (files.size() > MAX_FILES) {
                return Result.failed("decisions.import.error.tooMany", MAX_FILES);
            }
        }
        if (files.isEmpty() && rejected.isEmpty()) {
            boolean anyZip = uploads.stream().anyMatch(u -> isZip(u.bytes()));
            return Result.failed(anyZip ? "decisions.import.error.noMarkdown" : "decisions.import.error.empty");
        }
        return new Result(files, rejected, null);
    }

    record Upload(String name, byte[] bytes) {
        Upload {
            name = name == null ? "" : name;
        }
    }

    private static Note unzip(Upload upload, List<TextFile> files, List<ParsedDecision> rejected) {
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.bytes()), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Note.of("decisions.import.error.tooMany", MAX_FILES);
                }
                String name = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                if (!isSafeEntry(name)) {
                    rejected.add(ParsedDecision.failed(safeName(name), Note.of("decisions.import.error.unsafePath")));
                    continue;
                }
                String base = baseName(name);
                if (!isMarkdownName(base) || isSkipped(base) || base.startsWith(".")) {
                    continue;
                }
                byte[] bytes = readAtMost(zip, MAX_FILE);
                if (bytes == null) {
                    rejected.add(ParsedDecision.failed(safeName(name),
                            Note.of("decisions.import.error.fileTooBig", MAX_FILE / 1024)));
                    continue;
                }
                unpacked += bytes.length;
                if (unpacked > MAX_TOTAL) {
                    return Note.of("decisions.import.error.uploadTooBig", MAX_TOTAL / (1024 * 1024));
                }
                String text = utf8(bytes);
                if (text == null) {
                    rejected.add(ParsedDecision.failed(safeName(name), Note.of("decisions.import.error.notUtf8")));
                } else {
                    files.add(new TextFile(safeName(name), text));
                }
                if (files.size() > MAX_FILES) {
                    return Note.of("decisions.import.error.tooMany", MAX_FILES);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Note.of("decisions.import.error.zip");
        }
        if (entries == 0) {
            // the signature said zip, but nothing in it could be read
            return Note.of("decisions.import.error.zip");
        }
        return null;
    }

    /** Reads the current entry up to {@code limit} bytes; null when it is longer, whatever its header says. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = in.read(buffer)) > 0) {
            if (out.size() + read > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5)
                && (bytes[3] == 4 || bytes[3] == 6);
    }

    static boolean isSafeEntry(String name) {
        String n = name.replace('\\', '/');
        return !n.startsWith("/") && !n.matches("^[A-Za-z]:.*") && !n.contains("\0")
                && java.util.Arrays.stream(n.split("/")).noneMatch(".."::equals);
    }

    private static boolean isMarkdownName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    /** The index, read-me and templates in a decisions folder are not decisions. */
    private static boolean isSkipped(String base) {
        String lower = base.toLowerCase(Locale.ROOT);
        return lower.equals("index.md") || lower.equals("readme.md") || lower.startsWith("template")
                || lower.startsWith("adr-template") || lower.equals("_sidebar.md");
    }

    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    /** A name fit to show: its last part, one line, short. */
    static String safeName(String name) {
        String base = Clean.line(baseName(name == null ? "" : name), 120);
        return base.isEmpty() ? "?" : base;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
