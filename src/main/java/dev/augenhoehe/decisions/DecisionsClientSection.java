package dev.augenhoehe.decisions;

import dev.augenhoehe.language.Language;
import dev.augenhoehe.sharing.ClientPageSection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The decision log on the client's page, in plain language and the share's language: "On 3 March 2026 you chose …
 * because …. Replaced on …". The sentences are made here, so the page only prints text (escaped, never Markdown).
 */
@Component
class DecisionsClientSection implements ClientPageSection {

    static final int MAX_REASONS = 400;

    /** One decision told to the client; {@code replaced} is empty while it is in force. */
    record Entry(String number, String title, String sentence, String replaced) {
    }

    record Data(String heading, String intro, List<Entry> entries) {
    }

    private final DecisionService service;
    private final MessageSource messages;

    DecisionsClientSection(DecisionService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Content> content(long workspaceId, long engagementId, Language language) {
        List<DecisionView> all = service.ofEngagement(workspaceId, engagementId);
        Locale locale = language == Language.EN ? Locale.ENGLISH : Locale.GERMAN;
        Map<Long, DecisionView> byId = DecisionPages.byId(all);
        List<Entry> entries = new ArrayList<>();
        all.stream().filter(d -> d.status().wasTaken())
                .sorted(Comparator.comparing((DecisionView d) -> d.fields().date(),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingInt(DecisionView::number))
                .forEach(d -> entries.add(entry(d, byId, locale)));
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Content("decisions/client", "decisionLog", new Data(
                text("decisions.client.heading", locale), text("decisions.client.intro", locale), entries)));
    }

    Entry entry(DecisionView d, Map<Long, DecisionView> byId, Locale locale) {
        DecisionFields f = d.fields();
        String date = date(f.date(), locale);
        String what = f.chosen().isEmpty() ? f.title() : f.chosen();
        String reasons = plain(f.reasons());
        String key = d.confirmation() != null ? "decisions.client.youChose"
                : f.wasInherited() ? "decisions.client.before" : "decisions.client.decided";
        String sentence = messages.getMessage(key + (reasons.isEmpty() ? "" : "Because"),
                new Object[] {date, what, reasons, f.source()}, locale);
        String replaced = "";
        if (d.status() == DecisionStatus.SUPERSEDED) {
            DecisionView by = d.linked(LinkType.SUPERSEDED_BY).stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (by != null) {
                LocalDate when = d.history().stream().filter(e -> e.linkType() == LinkType.SUPERSEDED_BY)
                        .reduce((a, b) -> b).map(e -> LocalDate.ofInstant(e.recordedAt(), ClientChoiceRecorder.ZONE))
                        .orElse(by.fields().date());
                replaced = messages.getMessage("decisions.client.replaced", new Object[] {date(when, locale),
                        by.fields().chosen().isEmpty() ? by.fields().title() : by.fields().chosen()}, locale);
            }
        } else if (d.status() == DecisionStatus.DEPRECATED) {
            replaced = text("decisions.client.deprecated", locale);
        }
        return new Entry(d.numberLabel(), f.title(), sentence, replaced);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static String date(LocalDate date, Locale locale) {
        return date == null ? "—" : date.format(DateTimeFormatter.ofPattern(
                Locale.GERMAN.getLanguage().equals(locale.getLanguage()) ? "d. MMMM yyyy" : "d MMMM yyyy", locale));
    }

    /** Reasons as one short plain line: Markdown marks and line breaks out, so the sentence reads as a sentence. */
    static String plain(String markdown) {
        String text = markdown.replaceAll("(?m)^\\s*(#+|[*+-]|\\d+[.)]|>)\\s+", "").replaceAll("[*_`]+", "")
                .replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("\\s+", " ").strip();
        text = text.replaceAll("[.!?]+$", "");
        return text.length() > MAX_REASONS ? text.substring(0, MAX_REASONS).strip() + " …" : text;
    }

    static ZoneId zone() {
        return ClientChoiceRecorder.ZONE;
    }
}
