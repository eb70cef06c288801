package dev.augenhoehe.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.augenhoehe.TestRows;
import dev.augenhoehe.language.Language;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Runs on H2 and on PostgreSQL: the subclasses pick the database. */
abstract class ConversationRepositoryContract {

    // the search is another module's; these tests are about the tables
    @MockitoBean
    ConversationsSearch conversationsSearch;

    @Autowired
    QuestionStepRepository steps;

    @Autowired
    ConversationRepository conversations;

    @Autowired
    ConversationTopicRepository topics;

    @Autowired
    QuestionRepository questions;

    @Autowired
    GuideService guide;

    @Autowired
    GuideTopicRepository guideTopics;

    @Autowired
    ConversationService service;

    @Autowired
    JdbcTemplate jdbc;

    long ws;
    long other;
    long user;
    long engagement;

    @BeforeEach
    void data() {
        ws = TestRows.workspace(jdbc, "Ann");
        other = TestRows.workspace(jdbc, "Bob");
        user = TestRows.insert(jdbc, "app_user", Map.of("workspace_id", ws, "name", "Ann",
                "email", "ann" + ws + "@example.com", "password_hash", "x", "role", "OWNER", "language", "EN",
                "active", true, "created_at", Timestamp.from(Instant.now()), "version", 0));
        engagement = TestRows.engagement(jdbc, ws, "Acme", "Shop");
    }

    Conversation conversation() {
        return conversations.save(new Conversation(null, ws, engagement, ConversationKind.FIRST,
                LocalDateTime.of(2025, 3, 4, 10, 30), "Frau Müller", Language.DE, 1, user, Instant.now(), null));
    }

    @Test
    void storesAConversationWithItsTopicsNotesAndCoverage() {
        Conversation saved = conversation();
        ConversationTopic budget = topics.save(new ConversationTopic(null, ws, saved.id(), 0, "budget", "Budget",
                "Welcher Rahmen?\nIst es freigegeben?", "Budget: noch nicht besprochen", null, Coverage.OPEN, null, 0));
        topics.save(budget.withNotes("n".repeat(20_000), Instant.now()).withMarked(Coverage.SETTLED));

        assertThat(conversations.findByIdAndWorkspaceId(saved.id(), ws)).get().satisfies(found -> {
            assertThat(found.heldAt()).isEqualTo(LocalDateTime.of(2025, 3, 4, 10, 30));
            assertThat(found.language()).isEqualTo(Language.DE);
            assertThat(found.kind()).isEqualTo(ConversationKind.FIRST);
        });
        assertThat(conversations.findByIdAndWorkspaceId(saved.id(), other)).isEmpty();
        assertThat(topics.findByWorkspaceIdAndConversationIdOrderByPositionAsc(ws, saved.id())).singleElement()
                .satisfies(found -> {
                    assertThat(found.notes()).hasSize(20_000);
                    assertThat(found.coverage()).isEqualTo(Coverage.SETTLED);
                    assertThat(found.questionList()).containsExactly("Welcher Rahmen?", "Ist es freigegeben?");
                });
        assertThat(topics.findByIdAndWorkspaceIdAndConversationId(budget.id(), other, saved.id())).isEmpty();
        assertThat(topics.findByWorkspaceIdAndConversationIdIn(ws, List.of(saved.id()))).hasSize(1);
        assertThat(conversations.findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(other, engagement)).isEmpty();
    }

    @Test
    void storesQuestionsAndTheirStepsPerWorkspace() {
        Conversation saved = conversation();
        Question open = questions.save(Question.capture(ws, engagement, saved.id(), null, "Können wir die alte Kasse behalten?",
                "Frau Müller", LocalDateTime.of(2025, 3, 4, 10, 45)));
        Question answered = questions.save(Question.capture(ws, engagement, null, null, "Wie lange dauert das?", null,
                LocalDateTime.now()));
        steps.save(QuestionStep.answered(ws, answered.id(), QuestionStatus.OPEN, QuestionRulesTest.GOOD, user,
                Instant.now()));

        assertThat(questions.findByWorkspaceIdOrderByAskedAtDesc(ws, org.springframework.data.domain.Limit.of(10)))
                .extracting(Question::id).containsExactly(answered.id(), open.id());
        assertThat(questions.findByWorkspaceIdOrderByAskedAtDesc(other, org.springframework.data.domain.Limit.of(10)))
                .isEmpty();
        assertThat(steps.findByWorkspaceIdAndQuestionIdIn(ws, List.of(open.id(), answered.id())))
                .extracting(QuestionStep::reasons).containsExactly(QuestionRulesTest.GOOD.reasons());
        assertThat(steps.findByWorkspaceIdAndQuestionIdIn(other, List.of(answered.id()))).isEmpty();
        assertThat(questions.findByIdAndWorkspaceId(answered.id(), other)).isEmpty();
        assertThat(questions.findByWorkspaceIdAndIdIn(ws, List.of(open.id()))).extracting(Question::text)
                .containsExactly("Können wir die alte Kasse behalten?");
        assertThat(questions.findByWorkspaceIdAndConversationId(ws, saved.id())).extracting(Question::text)
                .containsExactly("Können wir die alte Kasse behalten?");
    }

