package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The workspace's topic guide. It is copied from the shipped guide the first time the workspace needs it; every
 * edit by the owner raises the revision, so a conversation can say which guide it followed.
 */
@Service
@Transactional
class GuideService {

    private final GuideRepository guides;
    private final GuideTopicRepository topics;
    private final GuideQuestionRepository questions;
    private final ShippedGuide shipped;
    private final TransactionTemplate newTransaction;

    GuideService(GuideRepository guides, GuideTopicRepository topics, GuideQuestionRepository questions,
            ShippedGuide shipped, PlatformTransactionManager transactions) {
        this.guides = guides;
        this.topics = topics;
        this.questions = questions;
        this.shipped = shipped;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    }

    GuideView view(long workspaceId, Language language) {
        Guide guide = ensure(workspaceId);
        Map<Long, List<GuideQuestion>> byTopic = questions.findByWorkspaceIdOrderByPositionAsc(workspaceId).stream()
                .collect(Collectors.groupingBy(GuideQuestion::topicId));
        List<GuideView.Topic> list = topics.findByWorkspaceIdOrderByPositionAsc(workspaceId).stream()
                .map(topic -> new GuideView.Topic(topic.id(), topic.topicKey(), title(topic, language),
                        openPhrase(topic, language), topic.hidden(), topic.shippedKey() == null,
                        byTopic.getOrDefault(topic.id(), List.of()).stream()
                                .map(q -> new GuideView.Question(q.id(), text(q, language), q.hidden()))
                                .toList()))
                .toList();
        return new GuideView(guide.revision(), list);
    }

    void renameTopic(long workspaceId, long topicId, String title) {
        topics.save(topic(workspaceId, topicId).withTitle(title.strip()));
        bump(workspaceId);
    }

    void setTopicHidden(long workspaceId, long topicId, boolean hidden) {
        topics.save(topic(workspaceId, topicId).withHidden(hidden));
        bump(workspaceId);
    }

    void moveTopic(long workspaceId, long topicId, int direction) {
        List<GuideTopic> all = new ArrayList<>(topics.findByWorkspaceIdOrderByPositionAsc(workspaceId));
        int index = indexOf(all.stream().map(GuideTopic::id).toList(), topic(workspaceId, topicId).id());
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= all.size()) {
            return;
        }
        Collections.swap(all, index, target);
        for (int i = 0; i < all.size(); i++) {
            topics.save(all.get(i).withPosition(i));
        }
        bump(workspaceId);
    }

    GuideTopic addTopic(long workspaceId, String title) {
        ensure(workspaceId);
        int position = topics.findByWorkspaceIdOrderByPositionAsc(workspaceId).size();
        GuideTopic topic = topics.save(new GuideTopic(null, workspaceId, position, null, title.strip(), null, false));
        bump(workspaceId);
        return topic;
    }

    void addQuestion(long workspaceId, long topicId, String text) {
        GuideTopic topic = topic(workspaceId, topicId);
        int position = (int) questions.findByWorkspaceIdOrderByPositionAsc(workspaceId).stream()
                .filter(q -> q.topicId().equals(topic.id())).count();
        questions.save(new GuideQuestion(null, workspaceId, topic.id(), position, null, text.strip(), false));
        bump(workspaceId);
    }

    void rewordQuestion(long workspaceId, long questionId, String text) {
        questions.save(question(workspaceId, questionId).withText(text.strip()));
        bump(workspaceId);
    }

    void setQuestionHidden(long workspaceId, long questionId, boolean hidden) {
        questions.save(question(workspaceId, questionId).withHidden(hidden));
        bump(workspaceId);
    }

    void moveQuestion(long workspaceId, long questionId, int direction) {
        GuideQuestion question = question(workspaceId, questionId);
        List<GuideQuestion> siblings = new ArrayList<>(questions.findByWorkspaceIdOrderByPositionAsc(workspaceId)
                .stream().filter(q -> q.topicId().equals(question.topicId())).toList());
        int index = indexOf(siblings.stream().map(GuideQuestion::id).toList(), question.id());
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= siblings.size()) {
            return;
        }
        Collections.swap(siblings, index, target);
        for (int i = 0; i < siblings.size(); i++) {
            questions.save(siblings.get(i).withPosition(i));
        }
        bump(workspaceId);
    }

    private GuideTopic topic(long workspaceId, long topicId) {
        ensure(workspaceId);
        return topics.findByIdAndWorkspaceId(topicId, workspaceId).orElseThrow(NotFoundException::new);
    }

    private GuideQuestion question(long workspaceId, long questionId) {
        ensure(workspaceId);
        return questions.findByIdAndWorkspaceId(questionId, workspaceId).orElseThrow(NotFoundException::new);
    }

    private void bump(long workspaceId) {
        guides.save(ensure(workspaceId).nextRevision());
    }

    /** Copies the shipped guide on first use. Two first requests at once: the unique index lets one win. */
    Guide ensure(long workspaceId) {
        return guides.findByWorkspaceId(workspaceId).orElseGet(() -> {
            try {
                newTransaction.executeWithoutResult(status -> seed(workspaceId));
            } catch (DataIntegrityViolationException someoneElseWasFaster) {
                // the other request seeded it; read theirs
            }
            return guides.findByWorkspaceId(workspaceId).orElseThrow();
        });
    }

    private void seed(long workspaceId) {
        guides.save(Guide.create(workspaceId));
        int position = 0;
        for (ShippedGuide.Topic shippedTopic : shipped.topics()) {
            GuideTopic topic = topics.save(
                    new GuideTopic(null, workspaceId, position++, shippedTopic.key(), null, null, false));
            int questionPosition = 0;
            for (ShippedGuide.Question question : shippedTopic.questions()) {
                questions.save(new GuideQuestion(null, workspaceId, topic.id(), questionPosition++, question.key(),
                        null, false));
            }
        }
    }

    private String title(GuideTopic topic, Language language) {
        return topic.title() != null ? topic.title() : shipped.text(topic.shippedKey() + ".title", language);
    }

    private String openPhrase(GuideTopic topic, Language language) {
        if (topic.openPhrase() != null) {
            return topic.openPhrase();
        }
        // renamed or own topics have no shipped sentence; the caller words it from the title
        return topic.title() == null && topic.shippedKey() != null
                ? shipped.text(topic.shippedKey() + ".open", language) : null;
    }

    private String text(GuideQuestion question, Language language) {
        return question.text() != null ? question.text() : shipped.text(question.shippedKey(), language);
    }

    private static int indexOf(List<Long> ids, long id) {
        return ids.indexOf(id);
    }
}
