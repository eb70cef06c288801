package dev.augenhoehe.briefs;

import dev.augenhoehe.clients.EngagementOverviewSection;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.conversations.QuestionLine;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The engagement overview's part for briefs: each brief with its state, and the questions still without one. */
@Component
class BriefsSection implements EngagementOverviewSection {

    record Row(long briefId, String question, BriefState state, int publishedVersion) {
    }

    record Data(EngagementRef engagement, List<Row> briefs, List<QuestionLine> withoutBrief) {
    }

    private final BriefService briefs;
    private final ClientQuestions questions;

    BriefsSection(BriefService briefs, ClientQuestions questions) {
        this.briefs = briefs;
        this.questions = questions;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Content> content(long workspaceId, EngagementRef engagement) {
        // lines, not whole questions and briefs: the section shows words, states and versions, no trail or content
        List<QuestionLine> asked = questions.linesOfEngagement(workspaceId, engagement.id());
        Map<Long, String> texts = asked.stream().collect(Collectors.toMap(QuestionLine::id, QuestionLine::text));
        List<BriefRepository.Line> list = briefs.linesOfEngagement(workspaceId, engagement.id());
        Set<Long> answered = list.stream().map(BriefRepository.Line::questionId).collect(Collectors.toSet());
        List<Row> rows = list.stream().map(b -> new Row(b.id(), texts.getOrDefault(b.questionId(), ""), b.state(),
                b.publishedVersion())).toList();
        List<QuestionLine> open = asked.stream().filter(q -> !answered.contains(q.id())).toList();
        return Optional.of(new Content("briefs/sections", "briefs", new Data(engagement, rows, open)));
    }
}
