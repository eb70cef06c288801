package dev.augenhoehe.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client being erased, as each {@link ClientErasureStep} sees it: the ids of its rows per table (read before
 * anything is deleted), who erases, and the names and addresses that must not survive in what is kept.
 * {@link #scrub} replaces each of them, and each word of them, with {@value #REMOVED}.
 */
public final class ErasedClient {

    /** What stands where a name or address was. */
    public static final String REMOVED = "[…]";

    // legal forms and fillers: "Müller GmbH & Co. KG" must not turn every "GmbH" in a decision into […]
    private static final Set<String> NOT_A_NAME = Set.of("gmbh", "mbh", "ag", "kg", "ohg", "gbr", "ug", "ev", "e.v",
            "se", "co", "ltd", "inc", "llc", "plc", "corp", "und", "and", "the", "der", "die", "das", "von", "van",
            "haftungsbeschränkt", "herr", "frau", "mr", "mrs", "ms", "dr", "prof");
    private static final Pattern ADJACENT = Pattern.compile(Pattern.quote(REMOVED) + "(?:[ \\t]+" + Pattern.quote(REMOVED) + ")+");
    private static final Set<String> TOP_LEVEL = Set.of("com", "org", "net", "info", "biz", "www");

    private final long workspaceId;
    private final long clientId;
    private final Map<String, List<Long>> rows;
    private final long erasedBy;
    private final String erasedByName;
    private final Instant erasedAt;
    private final String placeholder;
    private final List<String> identifiers;
    private final Pattern pattern;

    ErasedClient(long workspaceId, long clientId, Map<String, List<Long>> rows, Collection<String> identifiers,
            long erasedBy, String erasedByName, Instant erasedAt, String placeholder) {
        this.workspaceId = workspaceId;
        this.clientId = clientId;
        this.rows = Map.copyOf(rows);
        this.erasedBy = erasedBy;
        this.erasedByName = erasedByName;
        this.erasedAt = erasedAt;
        this.placeholder = placeholder;
        this.identifiers = expand(identifiers);
        this.pattern = compile(this.identifiers);
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long clientId() {
        return clientId;
    }

    /** The ids of the table's rows about the client (empty for a table without them or without an id column). */
    public List<Long> ids(String table) {
        return rows.getOrDefault(table, List.of());
    }

    public long erasedBy() {
        return erasedBy;
    }

    public String erasedByName() {
        return erasedByName;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    /** What the client is called from now on, in the eraser's language ("Erased client (2 Dec 2026)"). */
    public String placeholder() {
        return placeholder;
    }

    /** Every name, address and word of them that {@link #scrub} removes, longest first. */
    public List<String> identifiers() {
        return identifiers;
    }

    /** The same client with more names to remove (a module knows names the schema does not mark as such). */
    public ErasedClient alsoRemoving(Collection<String> more) {
        List<String> all = new ArrayList<>(identifiers);
        all.addAll(more);
        return new ErasedClient(workspaceId, clientId, rows, all, erasedBy, erasedByName, erasedAt, placeholder);
    }

    /** The text with every name and address of the client replaced; null stays null. */
    public String scrub(String text) {
        if (text == null || pattern == null || text.isEmpty()) {
            return text;
        }
        // "Petra Korn" as two words is one name gone, not two
        return ADJACENT.matcher(pattern.matcher(text).replaceAll(Matcher.quoteReplacement(REMOVED)))
                .replaceAll(Matcher.quoteReplacement(REMOVED));
    }

    /** True when the text still names the client. */
    public boolean mentions(String text) {
        return text != null && pattern != null && pattern.matcher(text).find();
    }

    /** Each name as a whole and each of its words (first and last names, the company's distinctive part). */
    static List<String> expand(Collection<String> names) {
        Set<String> all = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String whole = name.strip().replaceAll("\\s+", " ");
            if (whole.length() >= 2) {
                all.add(whole);
            }
            for (String word : whole.split("[\\s,;:/()&\"'!?]+")) {
                addWord(all, word);
                // an address's parts ("ottilie.brandtner@zyxwert.de") are names too
                for (String part : word.split("[@._+-]+")) {
                    addWord(all, part);
                }
            }
        }
        // the pattern ignores case: "Korn" and "korn" are one word to remove
        Set<String> seen = new java.util.HashSet<>();
        List<String> sorted = new ArrayList<>(all.stream().filter(w -> seen.add(w.toLowerCase(Locale.ROOT))).toList());
        sorted.sort((a, b) -> b.length() - a.length());
        return List.copyOf(sorted);
    }

    private static void addWord(Set<String> words, String word) {
        String w = word.replaceAll("^[._+-]+|[._+-]+$", "");
        String lower = w.toLowerCase(Locale.ROOT);
        if (w.length() >= 3 && !NOT_A_NAME.contains(lower) && !w.chars().allMatch(Character::isDigit)
                && !TOP_LEVEL.contains(lower)) {
            words.add(w);
        }
    }

    private static Pattern compile(List<String> identifiers) {
        if (identifiers.isEmpty()) {
            return null;
        }
        StringBuilder alternatives = new StringBuilder();
        for (String identifier : identifiers) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(identifier));
        }
        // whole words only: "Ölz" goes, "Ölzeit" stays
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
