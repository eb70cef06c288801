package dev.augenhoehe.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the knowledge module ({@code augenhoehe.knowledge.*}).
 *
 * @param searchPollInterval how often an instance looks for documents other instances indexed (default 1 s, so a
 *                           second instance finds a new client or note within 2 s)
 * @param searchLookback     how far back each poll re-reads changes, to catch transactions that committed late or
 *                           instances whose database clock reads differ; re-reading is idempotent
 * @param glossaryCacheTtl   how long an instance trusts its cached copy of a workspace's glossary terms and of its
 *                           dismissed findings; another instance's edit shows up in the live check after at most
 *                           this long
 * @param maxCheckLength     the longest text the live check accepts, in characters
 */
@ConfigurationProperties("augenhoehe.knowledge")
public record KnowledgeProperties(Duration searchPollInterval, Duration searchLookback, Duration glossaryCacheTtl,
        Integer maxCheckLength) {

    public KnowledgeProperties {
        searchPollInterval = searchPollInterval == null ? Duration.ofSeconds(1) : searchPollInterval;
        searchLookback = searchLookback == null ? Duration.ofSeconds(60) : searchLookback;
        glossaryCacheTtl = glossaryCacheTtl == null ? Duration.ofSeconds(10) : glossaryCacheTtl;
        maxCheckLength = maxCheckLength == null ? 100_000 : maxCheckLength;
    }

    static KnowledgeProperties defaults() {
        return new KnowledgeProperties(null, null, null, null);
    }
}
