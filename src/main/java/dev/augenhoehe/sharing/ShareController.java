package dev.augenhoehe.sharing;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.briefs.PublishedBriefs;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import dev.augenhoehe.conversations.ClientQuestion;
import dev.augenhoehe.conversations.ClientQuestions;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The consultant's side: compose a share from an engagement, look at its link and what the client answered, edit
 * (a new frozen version), revoke, rotate, PIN and expiry, confirm a choice, download the PDF.
 */
@Controller
class ShareController {

    static final String COMPOSE = "sharing/compose";
    static final String DETAIL = "sharing/share";
    static final String RESPONSES = "sharing/share :: responses";

    /** A published brief the consultant can put into a share. */
    record Available(String value, long briefId, int version, String question) {
    }

    private final ShareService shares;
    private final Engagements engagements;
    private final ClientQuestions questions;
    private final PublishedBriefs published;
    private final PublishedBriefIndex index;
    private final RecapDraft recaps;
    private final ShareOpens opens;
    private final ClientPages pages;
    private final SharePdf pdf;
    private final ShareMail mail;

    ShareController(ShareService shares, Engagements engagements, ClientQuestions questions,
            PublishedBriefs published, PublishedBriefIndex index, RecapDraft recaps, ShareOpens opens,
            ClientPages pages, SharePdf pdf, ShareMail mail) {
        this.shares = shares;
        this.engagements = engagements;
        this.questions = questions;
        this.published = published;
        this.index = index;
        this.recaps = recaps;
        this.opens = opens;
        this.pages = pages;
        this.pdf = pdf;
        this.mail = mail;
    }

    @GetMapping("/engagements/{id}/shares/new")
    String compose(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Language language, Model model) {
        EngagementRef engagement = engagement(user, id);
        Language lang = language == null ? Language.DE : language;
        List<Available> available = available(user.workspaceId(), id);
        ShareForm form = new ShareForm(engagement.title(), lang, recaps.draft(user.workspaceId(), id, lang), "",
                available.stream().map(Available::value).toList(), null, "", "");
        return composeView(user, engagement, form, null, model);
    }

