package dev.augenhoehe.clients;

/** What other modules may know about an engagement: enough to show it and link to it. */
public record EngagementRef(long id, long clientId, String clientName, String title, EngagementStatus status,
        boolean archived) {

    public String path() {
        return "/engagements/" + id;
    }
}