    @Test
    void theDashboardReadsTheNewestQuestionsAndTheStepsThatMakeTheirStatusWithoutTheirTexts() {
        Conversation talk = conversation();
        Question asked = questions.save(Question.capture(ws, engagement, talk.id(), null, "Kasse behalten?",
                "Frau Müller", LocalDateTime.of(2025, 3, 4, 10, 45)));
        Question later = questions.save(Question.capture(ws, engagement, null, null, "Wie lange dauert das?", null,
                LocalDateTime.of(2025, 3, 5, 9, 0)));
        Instant at = Instant.parse("2025-03-05T10:00:00Z");
        steps.save(QuestionStep.answered(ws, later.id(), QuestionStatus.OPEN, QuestionRulesTest.GOOD, user, at));
        steps.save(QuestionStep.edited(ws, later, user, at.plusSeconds(60)));
        steps.save(QuestionStep.answered(ws, asked.id(), QuestionStatus.OPEN, QuestionRulesTest.GOOD, user, at));
        steps.save(QuestionStep.reopened(ws, asked.id(), user, at.plusSeconds(120)));

        assertThat(questions.newestHeads(ws, 0, 10)).containsExactly(
                new QuestionRepository.Head(later.id(), engagement, "Wie lange dauert das?",
                        LocalDateTime.of(2025, 3, 5, 9, 0)),
                new QuestionRepository.Head(asked.id(), engagement, "Kasse behalten?",
                        LocalDateTime.of(2025, 3, 4, 10, 45)));
        assertThat(questions.newestHeads(ws, 1, 10)).extracting(QuestionRepository.Head::id).containsExactly(asked.id());
        assertThat(questions.newestHeads(other, 0, 10)).isEmpty();

        List<Long> both = List.of(asked.id(), later.id());
        // the correction only tells; the answer and the reopening make the status, with their times
        assertThat(steps.statusStepsOf(ws, both)).extracting(TrailStep::questionId, TrailStep::effect, TrailStep::at)
                .containsExactlyInAnyOrder(tuple(later.id(), TrailStep.Effect.ANSWERED, at),
                        tuple(asked.id(), TrailStep.Effect.ANSWERED, at),
                        tuple(asked.id(), TrailStep.Effect.REOPENED, at.plusSeconds(120)));
        for (long id : both) {
            assertThat(QuestionStatus.of(steps.statusStepsOf(ws, List.of(id)))).as("status of %d", id)
                    .isEqualTo(QuestionStatus.of(steps.findByWorkspaceIdAndQuestionIdIn(ws, List.of(id)).stream()
                            .map(QuestionStep::toTrail).toList()));
        }
        assertThat(QuestionStatus.of(steps.statusStepsOf(ws, List.of(asked.id())))).isEqualTo(QuestionStatus.OPEN);
        assertThat(steps.statusStepsOf(other, both)).isEmpty();
        assertThat(steps.statusStepsOf(ws, List.of())).isEmpty();

    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theGuideIsCopiedOnceAndEditsRaiseItsRevision() {
        long fresh = TestRows.workspace(jdbc, "Guide");
        GuideView german = guide.view(fresh, Language.DE);
        assertThat(german.revision()).isEqualTo(1);
        assertThat(german.topics()).hasSize(13);
        assertThat(german.topics()).extracting(GuideView.Topic::title).contains("Budget", "Vorgeschichte");
        assertThat(guide.view(fresh, Language.EN).topics()).extracting(GuideView.Topic::title)
                .contains("Project history");

        long budget = german.topics().get(5).id();
        guide.renameTopic(fresh, budget, "Geld");
        guide.moveTopic(fresh, budget, -1);
        guide.setTopicHidden(fresh, german.topics().get(0).id(), true);
        GuideTopic added = guide.addTopic(fresh, "Unsere Preise");

        GuideView edited = guide.view(fresh, Language.EN);
        assertThat(edited.revision()).isEqualTo(5);
        assertThat(edited.topics()).hasSize(14);
        assertThat(edited.topics().get(4).title()).isEqualTo("Geld");
        assertThat(edited.topics().get(0).hidden()).isTrue();
        assertThat(edited.visibleTopics()).hasSize(13);
        assertThat(edited.topics().get(13).key()).isEqualTo("topic-" + added.id());
        assertThat(guideTopics.findByWorkspaceIdOrderByPositionAsc(other)).isEmpty();
    }

    @Test
    void twoTabsSavingNotesOfOneTopicLoseNeitherText() {
        Conversation saved = conversation();
        ConversationTopic topic = topics.save(new ConversationTopic(null, ws, saved.id(), 0, "budget", "Budget", "",
                null, null, Coverage.OPEN, null, 0));
        // both tabs opened the topic at version 0; the first save wins, the second is refused with both texts
        assertThat(service.saveNotes(ws, saved.id(), topic.id(), "Tab A: 20k", 0))
                .isInstanceOf(ConversationService.NotesSave.Saved.class)
                .satisfies(s -> assertThat(s.topic().notesVersion()).isEqualTo(1));
        ConversationService.NotesSave second = service.saveNotes(ws, saved.id(), topic.id(), "Tab B: 30k", 0);
        assertThat(second).isInstanceOfSatisfying(ConversationService.NotesSave.Conflict.class, conflict -> {
            assertThat(conflict.topic().notes()).isEqualTo("Tab A: 20k");
            assertThat(conflict.topic().notesVersion()).isEqualTo(1);
            assertThat(conflict.yours()).isEqualTo("Tab B: 30k");
        });
        // a retry of the first save (its answer got lost) is no conflict; marking coverage does not make notes stale
        assertThat(service.saveNotes(ws, saved.id(), topic.id(), "Tab A: 20k", 0))
                .isInstanceOf(ConversationService.NotesSave.Saved.class);
        service.mark(ws, saved.id(), topic.id(), Coverage.SETTLED);
        // tab B keeps its text on top of theirs: a choice made knowing both
        assertThat(service.saveNotes(ws, saved.id(), topic.id(), "Tab B: 30k (A said 20k)", 1))
                .isInstanceOf(ConversationService.NotesSave.Saved.class);
        assertThat(service.topic(ws, saved.id(), topic.id())).satisfies(found -> {
            assertThat(found.notes()).isEqualTo("Tab B: 30k (A said 20k)");
            assertThat(found.marked()).isEqualTo(Coverage.SETTLED);
            assertThat(found.notesVersion()).isEqualTo(2);
        });
        assertThat(topics.saveNotesIfUnchanged(topic.id(), other, "foreign", Instant.now(), 2)).isZero();
    }

    @Test
    void theEngagementAndConversationPagesReadTheColumnsTheyShowOfTheirWorkspaceOnly() {
        Conversation first = conversation();
        Conversation second = conversations.save(new Conversation(null, ws, engagement, ConversationKind.FOLLOW_UP,
                LocalDateTime.of(2025, 4, 1, 9, 0), null, Language.EN, 2, user, Instant.now(), null));
        ConversationTopic budget = topics.save(new ConversationTopic(null, ws, first.id(), 1, "budget", "Budget",
                "Welcher Rahmen?", "Budget: offen", null, Coverage.OPEN, null, 0));
        topics.save(new ConversationTopic(null, ws, first.id(), 0, "goal", "Ziel", "", null, "Mehr Umsatz",
                Coverage.TOUCHED, Instant.parse("2025-03-04T10:40:00Z"), 1));
        topics.save(new ConversationTopic(null, ws, second.id(), 0, "budget", "Budget", "", null, null,
                Coverage.SETTLED, null, 0));
        Question asked = questions.save(Question.capture(ws, engagement, first.id(), budget.id(), "Kasse behalten?",
                "Frau Müller", LocalDateTime.of(2025, 3, 4, 10, 45)));
        Question later = questions.save(Question.capture(ws, engagement, null, null, "Wie lange?", null,
                LocalDateTime.of(2025, 3, 5, 9, 0)));

        assertThat(conversations.findByWorkspaceIdAndEngagementIdOrderByHeldAtDesc(ws, engagement))
                .extracting(Conversation::id).containsExactly(second.id(), first.id());
        assertThat(conversations.findByIdAndWorkspaceId(second.id(), ws)).get().satisfies(found -> {
            assertThat(found.participants()).isNull();
            assertThat(found.language()).isEqualTo(Language.EN);
            assertThat(found.guideRevision()).isEqualTo(2);
            assertThat(found.createdBy()).isEqualTo(user);
            assertThat(found.version()).isNotNull();
        });
        assertThat(topics.findByWorkspaceIdAndConversationIdOrderByPositionAsc(ws, first.id()))
                .extracting(ConversationTopic::topicKey, ConversationTopic::notes, ConversationTopic::notesSavedAt,
                        ConversationTopic::notesVersion, ConversationTopic::openPhrase)
                .containsExactly(tuple("goal", "Mehr Umsatz", Instant.parse("2025-03-04T10:40:00Z"), 1, null),
                        tuple("budget", null, null, 0, "Budget: offen"));
        assertThat(topics.findByWorkspaceIdAndConversationIdOrderByPositionAsc(other, first.id())).isEmpty();
        assertThat(topics.titlesOf(List.of(budget.id()))).containsExactly(
                new ConversationTopicRepository.Title(budget.id(), ws, "Budget"));
        assertThat(questions.linesOfEngagement(ws, engagement)).containsExactly(
                new QuestionRepository.Line(asked.id(), ws, engagement, "Kasse behalten?", "Frau Müller",
                        LocalDateTime.of(2025, 3, 4, 10, 45)),
                new QuestionRepository.Line(later.id(), ws, engagement, "Wie lange?", null,
                        LocalDateTime.of(2025, 3, 5, 9, 0)));
        assertThat(questions.linesOfConversation(ws, first.id())).extracting(QuestionRepository.Line::id)
                .containsExactly(asked.id());
        assertThat(questions.linesOfEngagement(other, engagement)).isEmpty();
        assertThat(questions.linesOfConversation(other, first.id())).isEmpty();

        // the engagement's coverage from the coverage columns is the one from whole topics
        List<Conversation> both = service.ofEngagement(ws, engagement);
        assertThat(service.coverageOfEngagement(ws, engagement, both)).isEqualTo(CoverageSummary.of(
                topics.findByWorkspaceIdAndConversationIdIn(ws, both.stream().map(Conversation::id).toList()),
                new ShippedGuide().forReader()));
        assertThat(service.coverageOfEngagement(other, engagement, both).total()).isZero();
        assertThat(service.coverageOfEngagement(ws, engagement, List.of()).total()).isZero();
    }

    @Test
    void theDashboardReadsCoverageOfTheRecentEngagementsInAFewQueries() {
        Conversation older = conversation();
        topics.save(new ConversationTopic(null, ws, older.id(), 0, "budget", "Budget", "", null, null, Coverage.OPEN,
                null, 0));
        // notes make a topic touched, blank ones do not: the dashboard reads only whether there are any
        topics.save(new ConversationTopic(null, ws, older.id(), 1, "timeline", "Timeline", "", null, "Go-live in May",
                Coverage.OPEN, null, 0));
        topics.save(new ConversationTopic(null, ws, older.id(), 2, "risks", "Risks", "", null, "  ", Coverage.OPEN,
                null, 0));
        assertThat(conversations.recentlyTalkedTo(ws, 10)).containsExactly(engagement);
        assertThat(conversations.recentlyTalkedTo(other, 10)).isEmpty();
        assertThat(conversations.engagementsOfNewest(ws, java.time.LocalDateTime.of(1900, 1, 1, 0, 0), 10))
                .containsOnly(engagement).isNotEmpty();
        assertThat(conversations.engagementsOfNewest(other, java.time.LocalDateTime.of(1900, 1, 1, 0, 0), 10)).isEmpty();
        assertThat(service.coverageOfRecentEngagements(ws, 10)).containsOnlyKeys(engagement)
                .satisfies(m -> assertThat(m.get(engagement).open()).isEqualTo(2))
                .satisfies(m -> assertThat(m.get(engagement).touched()).isEqualTo(1));
        assertThat(service.coverageOfRecentEngagements(ws, 0)).isEmpty();
        // a second conversation counts for the same engagement; the rows carry it and their workspace
        Conversation newer = conversation();
        topics.save(new ConversationTopic(null, ws, newer.id(), 0, "budget", "Budget", "", null, null,
                Coverage.SETTLED, null, 0));
        assertThat(topics.coverageOfEngagements(List.of(engagement)))
                .extracting(row -> row.engagementId(), row -> row.topic().conversationId(), row -> row.topic().workspaceId())
                .containsOnly(tuple(engagement, older.id(), ws), tuple(engagement, newer.id(), ws)).hasSize(4);
        assertThat(topics.coverageOfEngagements(List.of(engagement + 1000))).isEmpty();
        assertThat(service.coverageOfRecentEngagements(ws, 10).get(engagement))
                .satisfies(c -> assertThat(c.settled()).as("budget settled in the newer talk").isEqualTo(1))
                .satisfies(c -> assertThat(c.open()).isEqualTo(1));
        assertThat(service.coverageOfRecentEngagements(other, 10)).isEmpty();
    }
}
