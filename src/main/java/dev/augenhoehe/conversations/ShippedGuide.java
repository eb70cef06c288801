package dev.augenhoehe.conversations;

import dev.augenhoehe.language.Language;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The guide that ships with the app, read from {@code conversations/guide-v1_<lang>.properties}. A workspace's
 * guide refers to these texts by key until its owner writes their own.
 */
@Component
class ShippedGuide {

    static final String VERSION = "v1";

    record Question(String key, Map<Language, String> text) {
    }

    record Topic(String key, Map<Language, String> title, Map<Language, String> openPhrase,
            List<Question> questions) {
    }

    private final List<Topic> topics;
    private final Map<String, String> textByKey = new java.util.HashMap<>();

    ShippedGuide() {
        Map<Language, Properties> files = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            files.put(language, load("conversations/guide-" + VERSION + "_" + language.code() + ".properties"));
        }
        List<Topic> loaded = new ArrayList<>();
        for (String key : files.get(Language.EN).getProperty("topics").split(",")) {
            String topic = key.strip();
            List<Question> questions = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                String questionKey = topic + ".q" + i;
                if (files.get(Language.EN).containsKey(questionKey)) {
                    questions.add(new Question(questionKey, texts(files, questionKey)));
                }
            }
            loaded.add(new Topic(topic, texts(files, topic + ".title"), texts(files, topic + ".open"),
                    List.copyOf(questions)));
        }
        this.topics = List.copyOf(loaded);
        files.forEach((language, properties) -> properties.stringPropertyNames()
                .forEach(name -> textByKey.put(language.code() + ":" + name, properties.getProperty(name))));
    }

    List<Topic> topics() {
        return topics;
    }

    /** The shipped text for a key ({@code budget.title}, {@code budget.q1}) in the given language. */
    String text(String key, Language language) {
        String text = textByKey.get(language.code() + ":" + key);
        return text != null ? text : textByKey.getOrDefault("en:" + key, key);
    }

    /**
     * A conversation copies the guide in its own language, so a German conversation holds "Wer abnimmt: unbekannt".
     * Someone reading in English should see the shipped English words; text the team wrote itself stays as written. The reader is the
     * request's locale (the signed-in person's language).
     */
    CoverageSummary.Wording forReader() {
        Language reader = Language.of(LocaleContextHolder.getLocale());
        return (topicKey, field, copied) -> {
            for (Language language : Language.values()) {
                if (copied != null && copied.equals(textByKey.get(language.code() + ":" + topicKey + "." + field))) {
                    return text(topicKey + "." + field, reader);
                }
            }
            return copied;
        };
    }

    private static Map<Language, String> texts(Map<Language, Properties> files, String key) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        files.forEach((language, properties) -> {
            String text = properties.getProperty(key);
            if (text == null || text.isBlank()) {
                throw new IllegalStateException("The shipped guide lacks " + key + " in " + language);
            }
            texts.put(language, text.strip());
        });
        return texts;
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped guide " + path, e);
        }
        return properties;
    }
}
