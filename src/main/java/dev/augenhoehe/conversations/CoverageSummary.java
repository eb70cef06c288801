package dev.augenhoehe.conversations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is still open, in sentences a person would say ("Budget: not discussed yet"). Built from one conversation or,
 * for an engagement, from all of them: a topic counts as far as the best conversation got.
 */
record CoverageSummary(int total, int open, int touched, int settled, List<Point> points) {

    /** One topic that still needs attention. {@code phraseKey} with {@code title} when there is no own sentence. */
    record Point(String topicKey, String title, Coverage coverage, String sentence, String phraseKey) {

        /** The coverage as a CSS class ("open", "touched"); ready here, as the list shows one per point. */
        public String css() {
            return coverage.name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The badge's message key. */
        public String badgeKey() {
            return "conversations.coverage." + coverage.name();
        }
    }

    /** What coverage reads of a topic: a conversation's topic, or only these columns of it (the dashboard's view). */
    interface Covered {
        int position();

        String topicKey();

        String title();

        String openPhrase();

        Coverage coverage();
    }

    /** A topic as the dashboard reads it: without its notes, only whether it has any. */
    record TopicCoverage(long workspaceId, long conversationId, int position, String topicKey, String title,
            String openPhrase, Coverage marked, boolean hasNotes) implements Covered {

        @Override
        public Coverage coverage() {
            return hasNotes ? marked.atLeast(Coverage.TOUCHED) : marked;
        }
    }

    /** How a topic's copied title and open phrase read for the person looking: shipped words in their language. */
    interface Wording {
        Wording AS_COPIED = (topicKey, field, copied) -> copied;

        String of(String topicKey, String field, String copied);
    }

    static CoverageSummary of(Collection<? extends Covered> topics) {
        return of(topics, Wording.AS_COPIED);
    }

    static CoverageSummary of(Collection<? extends Covered> topics, Wording wording) {
        Map<String, Covered> best = new LinkedHashMap<>();
        topics.stream().sorted(Comparator.comparingInt(Covered::position)).forEach(topic ->
                best.merge(topic.topicKey(), topic,
                        (a, b) -> b.coverage().compareTo(a.coverage()) > 0 ? b : a));
        int open = 0;
        int touched = 0;
        int settled = 0;
        List<Point> points = new ArrayList<>();
        for (Covered topic : best.values()) {
            String title = wording.of(topic.topicKey(), "title", topic.title());
            switch (topic.coverage()) {
                case OPEN -> {
                    open++;
                    points.add(topic.openPhrase() != null
                            ? new Point(topic.topicKey(), title, Coverage.OPEN,
                                    wording.of(topic.topicKey(), "open", topic.openPhrase()), null)
                            : new Point(topic.topicKey(), title, Coverage.OPEN, null,
                                    "conversations.coverage.notDiscussed"));
                }
                case TOUCHED -> {
                    touched++;
                    points.add(new Point(topic.topicKey(), title, Coverage.TOUCHED, null,
                            "conversations.coverage.notSettled"));
                }
                case SETTLED -> settled++;
            }
        }
        // open topics first: they are the ones to raise next
        points.sort(Comparator.comparing(Point::coverage));
        return new CoverageSummary(best.size(), open, touched, settled, List.copyOf(points));
    }

    public boolean isComplete() {
        return total > 0 && settled == total;
    }
}
