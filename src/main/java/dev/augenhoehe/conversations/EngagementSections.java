package dev.augenhoehe.conversations;

import dev.augenhoehe.clients.EngagementOverviewSection;
import dev.augenhoehe.clients.EngagementRef;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Our parts of the engagement overview: conversations with what is still open, then the client's questions. */
final class EngagementSections {

    private EngagementSections() {
    }

    record ConversationsData(EngagementRef engagement, List<Conversation> conversations, CoverageSummary coverage) {
    }

    record QuestionsData(EngagementRef engagement, List<QuestionLine> questions, long open) {
    }

    @Component
    static class Conversations implements EngagementOverviewSection {

        private final ConversationService service;

        Conversations(ConversationService service) {
            this.service = service;
        }

        @Override
        public int order() {
            return 10;
        }

        @Override
        public Optional<Content> content(long workspaceId, EngagementRef engagement) {
            List<Conversation> list = service.ofEngagement(workspaceId, engagement.id());
            return Optional.of(new Content("conversations/sections", "conversations",
                    new ConversationsData(engagement, list, service.coverageOfEngagement(workspaceId, engagement.id(), list))));
        }
    }

    @Component
    static class Questions implements EngagementOverviewSection {

        private final ClientQuestions questions;

        Questions(ClientQuestions questions) {
            this.questions = questions;
        }

        @Override
        public int order() {
            return 20;
        }

        @Override
        public Optional<Content> content(long workspaceId, EngagementRef engagement) {
            List<QuestionLine> list = questions.linesOfEngagement(workspaceId, engagement.id());
            return Optional.of(new Content("conversations/sections", "questions",
                    new QuestionsData(engagement, list, list.stream().filter(QuestionLine::isOpen).count())));
        }
    }
}
