package dev.augenhoehe.conversations;

import dev.augenhoehe.clients.LoadEngagementsCreated;
import dev.augenhoehe.language.Language;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code load} profile's conversations: 10,000 over the engagements, each a copy of the guide (13 topics) with
 * notes on most topics, and 5 client questions each; 4 of them get a brief. Batched SQL in chunks.
 */
@Component
@Profile("load")
class LoadConversations {

    static final int CONVERSATIONS = 10_000;
    static final int QUESTIONS_PER_CONVERSATION = 5;
    static final int WITH_BRIEF_PER_CONVERSATION = 4;
    private static final int CHUNK = 500;
    private static final String[] QUESTIONS = {"Brauchen wir einen eigenen Server oder reicht die Cloud?",
        "Was kostet uns das im Jahr?", "Können wir die alte Kasse behalten?", "Wie lange dauert die Umstellung?",
        "Was passiert mit unseren Daten, wenn der Anbieter pleitegeht?", "Lohnt sich eine App?",
        "Müssen wir die Mitarbeitenden schulen?", "Ist das mit der DSGVO vereinbar?"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final GuideService guide;
    private final ApplicationEventPublisher events;

    LoadConversations(JdbcTemplate jdbc, TransactionTemplate tx, GuideService guide, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.guide = guide;
        this.events = events;
    }

    @EventListener
    void seed(LoadEngagementsCreated load) {
        long ws = load.workspaceId();
        Random random = new Random(17);
        GuideView current = guide.view(ws, Language.DE);
        List<GuideView.Topic> topics = current.visibleTopics();
        List<Long> engagements = load.engagementIds();
        List<Long> users = load.userIds();
        LocalDateTime today = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        List<LoadQuestionsCreated.Asked> withBrief = new ArrayList<>();
        for (int start = 0; start < CONVERSATIONS; start += CHUNK) {
            int from = start;
            int to = Math.min(CONVERSATIONS, start + CHUNK);
            tx.executeWithoutResult(status -> {
                List<Object[]> rows = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    rows.add(new Object[] {ws, engagements.get(i % engagements.size()),
                        i < engagements.size() ? "FIRST" : "FOLLOW_UP", today.minusHours(random.nextInt(17_000)),
                        "Frau Kundin, Herr Kunde", i % 5 == 0 ? "EN" : "DE", current.revision(),
                        users.get(i % users.size()), now});
                }
                jdbc.batchUpdate("insert into conversation (workspace_id, engagement_id, kind, held_at, participants,"
                        + " language, guide_revision, created_by, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", rows);
                List<Long> ids = newest(jdbc.queryForList("select id from conversation where workspace_id = ?"
                        + " order by id desc limit ?", Long.class, ws, to - from));
                List<Object[]> topicRows = new ArrayList<>();
                for (long conversation : ids) {
                    int position = 0;
                    for (GuideView.Topic topic : topics) {
                        boolean noted = random.nextInt(10) < 6;
                        String questionLines = String.join("\n",
                                topic.visibleQuestions().stream().map(GuideView.Question::text).toList());
                        topicRows.add(new Object[] {ws, conversation, position++, topic.key(), topic.title(),
                            questionLines, topic.openPhrase(),
                            noted ? "- Kundin sagt: " + topic.title() + " ist wichtig\n- Nächster Schritt klären" : null,
                            noted ? (random.nextBoolean() ? "SETTLED" : "TOUCHED") : "OPEN", noted ? now : null});
                    }
                }
                jdbc.batchUpdate("insert into conversation_topic (workspace_id, conversation_id, position, topic_key,"
                        + " title, questions, open_phrase, notes, marked, notes_saved_at, notes_version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", topicRows);
                List<Object[]> questionRows = new ArrayList<>();
                List<Boolean> briefed = new ArrayList<>();
                for (int c = 0; c < ids.size(); c++) {
                    long engagement = engagements.get((from + c) % engagements.size());
                    for (int q = 0; q < QUESTIONS_PER_CONVERSATION; q++) {
                        // a question's status comes from its trail: the brief published for it answers it
                        briefed.add(q < WITH_BRIEF_PER_CONVERSATION);
                        questionRows.add(new Object[] {ws, engagement, ids.get(c),
                            QUESTIONS[(from + c + q) % QUESTIONS.length], "Frau Kundin",
                            today.minusHours(random.nextInt(17_000)), now});
                    }
                }
                jdbc.batchUpdate("insert into client_question (workspace_id, engagement_id, conversation_id, text,"
                        + " asked_by, asked_at, created_at, version) values (?, ?, ?, ?, ?, ?, ?, 0)", questionRows);
                List<Long> questionIds = newest(jdbc.queryForList("select id from client_question where"
                        + " workspace_id = ? order by id desc limit ?", Long.class, ws, questionRows.size()));
                for (int k = 0; k < questionIds.size(); k++) {
                    Object[] row = questionRows.get(k);
                    if (briefed.get(k)) {
                        withBrief.add(new LoadQuestionsCreated.Asked(questionIds.get(k), (Long) row[1],
                                (String) row[3], (from + k / QUESTIONS_PER_CONVERSATION) % 5 == 0 ? Language.EN
                                        : Language.DE));
                    }
                }
            });
        }
        events.publishEvent(new LoadQuestionsCreated(ws, users, List.copyOf(withBrief)));
    }

    /** The ids just inserted, read newest first, back in insertion order. */
    private static List<Long> newest(List<Long> descending) {
        List<Long> ids = new ArrayList<>(descending);
        java.util.Collections.reverse(ids);
        return ids;
    }
}
