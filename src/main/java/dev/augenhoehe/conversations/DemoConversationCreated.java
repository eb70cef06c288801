package dev.augenhoehe.conversations;

/**
 * Published by the {@code demo} profile after it seeded the first conversation and its questions, so later modules
 * can fill in their part. {@code questionForBrief} is the open question the demo answers with a decision brief;
 * {@code answeredQuestion} is the one already answered in the conversation (the old code's future).
 */
public record DemoConversationCreated(long workspaceId, long ownerId, long engagementId, long conversationId,
        long questionForBrief, long answeredQuestion) {
}
