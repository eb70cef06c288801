package dev.augenhoehe.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of two-step sign-in ({@code augenhoehe.two-step.*}).
 *
 * @param secretKey optional: 32 random bytes in Base64 (e.g. {@code openssl rand -base64 32}), env
 *                  {@code AUGENHOEHE_TWO_STEP_SECRET_KEY}. When set, the app keys are stored encrypted with it
 *                  (AES-256-GCM), so a copy of the database alone cannot compute anyone's codes. Every instance needs
 *                  the same key, and a backup needs it to be useful: keep it apart from the database backups, and do
 *                  not lose it (the recovery codes still work without it).
 */
@ConfigurationProperties("augenhoehe.two-step")
record TwoStepProperties(String secretKey) {
}
