package dev.augenhoehe.language;

/** Counts syllables of one word in one language. Implementations are thread-safe. */
interface Syllables {

    /** Syllables of a word token (at least 1 for a word with a letter or digit, 0 otherwise). */
    int count(String word);

    static boolean isVowel(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü', 'á', 'à', 'â', 'é', 'è', 'ê', 'í', 'ì', 'î', 'ó',
                 'ò', 'ô', 'ú', 'ù', 'û' -> true;
            default -> false;
        };
    }
}
