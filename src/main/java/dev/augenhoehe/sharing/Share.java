package dev.augenhoehe.sharing;

import dev.augenhoehe.language.Language;
import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One link for one client: its token's hash, expiry, PIN, and which frozen {@link ShareVersion} it shows. The raw
 * token is never stored; {@code formToken} guards the client's forms (no session, so no session CSRF token).
 */
@Table("client_share")
record Share(@Id Long id, Long workspaceId, Long engagementId, Language language, String title, Long consultantId,
        String consultantName, String workspaceName, int currentVersion, String tokenHash, String formToken,
        Instant tokenCreatedAt, Instant expiresAt, String pinHash, int pinFailures, Instant lockedUntil,
        Instant revokedAt, Instant createdAt, @Version Integer version) {

    static final int PIN_ATTEMPTS = 5;
    static final Duration PIN_LOCK = Duration.ofMinutes(15);

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Share withToken(String newHash, String newFormToken, Instant now) {
        return new Share(id, workspaceId, engagementId, language, title, consultantId, consultantName, workspaceName,
                currentVersion, newHash, newFormToken, now, expiresAt, pinHash, 0, null, revokedAt, createdAt,
                version);
    }

    Share withCurrentVersion(int number, String newTitle, Language newLanguage) {
        return new Share(id, workspaceId, engagementId, newLanguage, newTitle, consultantId, consultantName,
                workspaceName, number, tokenHash, formToken, tokenCreatedAt, expiresAt, pinHash, pinFailures,
                lockedUntil, revokedAt, createdAt, version);
    }

    Share withExpiry(Instant newExpiresAt) {
        return new Share(id, workspaceId, engagementId, language, title, consultantId, consultantName, workspaceName,
                currentVersion, tokenHash, formToken, tokenCreatedAt, newExpiresAt, pinHash, pinFailures, lockedUntil,
                revokedAt, createdAt, version);
    }

    Share withPin(String newPinHash) {
        return new Share(id, workspaceId, engagementId, language, title, consultantId, consultantName, workspaceName,
                currentVersion, tokenHash, formToken, tokenCreatedAt, expiresAt, newPinHash, 0, null, revokedAt,
                createdAt, version);
    }

    Share revoked(Instant now) {
        return new Share(id, workspaceId, engagementId, language, title, consultantId, consultantName, workspaceName,
                currentVersion, tokenHash, formToken, tokenCreatedAt, expiresAt, pinHash, pinFailures, lockedUntil,
                now, createdAt, version);
    }

    /** One more wrong PIN; the fifth locks the link for {@link #PIN_LOCK}. */
    Share wrongPin(Instant now) {
        int failures = pinFailures + 1;
        boolean lock = failures >= PIN_ATTEMPTS;
        return new Share(id, workspaceId, engagementId, language, title, consultantId, consultantName, workspaceName,
                currentVersion, tokenHash, formToken, tokenCreatedAt, expiresAt, pinHash, lock ? 0 : failures,
                lock ? now.plus(PIN_LOCK) : lockedUntil, revokedAt, createdAt, version);
    }

    Share rightPin() {
        return new Share(id, workspaceId, engagementId, language, title, consultantId, consultantName, workspaceName,
                currentVersion, tokenHash, formToken, tokenCreatedAt, expiresAt, pinHash, 0, null, revokedAt,
                createdAt, version);
    }

    public String path() {
        return "/shares/" + id;
    }
}
