package dev.augenhoehe.language;

/**
 * A token with its span in the input. {@code norm} is the lowercased form with typographic apostrophes and
 * hyphens unified and soft hyphens removed; it is what rules match on.
 */
record Token(int start, int end, String text, String norm, boolean word, boolean url) {

    boolean is(String s) {
        return norm.equals(s);
    }

    boolean isPunct(char c) {
        return !word && norm.length() == 1 && norm.charAt(0) == c;
    }

    boolean capitalized() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    /** Letters only (for "more than six letters"). */
    int letterCount() {
        int n = 0;
        for (int i = 0; i < norm.length(); i++) {
            if (Character.isLetter(norm.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
