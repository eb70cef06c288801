package dev.augenhoehe.operations;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.operations.ClientErasure.Preview;
import dev.augenhoehe.system.NotFoundException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasing a client on the client's request (GDPR Art. 17): a page that says what goes and what stays, confirmed by
 * typing the client's name, and the workspace's record of erasures. Owner only: it cannot be undone.
 */
@Controller
@PreAuthorize("hasRole('OWNER')")
class ClientErasureController {

    static final String ERASE = "operations/erase";
    static final String ERASURES = "operations/erasures";

    private final ClientErasure erasure;
    private final BackupProperties backups;
    private final MessageSource messages;

    ClientErasureController(ClientErasure erasure, BackupProperties backups, MessageSource messages) {
        this.erasure = erasure;
        this.backups = backups;
        this.messages = messages;
    }

    @GetMapping("/clients/{id}/erase")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        model.addAttribute("preview", preview(user, id));
        return ERASE;
    }

    @PostMapping("/clients/{id}/erase")
    String erase(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(name = "confirmName", required = false) String confirmName, Locale locale, Model model,
            RedirectAttributes redirect) {
        Preview preview = preview(user, id);
        if (preview.erased().isPresent()) {
            model.addAttribute("preview", preview);
            return ERASE;
        }
        if (confirmName == null || !normal(confirmName).equals(normal(preview.name()))) {
            model.addAttribute("preview", preview);
            model.addAttribute("confirmName", confirmName);
            model.addAttribute("problem", "operations.erase.nameMismatch");
            return ERASE;
        }
        String placeholder = messages.getMessage("operations.erase.placeholder",
                new Object[] {LocalDate.now(ZoneId.systemDefault()).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))},
                locale);
        try {
            erasure.erase(user.workspaceId(), id, user.userId(), user.name(), placeholder);
        } catch (ClientErasure.AlreadyErased raced) {
            // a second tab or a colleague was quicker: the result is the same
        }
        redirect.addFlashAttribute("flash", "operations.erase.done");
        return "redirect:/settings/erasures";
    }

    @GetMapping("/settings/erasures")
    String erasures(@AuthenticationPrincipal SignedInUser user, Model model) {
        Duration gone = backupsGoneAfter();
        ZoneId zone = ZoneId.systemDefault();
        model.addAttribute("erasures", erasure.list(user.workspaceId()).stream().map(e -> new Row(e.clientId(),
                LocalDateTime.ofInstant(e.erasedAt(), zone), e.erasedByName(), sum(e.removed()), sum(e.kept()),
                LocalDate.ofInstant(e.erasedAt().plus(gone), zone))).toList());
        return ERASURES;
    }

    /** One erasure as the page lists it. */
    record Row(long clientId, LocalDateTime at, String by, int removed, int kept, LocalDate backupsGoneBy) {
    }

    private static int sum(java.util.Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How long a backup made before an erasure can survive the thinning out: the daily ones, then the weekly. */
    Duration backupsGoneAfter() {
        return Duration.ofDays(backups.keepDaily() + 7L * (backups.keepWeekly() + 1));
    }

    private Preview preview(SignedInUser user, long id) {
        return erasure.preview(user.workspaceId(), id).orElseThrow(NotFoundException::new);
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
