package dev.augenhoehe.sharing;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.clients.EngagementRef;
import dev.augenhoehe.clients.Engagements;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The client responses across the workspace, the eye-level score, and the sharing settings (expiry, logo). */
@Controller
class SharingPagesController {

    static final String RESPONSES = "sharing/responses";
    static final String RESPONSE_LIST = "sharing/responses :: list";
    static final String SCORE = "sharing/score";
    static final String SETTINGS = "sharing/settings";

    private final ShareService shares;
    private final Engagements engagements;
    private final SharingSettings settings;
    private final LogoCheck logos;

    SharingPagesController(ShareService shares, Engagements engagements, SharingSettings settings,
            LogoCheck logos) {
        this.shares = shares;
        this.engagements = engagements;
        this.settings = settings;
        this.logos = logos;
    }

    @GetMapping("/responses")
    String responses(@AuthenticationPrincipal SignedInUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        List<ClientResponse> recent = shares.recentResponses(user.workspaceId());
        Map<Long, EngagementRef> refs = engagements.findAll(user.workspaceId(),
                recent.stream().map(ClientResponse::engagementId).distinct().toList());
        model.addAttribute("responses", recent);
        model.addAttribute("engagements", refs);
        model.addAttribute("unread", shares.unread(user.workspaceId()));
        return htmx != null ? RESPONSE_LIST : RESPONSES;
    }

    @PostMapping("/responses/read")
    String markAllRead(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        shares.markRead(user.workspaceId(), shares.recentResponses(user.workspaceId()));
        redirect.addFlashAttribute("flash", "sharing.flash.allRead");
        return "redirect:/responses";
    }

    /** Owners see every consultant's score, consultants their own. */
    @GetMapping("/sharing/score")
    String score(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("scores", shares.scores(user));
        return SCORE;
    }

    @GetMapping("/settings/sharing")
    String settings(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("expiryDays", settings.defaultExpiryDays(user.workspaceId()));
        model.addAttribute("hasLogo", settings.logo(user.workspaceId()).isPresent());
        return SETTINGS;
    }

    @GetMapping("/settings/sharing/logo")
    org.springframework.http.ResponseEntity<byte[]> logo(@AuthenticationPrincipal SignedInUser user) {
        return settings.logo(user.workspaceId())
                .map(l -> org.springframework.http.ResponseEntity.ok()
                        .contentType(org.springframework.http.MediaType.parseMediaType(l.contentType()))
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                        .body(l.bytes()))
                .orElseThrow(dev.augenhoehe.system.NotFoundException::new);
    }

    @PostMapping("/settings/sharing")
    @PreAuthorize("hasRole('OWNER')")
    String saveSettings(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer expiryDays,
            RedirectAttributes redirect) {
        if (expiryDays == null || expiryDays < 0 || expiryDays > 365) {
            redirect.addFlashAttribute("flashError", "sharing.form.expiryRange");
        } else {
            settings.setDefaultExpiryDays(user.workspaceId(), expiryDays);
            redirect.addFlashAttribute("flash", "sharing.flash.settings");
        }
        return "redirect:/settings/sharing";
    }

    @PostMapping("/settings/sharing/logo")
    @PreAuthorize("hasRole('OWNER')")
    String uploadLogo(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) MultipartFile logo,
            @RequestParam(defaultValue = "false") boolean remove, RedirectAttributes redirect) throws IOException {
        if (remove) {
            settings.setLogo(user.workspaceId(), null);
            redirect.addFlashAttribute("flash", "sharing.flash.logoRemoved");
            return "redirect:/settings/sharing";
        }
        LogoCheck.Result checked = logos.check(logo);
        if (checked.problem() != null) {
            redirect.addFlashAttribute("flashError", checked.problem());
        } else {
            settings.setLogo(user.workspaceId(), checked.logo());
            redirect.addFlashAttribute("flash", "sharing.flash.logoSaved");
        }
        return "redirect:/settings/sharing";
    }
}
