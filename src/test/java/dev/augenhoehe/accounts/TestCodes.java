package dev.augenhoehe.accounts;

import java.time.Clock;

/** Codes an authenticator app would show, for tests outside this package (browser journeys). */
public final class TestCodes {

    private static final TotpCodes CODES = new TotpCodes(Clock.systemUTC());

    private TestCodes() {
    }

    /** The code for the 30-second step {@code offset} steps from now, for the key as the page shows it. */
    public static String code(String typedKey, int offset) {
        return CODES.codeAt(Base32.decode(typedKey), CODES.currentStep() + offset);
    }
}
