/**
 * Conversations with a client: the workspace's topic guide, notes per topic, coverage of what is still open, and the
 * client's questions. {@link dev.augenhoehe.conversations.ClientQuestions} and
 * {@link dev.augenhoehe.conversations.QuestionAnswered} are the seam where decision briefs attach to a question.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations",
        allowedDependencies = {"clients", "accounts", "system", "language", "knowledge", "operations"})
package dev.augenhoehe.conversations;
