package dev.augenhoehe.briefs;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Published versions as JSON. Lenient on read, so a field added later does not break old versions. */
final class VersionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private VersionJson() {
    }

    static String write(BriefContent content) {
        return JSON.writeValueAsString(content);
    }

    static BriefContent read(String json) {
        return JSON.readValue(json, BriefContent.class);
    }
}
