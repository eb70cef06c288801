package dev.augenhoehe.language;

/** Counts syllables of one word in one language. Implementations are thread-safe. */
interface Syllables {

    /**
     * Syllables of a word token (at least 1 for a word with a letter or digit, 0 otherwise). Hyphenated and slashed
     * compounds ("Deployment-Pipeline", "CI/CD") are the sum of their parts.
     */
    default int count(String token) {
        String word = normalize(token.toLowerCase(java.util.Locale.ROOT));
        if (word.indexOf('-') >= 0 || word.indexOf('/') >= 0) {
            int sum = 0;
            for (String part : word.split("[-/]+")) {
                sum += countPart(part);
            }
            return Math.max(1, sum);
        }
        return countPart(word);
    }

    /** Syllables of one lower-case word without hyphens; 0 for an empty one. */
    int countPart(String word);

    /** Language-specific clean-up of a lower-case token before counting. */
    default String normalize(String lowerCase) {
        return lowerCase;
    }

    static boolean isVowel(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü', 'á', 'à', 'â', 'é', 'è', 'ê', 'í', 'ì', 'î', 'ó',
                 'ò', 'ô', 'ú', 'ù', 'û' -> true;
            default -> false;
        };
    }
}
