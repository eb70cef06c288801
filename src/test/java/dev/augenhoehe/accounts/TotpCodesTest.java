package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The code maths around java-otp on a fixed clock: the window of ±1 step, replay, the RFC's own test vectors. */
class TotpCodesTest {

    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890" and its 8-digit codes; ours are the last six. */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    static final Instant NOW = Instant.parse("2026-12-02T10:00:15Z");
    static final TotpCodes CODES = new TotpCodes(Clock.fixed(NOW, ZoneOffset.UTC));
    static final long STEP = NOW.getEpochSecond() / 30;

    @Test
    void theRfcTestVectorsComeOut() {
        assertThat(CODES.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(CODES.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(CODES.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(CODES.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void aCodeIsAcceptedForTheCurrentStepAndOneEitherSide() {
        byte[] secret = TotpCodes.newSecret();
        assertThat(CODES.matchingStep(secret, CODES.codeAt(secret, STEP), -1)).hasValue(STEP);
        assertThat(CODES.matchingStep(secret, CODES.codeAt(secret, STEP - 1), -1)).hasValue(STEP - 1);
        assertThat(CODES.matchingStep(secret, CODES.codeAt(secret, STEP + 1), -1)).hasValue(STEP + 1);
        assertThat(CODES.matchingStep(secret, CODES.codeAt(secret, STEP - 2), -1)).isEmpty();
        assertThat(CODES.matchingStep(secret, CODES.codeAt(secret, STEP + 2), -1)).isEmpty();
    }

    @Test
    void aStepAtOrBeforeTheLastUsedOneIsRefused() {
        byte[] secret = TotpCodes.newSecret();
        String now = CODES.codeAt(secret, STEP);
        assertThat(CODES.matchingStep(secret, now, STEP)).as("the same code again").isEmpty();
        assertThat(CODES.matchingStep(secret, CODES.codeAt(secret, STEP - 1), STEP)).as("an older one").isEmpty();
        assertThat(CODES.matchingStep(secret, CODES.codeAt(secret, STEP + 1), STEP)).as("the next one").hasValue(STEP + 1);
    }

    @Test
    void matchesWhatTheLibraryComputesForTheBase32SecretOfTheQrCode() throws Exception {
        byte[] secret = TotpCodes.newSecret();
        byte[] readBack = Base32.decode(Base32.encode(secret));
        String expected = new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                new SecretKeySpec(readBack, "HmacSHA1"), NOW);
        assertThat(CODES.matchingStep(secret, expected, -1)).hasValue(STEP);
        assertThat(CODES.matchingStep(secret, expected.substring(0, 3) + " " + expected.substring(3), -1))
                .as("typed with a space").hasValue(STEP);
    }

    @Test
    void anythingElseIsNoCodeAndNoError() {
        byte[] secret = TotpCodes.newSecret();
        for (String input : new String[] {null, "", " ", "12345", "1234567", "abcdef", "１２３４５６", "12345\n6",
                "9".repeat(1_000_000), "<script>", "-12345"}) {
            assertThat(CODES.matchingStep(secret, input, -1)).as(String.valueOf(input).substring(0,
                    Math.min(20, String.valueOf(input).length()))).isEmpty();
        }
    }

    @Test
    void base32RoundTripsAndTheUriCarriesIssuerAndAccount() {
        Random random = new Random(14);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            assertThat(Base32.decode(Base32.encode(bytes))).isEqualTo(bytes);
        }
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(TotpCodes.otpauthUri("ann@example.com", RFC_SECRET)).isEqualTo("otpauth://totp/Augenh%C3%B6he:"
                + "ann%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Augenh%C3%B6he");
    }

    @Test
    void recoveryCodesAreTenDistinctAndReadBackHoweverTyped() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        for (String code : codes) {
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
            String normalized = RecoveryCodes.normalize(code);
            assertThat(RecoveryCodes.normalize(" " + code.toLowerCase().replace("-", " ") + " ")).isEqualTo(normalized);
            assertThat(RecoveryCodes.hash(normalized)).hasSize(64);
        }
        assertThat(RecoveryCodes.normalize("0000-0000-0000-0000")).as("no zeros in the alphabet").isNull();
        assertThat(RecoveryCodes.normalize("x".repeat(100_000))).isNull();
    }

    @Test
    void theSecretIs160RandomBits() {
        assertThat(TotpCodes.newSecret()).hasSize(20).isNotEqualTo(TotpCodes.newSecret());
        assertThat(TotpCodes.STEP).isEqualTo(Duration.ofSeconds(30));
    }
}