    @PostMapping("/engagements/{id}/shares")
    String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("shareForm") ShareForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        EngagementRef engagement = engagement(user, id);
        form.validate(result);
        if (result.hasErrors()) {
            return composeView(user, engagement, form, null, model);
        }
        ShareService.Issued issued = shares.compose(user.workspaceId(), engagement, user.userId(), user.name(), form);
        redirect.addFlashAttribute("issuedLink", pages.baseUrl(request) + "/s/" + issued.token());
        redirect.addFlashAttribute("flash", "sharing.flash.created");
        return "redirect:" + issued.share().path();
    }

    @GetMapping("/shares/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Share share = shares.share(user.workspaceId(), id);
        List<ClientResponse> responses = shares.responsesOf(share.id());
        prepare(user, share, responses, model);
        shares.markRead(user.workspaceId(), responses);
        return htmx != null ? RESPONSES : DETAIL;
    }

    @GetMapping("/shares/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Share share = shares.share(user.workspaceId(), id);
        ShareVersion current = shares.load(share, share.currentVersion()).version();
        ShareForm form = new ShareForm(share.title(), share.language(), current.recap(), current.message(),
                current.briefs().stream().map(b -> b.briefId() + ":" + b.briefVersion()).toList(), null, "", "");
        return composeView(user, engagement(user, share.engagementId()), form, share, model);
    }

    @PostMapping("/shares/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @ModelAttribute("shareForm") ShareForm form, BindingResult result,
            @RequestParam(defaultValue = "false") boolean moveLink, Model model, RedirectAttributes redirect) {
        Share share = shares.share(user.workspaceId(), id);
        form.validate(result);
        if (result.hasErrors()) {
            return composeView(user, engagement(user, share.engagementId()), form, share, model);
        }
        shares.edit(user.workspaceId(), id, user.userId(), form, moveLink);
        redirect.addFlashAttribute("flash", moveLink ? "sharing.flash.updatedMoved" : "sharing.flash.updated");
        return "redirect:" + share.path();
    }

    @PostMapping("/shares/{id}/move")
    String move(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @RequestParam int version,
            RedirectAttributes redirect) {
        Share share = shares.moveLink(user.workspaceId(), id, version);
        redirect.addFlashAttribute("flash", "sharing.flash.moved");
        return "redirect:" + share.path();
    }

    @PostMapping("/shares/{id}/revoke")
    String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
        Share share = shares.revoke(user.workspaceId(), id);
        redirect.addFlashAttribute("flash", "sharing.flash.revoked");
        return "redirect:" + share.path();
    }

    @PostMapping("/shares/{id}/rotate")
    String rotate(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect,
            HttpServletRequest request) {
        ShareService.Issued issued = shares.rotate(user.workspaceId(), id);
        redirect.addFlashAttribute("issuedLink", pages.baseUrl(request) + "/s/" + issued.token());
        redirect.addFlashAttribute("flash", "sharing.flash.rotated");
        return "redirect:" + issued.share().path();
    }

    @PostMapping("/shares/{id}/expiry")
    String expiry(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer days, RedirectAttributes redirect) {
        if (days != null && (days < 0 || days > 365)) {
            redirect.addFlashAttribute("flashError", "sharing.form.expiryRange");
        } else {
            shares.setExpiry(user.workspaceId(), id, days);
            redirect.addFlashAttribute("flash", "sharing.flash.expiry");
        }
        return "redirect:/shares/" + id;
    }

    @PostMapping("/shares/{id}/pin")
    String pin(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String pin, RedirectAttributes redirect) {
        try {
            shares.setPin(user.workspaceId(), id, pin);
            redirect.addFlashAttribute("flash", pin == null || pin.isBlank() ? "sharing.flash.pinRemoved"
                    : "sharing.flash.pinSet");
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("flashError", "sharing.form.pinRule");
        }
        return "redirect:/shares/" + id;
    }

    @PostMapping("/shares/{id}/mail")
    String mailLink(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) String link, @RequestParam(required = false) String to,
            RedirectAttributes redirect) {
        Share share = shares.share(user.workspaceId(), id);
        String token = link == null ? "" : link.substring(link.lastIndexOf('/') + 1);
        boolean ownLink = Tokens.wellFormed(token) && Tokens.same(share.tokenHash(), Tokens.sha256(token));
        if (!ownLink || !mail.available() || !ShareMail.plausibleAddress(to)) {
            redirect.addFlashAttribute("flashError", "sharing.mail.failed");
        } else {
            mail.sendLink(share, to.strip(), link);
            redirect.addFlashAttribute("flash", "sharing.mail.sent");
        }
        return "redirect:/shares/" + id;
    }

    @PostMapping("/responses/{id}/confirm")
    String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        ClientResponse confirmed = shares.confirm(user, id);
        Share share = shares.share(user.workspaceId(), confirmed.shareId());
        if (htmx != null) {
            prepare(user, share, shares.responsesOf(share.id()), model);
            return RESPONSES;
        }
        redirect.addFlashAttribute("flash", "sharing.flash.confirmed");
        return "redirect:" + share.path();
    }

    @GetMapping("/shares/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            HttpServletRequest request) {
        Share share = shares.share(user.workspaceId(), id);
        ClientPage page = pages.build(shares.load(share, share.currentVersion()), shares.responsesOf(share.id()));
        return pdfResponse(page, pdf.render(page, Locale.forLanguageTag(share.language().code()), null));
    }

    /** One published brief version on its own, for the consultant (no link, no share). */
    @GetMapping("/sharing/briefs/{briefId}/versions/{version}/pdf")
    ResponseEntity<byte[]> briefPdf(@AuthenticationPrincipal SignedInUser user, @PathVariable long briefId,
            @PathVariable int version) {
        PublishedBriefs.PublishedVersion found = published.version(user.workspaceId(), briefId, version)
                .orElseThrow(NotFoundException::new);
        ClientQuestion question = questions.find(user.workspaceId(), found.questionId())
                .orElseThrow(NotFoundException::new);
        ClientPage page = pages.single(user.workspaceId(), question.engagementId(), user.name(), found);
        return pdfResponse(page, pdf.render(page, Locale.forLanguageTag(found.content().language().code()), null));
    }

    private static ResponseEntity<byte[]> pdfResponse(ClientPage page, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + SharePdf.fileName(page) + "\"")
                .body(bytes);
    }

    private void prepare(SignedInUser user, Share share, List<ClientResponse> responses, Model model) {
        EngagementRef engagement = engagement(user, share.engagementId());
        ShareService.Loaded current = shares.load(share, share.currentVersion());
        List<ShareVersion> versions = shares.versions(share.id());
        Map<Long, Integer> latest = index.latestVersions(user.workspaceId(),
                current.version().briefs().stream().map(ShareVersion.BriefRef::briefId).toList());
        Map<Long, String> briefQuestions = current.briefs().stream().collect(Collectors.toMap(
                PublishedBriefs.PublishedVersion::briefId, b -> b.content().question(), (a, b) -> a));
        model.addAttribute("share", share);
        model.addAttribute("engagement", engagement);
        model.addAttribute("current", current);
        model.addAttribute("versions", versions);
        model.addAttribute("newer", current.version().briefs().stream()
                .filter(b -> latest.getOrDefault(b.briefId(), 0) > b.briefVersion())
                .map(b -> new Available(b.briefId() + ":" + latest.get(b.briefId()), b.briefId(),
                        latest.get(b.briefId()), briefQuestions.getOrDefault(b.briefId(), "")))
                .toList());
        model.addAttribute("briefQuestions", briefQuestions);
        model.addAttribute("stats", opens.of(List.of(share.id())).getOrDefault(share.id(), ShareOpens.Stats.NEVER));
        model.addAttribute("responses", responses);
        model.addAttribute("now", shares.now());
        model.addAttribute("mailAvailable", mail.available());
    }

    private String composeView(SignedInUser user, EngagementRef engagement, ShareForm form, Share editing,
            Model model) {
        model.addAttribute("engagement", engagement);
        model.addAttribute("shareForm", form);
        model.addAttribute("editing", editing);
        model.addAttribute("available", available(user.workspaceId(), engagement.id()));
        model.addAttribute("conversations", recaps.conversations(user.workspaceId(), engagement.id()));
        model.addAttribute("selected", form.briefs());
        return COMPOSE;
    }

    private List<Available> available(long workspaceId, long engagementId) {
        Map<Long, ClientQuestion> asked = questions.ofEngagement(workspaceId, engagementId).stream()
                .collect(Collectors.toMap(ClientQuestion::id, Function.identity()));
        return index.latestForQuestions(workspaceId, asked.keySet()).stream()
                .map(e -> new Available(e.briefId() + ":" + e.version(), e.briefId(), e.version(),
                        asked.get(e.questionId()).text()))
                .toList();
    }

    private EngagementRef engagement(SignedInUser user, long id) {
        return engagements.find(user.workspaceId(), id).orElseThrow(NotFoundException::new);
    }
}
