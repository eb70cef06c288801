package dev.augenhoehe.decisions;

import java.util.List;

/**
 * One Markdown file as read for an import: what it will create, its links by number, and what did not map.
 *
 * @param number   the file's own number (from {@code 0007-title.md} or "# 7. Title"), or null
 * @param links    forward and reverse links to other files, by their numbers
 * @param warnings message keys with arguments, shown in the preview
 * @param error    a message key when the file cannot be imported at all, else null
 */
record ParsedDecision(String fileName, Integer number, DecisionFields fields, List<NumberLink> links,
        List<Note> warnings, Note error) {

    record NumberLink(LinkType type, int number) {
    }

    record Note(String key, List<String> args) {

        static Note of(String key, Object... args) {
            return new Note(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
        }

        public Object[] argArray() {
            return args.toArray();
        }
    }

    static ParsedDecision failed(String fileName, Note error) {
        return new ParsedDecision(fileName, null, DecisionFields.EMPTY, List.of(), List.of(), error);
    }

    public boolean ok() {
        return error == null;
    }
}
