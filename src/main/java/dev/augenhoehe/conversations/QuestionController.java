package dev.augenhoehe.conversations;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.system.NotFoundException;
import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Capturing the client's questions and moving them from open to answered to decided. */
@Controller
class QuestionController {

    static final String LIVE_QUESTIONS = "conversations/live :: questions";
    static final String DETAIL = "conversations/question";
    static final String DETAIL_STATUS = "conversations/question :: status";

    private final ClientQuestions questions;
    private final ConversationService conversations;
    private final Engagements engagements;

    QuestionController(ClientQuestions questions, ConversationService conversations, Engagements engagements) {
        this.questions = questions;
        this.conversations = conversations;
        this.engagements = engagements;
    }

    /** During a conversation: the live view's quick capture. */
    @PostMapping("/conversations/{id}/questions")
    String captureInConversation(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        Conversation conversation = conversations.conversation(user.workspaceId(), id);
        if (!result.hasErrors()) {
            questions.capture(user.workspaceId(), conversation.engagementId(), id, form.topicId(), form.text(),
                    form.askedBy());
        }
        if (htmx == null) {
            if (result.hasErrors()) {
                redirect.addFlashAttribute("flashError", "conversations.question.notCaptured");
            } else {
                redirect.addFlashAttribute("flash", "conversations.question.captured");
            }
            return "redirect:/conversations/" + id + "/live";
        }
        model.addAttribute("conversation", conversation);
        model.addAttribute("topics", conversations.topics(user.workspaceId(), id));
        model.addAttribute("questions", questions.ofConversation(user.workspaceId(), id));
        if (!result.hasErrors()) {
            // an empty form: keeping "who asked" made the next name run into the last ("Jens Hahn (IT)Maria Vogt");
            // the topic stays, the conversation is still on it
            model.addAttribute("questionForm", new QuestionForm("", "", form.topicId()));
            model.addAttribute("justCaptured", true);
        }
        return LIVE_QUESTIONS;
    }

    /** After a conversation, or from a phone call: straight on the engagement. */
    @PostMapping("/engagements/{engagementId}/questions")
    String captureInEngagement(@AuthenticationPrincipal SignedInUser user, @PathVariable long engagementId,
            @Valid @ModelAttribute("questionForm") QuestionForm form, BindingResult result,
            RedirectAttributes redirect) {
        EngagementRef engagement = engagements.find(user.workspaceId(), engagementId)
                .orElseThrow(NotFoundException::new);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("flashError", result.hasFieldErrors("text")
                    && form.text() != null && !form.text().isBlank()
                    ? "conversations.question.tooLong" : "conversations.question.notCaptured");
        } else {
            questions.capture(user.workspaceId(), engagement.id(), null, null, form.text(), form.askedBy());
            redirect.addFlashAttribute("flash", "conversations.question.captured");
        }
        return "redirect:/engagements/" + engagementId + "#questions";
    }

    @GetMapping("/questions/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ClientQuestion question = question(user, id);
        prepare(user, question, model);
        model.addAttribute("answerForm", lastAnswer(user, id));
        model.addAttribute("decisionForm", new DecisionForm(""));
        return htmx != null ? DETAIL_STATUS : DETAIL;
    }

    @PostMapping("/questions/{id}/answer")
    String answer(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ClientQuestion question = question(user, id);
        if (!result.hasErrors()) {
            try {
                questions.answer(user.workspaceId(), id, new Answer(form.answer(), form.reasons()), user.userId());
                redirect.addFlashAttribute("flash", "conversations.question.answered");
                return "redirect:/questions/" + id;
            } catch (QuestionRuleException e) {
                result.rejectValue(e.problem().field().equals("decision") ? "answer" : e.problem().field(),
                        e.problem().messageKey());
            }
        }
        prepare(user, question, model);
        model.addAttribute("decisionForm", new DecisionForm(""));
        return DETAIL;
    }

    @PostMapping("/questions/{id}/decide")
    String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ClientQuestion question = question(user, id);
        if (!result.hasErrors()) {
            try {
                questions.decide(user.workspaceId(), id, form.decision(), user.userId());
                redirect.addFlashAttribute("flash", "conversations.question.decided");
                return "redirect:/questions/" + id;
            } catch (QuestionRuleException e) {
                result.rejectValue("decision", e.problem().messageKey());
            }
        }
        prepare(user, question, model);
        model.addAttribute("answerForm", lastAnswer(user, id));
        return DETAIL;
    }

    /** Corrects the question's words or who asked; the trail keeps what it said before. */
    @PostMapping("/questions/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("editForm") QuestionEditForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ClientQuestion question = question(user, id);
        if (!result.hasErrors()) {
            ClientQuestions.Edit edit;
            try {
                edit = questions.edit(user.workspaceId(), id, form, user.userId());
            } catch (OptimisticLockingFailureException raced) {
                edit = new ClientQuestions.Edit.Conflict(questions.editForm(user.workspaceId(), id));
            }
            if (edit instanceof ClientQuestions.Edit.Saved saved) {
                redirect.addFlashAttribute("flash", saved.changed() ? "conversations.question.edited"
                        : "conversations.question.editUnchanged");
                return "redirect:/questions/" + id;
            }
            QuestionEditForm current = ((ClientQuestions.Edit.Conflict) edit).current();
            // their words on the page, ours still in the form, with their version so saving again is a choice
            model.addAttribute("editConflict", current);
            model.addAttribute("editForm", new QuestionEditForm(form.text(), form.askedBy(), current.version()));
            question = question(user, id);
        }
        model.addAttribute("editOpen", true);
        prepare(user, question, model);
        model.addAttribute("answerForm", lastAnswer(user, id));
        model.addAttribute("decisionForm", new DecisionForm(""));
        return DETAIL;
    }

    @PostMapping("/questions/{id}/reopen")
    String reopen(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        question(user, id);
        questions.reopen(user.workspaceId(), id, user.userId());
        redirect.addFlashAttribute("flash", "conversations.question.reopened");
        return "redirect:/questions/" + id;
    }

    private AnswerForm lastAnswer(SignedInUser user, long id) {
        return questions.lastAnswer(user.workspaceId(), id).map(AnswerForm::of).orElse(AnswerForm.EMPTY);
    }

    private ClientQuestion question(SignedInUser user, long id) {
        return questions.find(user.workspaceId(), id).orElseThrow(NotFoundException::new);
    }

    private void prepare(SignedInUser user, ClientQuestion question, Model model) {
        model.addAttribute("question", question);
        model.addAttribute("engagement", engagements.find(user.workspaceId(), question.engagementId())
                .orElseThrow(NotFoundException::new));
        if (!model.containsAttribute("editForm")) {
            model.addAttribute("editForm", questions.editForm(user.workspaceId(), question.id()));
        }
    }
}
