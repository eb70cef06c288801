package dev.augenhoehe.conversations;

import java.util.List;

/** The workspace guide in one language, as pages show it and as a conversation copies it. */
record GuideView(int revision, List<Topic> topics) {

    record Topic(long id, String key, String title, String openPhrase, boolean hidden, boolean custom,
            List<Question> questions) {

        public List<Question> visibleQuestions() {
            return questions.stream().filter(q -> !q.hidden()).toList();
        }
    }

    record Question(long id, String text, boolean hidden) {
    }

    public List<Topic> visibleTopics() {
        return topics.stream().filter(t -> !t.hidden()).toList();
    }
}
