package dev.augenhoehe.conversations;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.system.KeptFragments;
import dev.augenhoehe.system.Markdown;
import dev.augenhoehe.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a conversation, its summary page, the live meeting view, and saving notes and coverage as you go. */
@Controller
class ConversationController {

    static final String FORM = "conversations/form";
    static final String SUMMARY = "conversations/conversation";
    static final String KEPT_SUMMARY = "summary";
    static final String LIVE = "conversations/live";
    static final String SAVED = "conversations/live :: saved";
    static final String COVERAGE_CONTROL = "conversations/live :: coverageControl";

    private final ConversationService conversations;
    private final ClientQuestions questions;
    private final Engagements engagements;
    private final Markdown markdown;
    private final ShippedGuide shipped;
    private final KeptFragments kept;

    ConversationController(ConversationService conversations, ClientQuestions questions, Engagements engagements,
            Markdown markdown, ShippedGuide shipped, KeptFragments kept) {
        this.kept = kept;
        this.conversations = conversations;
        this.questions = questions;
        this.engagements = engagements;
        this.markdown = markdown;
        this.shipped = shipped;
    }

    @GetMapping("/engagements/{engagementId}/conversations/new")
    String newConversation(@AuthenticationPrincipal SignedInUser user, @PathVariable long engagementId,
            Model model) {
        EngagementRef engagement = engagement(user, engagementId);
        boolean first = conversations.ofEngagement(user.workspaceId(), engagementId).isEmpty();
        model.addAttribute("engagement", engagement);
        model.addAttribute("conversationForm", new ConversationForm(
                first ? ConversationKind.FIRST : ConversationKind.FOLLOW_UP,
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES), "", user.language()));
        return FORM;
    }

    @PostMapping("/engagements/{engagementId}/conversations")
    String start(@AuthenticationPrincipal SignedInUser user, @PathVariable long engagementId,
            @Valid @ModelAttribute("conversationForm") ConversationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        EngagementRef engagement = engagement(user, engagementId);
        if (result.hasErrors()) {
            model.addAttribute("engagement", engagement);
            return FORM;
        }
        Conversation conversation = conversations.start(user.workspaceId(), engagement, form, user.userId());
        redirect.addFlashAttribute("flash", "conversations.started");
        return "redirect:/conversations/" + conversation.id() + "/live";
    }

    @GetMapping("/conversations/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Conversation conversation = conversations.conversation(user.workspaceId(), id);
        model.addAttribute("engagement", engagement(user, conversation.engagementId()));
        model.addAttribute("conversation", conversation);
        model.addAttribute("conversationForm", new ConversationForm(conversation.kind(), conversation.heldAt(),
                conversation.participants(), conversation.language()));
        return FORM;
    }

    @PostMapping("/conversations/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("conversationForm") ConversationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Conversation conversation = conversations.conversation(user.workspaceId(), id);
        if (result.hasErrors()) {
            model.addAttribute("engagement", engagement(user, conversation.engagementId()));
            model.addAttribute("conversation", conversation);
            return FORM;
        }
        conversations.update(user.workspaceId(), id, form);
        redirect.addFlashAttribute("flash", "conversations.saved");
        return "redirect:/conversations/" + id;
    }

    @GetMapping("/conversations/{id}")
    String summary(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        prepare(user, id, model);
        // the notes as HTML and the questions are the page's work: kept until the workspace writes
        model.addAttribute("keptSummary", kept.render(new KeptFragments.Part(SUMMARY, KEPT_SUMMARY,
                user.workspaceId(), locale, id), () -> {
                    Map<String, Object> summary = new HashMap<>(model.asMap());
                    summary.putAll(topics(user, id));
                    // the summary shows each question's status, not its trail or topic: lines, not whole questions
                    summary.put("questions", questions.linesOfConversation(user.workspaceId(), id));
                    return summary;
                }, request, response));
        return SUMMARY;
    }

    @GetMapping("/conversations/{id}/live")
    String live(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        prepareLive(user, id, model);
        return LIVE;
    }

    /**
     * Called by the notes field as the consultant types. Answers with the save state, never a whole page.
     * {@code notesVersion} names the stored notes the text started from; if someone saved other notes since, nothing
     * is written and the answer (409) shows their text next to the field, which still holds this one.
     */
    @PostMapping("/conversations/{id}/topics/{topicId}/notes")
    String saveNotes(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long topicId,
            @RequestParam(defaultValue = "") String notes, @RequestParam(required = false) String notesVersion,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
            HttpServletResponse response) {
        ConversationTopic topic = conversations.topic(user.workspaceId(), id, topicId);
        if (notes.length() > ConversationTopic.MAX_NOTES) {
            // 422 tells the page "don't retry, this needs the consultant": the text stays in their browser
            response.setStatus(422);
            model.addAttribute("topic", topic);
            model.addAttribute("saveProblem", "conversations.notes.tooLong");
            return SAVED;
        }
        ConversationService.NotesSave save = conversations.saveNotes(user.workspaceId(), id, topicId, notes,
                number(notesVersion));
        if (save instanceof ConversationService.NotesSave.Conflict conflict) {
            response.setStatus(409);
            NotesConflict shown = new NotesConflict(topicId, conflict.topic().notes() == null ? ""
                    : conflict.topic().notes(), conflict.topic().notesVersion(), conflict.yours());
            model.addAttribute("notesConflict", shown);
            if (htmx == null) {
                prepareLive(user, id, model);
                return LIVE;
            }
            model.addAttribute("topic", conflict.topic());
            return SAVED;
        }
        if (htmx == null) {
            return "redirect:/conversations/" + id + "/live#topic-" + topicId;
        }
        model.addAttribute("conversation", conversations.conversation(user.workspaceId(), id));
        model.addAttribute("topic", save.topic());
        model.addAttribute("savedAt", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm", locale)));
        model.addAttribute("coverage", CoverageSummary.of(conversations.topics(user.workspaceId(), id), shipped.forReader()));
        return SAVED;
    }

    /** Their notes (stored, {@code theirVersion}) and yours (sent, not stored) for one topic. */
    record NotesConflict(long topicId, String theirs, int theirVersion, String yours) {
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @PostMapping("/conversations/{id}/topics/{topicId}/coverage")
    String mark(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long topicId,
            @RequestParam(defaultValue = "") String coverage,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Coverage chosen = parse(coverage);
        ConversationTopic topic = chosen == null ? conversations.topic(user.workspaceId(), id, topicId)
                : conversations.mark(user.workspaceId(), id, topicId, chosen);
        if (htmx == null) {
            return "redirect:/conversations/" + id + "/live#topic-" + topicId;
        }
        model.addAttribute("conversation", conversations.conversation(user.workspaceId(), id));
        model.addAttribute("topic", topic);
        model.addAttribute("coverage", CoverageSummary.of(conversations.topics(user.workspaceId(), id), shipped.forReader()));
        return COVERAGE_CONTROL;
    }

    /** Read on every view: the conversation is the check that it is the viewer's workspace's. */
    private void prepare(SignedInUser user, long id, Model model) {
        Conversation conversation = conversations.conversation(user.workspaceId(), id);
        model.addAttribute("conversation", conversation);
        model.addAttribute("engagement", engagement(user, conversation.engagementId()));
    }

    private void prepareLive(SignedInUser user, long id, Model model) {
        prepare(user, id, model);
        model.addAllAttributes(topics(user, id));
        model.addAttribute("questions", questions.ofConversation(user.workspaceId(), id));
        model.addAttribute("questionForm", QuestionForm.empty());
    }

    private Map<String, Object> topics(SignedInUser user, long id) {
        List<ConversationTopic> topics = conversations.topics(user.workspaceId(), id);
        return Map.of("topics", topics, "coverage", CoverageSummary.of(topics, shipped.forReader()),
                "notesHtml", topics.stream().collect(java.util.stream.Collectors.toMap(
                        ConversationTopic::id, topic -> markdown.html(topic.notes()))));
    }

    private EngagementRef engagement(SignedInUser user, long engagementId) {
        return engagements.find(user.workspaceId(), engagementId).orElseThrow(NotFoundException::new);
    }

    private static Coverage parse(String value) {
        try {
            return Coverage.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
