package dev.augenhoehe.sharing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the client's link.
 *
 * @param defaultExpiryDays expiry of a new link when the workspace set none (0 = never)
 * @param requestsPerMinute requests one client address may send to {@code /s/**} per minute
 * @param baseUrl           how clients reach this instance ("https://augenhoehe.example.com"); empty = from the request
 * @param mailFrom          sender of the e-mails to clients and consultants; empty = no e-mail
 */
@ConfigurationProperties("augenhoehe.sharing")
record SharingProperties(Integer defaultExpiryDays, Integer requestsPerMinute, String baseUrl, String mailFrom) {

    SharingProperties {
        defaultExpiryDays = defaultExpiryDays == null ? 30 : defaultExpiryDays;
        requestsPerMinute = requestsPerMinute == null ? 60 : requestsPerMinute;
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        mailFrom = mailFrom == null ? "" : mailFrom.strip();
    }
}
