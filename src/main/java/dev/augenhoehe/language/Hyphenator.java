package dev.augenhoehe.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Liang's hyphenation algorithm over the LibreOffice/hyphen patterns ({@code hyph_de_DE.dic}, LGPL-2+).
 * Only the second level (ordinary syllable patterns after {@code NEXTLEVEL}) is used: the first level marks
 * compound boundaries, which the syllable patterns find as well. The answer is the set of positions where a
 * hyphen may go; syllable counting combines them with vowel groups (see {@link GermanSyllables}).
 */
final class Hyphenator {

    private final Map<String, byte[]> patterns;
    private final int maxLength;

    private Hyphenator(Map<String, byte[]> patterns, int maxLength) {
        this.patterns = patterns;
        this.maxLength = maxLength;
    }

    static Hyphenator load(String resource) {
        InputStream in = Hyphenator.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (in) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Hyphenator parse(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        // The first line names the charset; the syllable patterns follow NEXTLEVEL (two-level files) and the
        // compound level before it is skipped without decoding its 69,000 lines.
        int firstEnd = indexOf(all, (byte) '\n', 0);
        String first = new String(all, 0, Math.max(0, firstEnd), StandardCharsets.ISO_8859_1).trim();
        Charset charset = first.equalsIgnoreCase("UTF-8") ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        int start = find(all, "\nNEXTLEVEL".getBytes(StandardCharsets.ISO_8859_1));
        start = start < 0 ? firstEnd + 1 : start + "\nNEXTLEVEL".length();
        Map<String, byte[]> level = new HashMap<>(16_384);
        int max = 0;
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                new java.io.ByteArrayInputStream(all, start, all.length - start), charset), 1 << 16);
        String raw;
        while ((raw = reader.readLine()) != null) {
            String line = raw.trim();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("%") || Character.isUpperCase(line.charAt(0))) {
                continue;
            }
            int slash = line.indexOf('/');
            if (slash >= 0) {
                line = line.substring(0, slash); // non-standard replacement part; the break point is enough
            }
            int space = line.indexOf(' ');
            if (space >= 0) {
                line = line.substring(0, space);
            }
            StringBuilder letters = new StringBuilder(line.length());
            byte[] values = new byte[line.length() + 1];
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c >= '0' && c <= '9') {
                    values[letters.length()] = (byte) (c - '0');
                } else {
                    letters.append(Character.toLowerCase(c));
                }
            }
            String key = letters.toString();
            if (key.isEmpty()) {
                continue;
            }
            byte[] v = java.util.Arrays.copyOf(values, key.length() + 1);
            level.merge(key, v, Hyphenator::maxOf);
            max = Math.max(max, key.length());
        }
        return new Hyphenator(level, max);
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int find(byte[] a, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= a.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (a[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] maxOf(byte[] a, byte[] b) {
        byte[] r = a.clone();
        for (int k = 0; k < r.length && k < b.length; k++) {
            r[k] = (byte) Math.max(r[k], b[k]);
        }
        return r;
    }

    /**
     * Hyphenation points of a lowercase word with margins of one letter: {@code result[i]} is true when a
     * hyphen may go before letter {@code i}.
     */
    boolean[] points(String word) {
        String w = "." + word + ".";
        int n = w.length();
        byte[] values = new byte[n + 1];
        for (int i = 0; i < n; i++) {
            int limit = Math.min(n, i + maxLength);
            for (int j = i + 1; j <= limit; j++) {
                byte[] p = patterns.get(w.substring(i, j));
                if (p != null) {
                    for (int k = 0; k < p.length; k++) {
                        if (p[k] > values[i + k]) {
                            values[i + k] = p[k];
                        }
                    }
                }
            }
        }
        boolean[] result = new boolean[word.length()];
        for (int i = 1; i < word.length(); i++) {
            // values index: position before w[i+1] == before word[i]
            result[i] = (values[i + 1] & 1) == 1;
        }
        return result;
    }

    int size() {
        return patterns.size();
    }
}
