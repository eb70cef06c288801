package dev.augenhoehe.knowledge;

import dev.augenhoehe.accounts.Directory;
import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.language.Category;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's view of what the team dismissed, per rule and most dismissed first: a rule that many consultants
 * dismiss for many clients probably misfires. The owner removes a dismissal or widens a "not meant that way" to the
 * whole workspace.
 */
@Controller
@PreAuthorize("hasRole('OWNER')")
class DismissalsPageController {

    static final String VIEW = "knowledge/dismissals";
    static final String LIST = VIEW + " :: list";
    static final String PATH = "/settings/klartext";

    private final KlartextDismissals dismissals;
    private final Directory directory;
    private final MessageSource messages;

    DismissalsPageController(KlartextDismissals dismissals, Directory directory, MessageSource messages) {
        this.dismissals = dismissals;
        this.directory = directory;
        this.messages = messages;
    }

    /** One dismissal as the page shows it. {@code client} null: the whole workspace. */
    record Item(long id, String shown, String client, String reason, String by, LocalDate at, boolean widenable) {
    }

    /** One rule: what it looks for, how often and for how many clients it was dismissed. */
    record RuleSummary(String rule, String category, String description, int dismissals, int clients,
            boolean wholeWorkspace, List<Item> items) {
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal SignedInUser user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        model.addAttribute("rules", summaries(user, locale));
        return htmx != null ? LIST : VIEW;
    }

    @PostMapping(PATH + "/{id}/delete")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        dismissals.remove(user.workspaceId(), id);
        return after(user, htmx, "knowledge.dismissals.removed", model, locale, redirect);
    }

    @PostMapping(PATH + "/{id}/widen")
    String widen(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale,
            RedirectAttributes redirect) {
        dismissals.widen(user.workspaceId(), id, user.userId());
        return after(user, htmx, "knowledge.dismissals.widened", model, locale, redirect);
    }

    private String after(SignedInUser user, String htmx, String message, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (htmx == null) {
            redirect.addFlashAttribute("flash", message);
            return "redirect:" + PATH;
        }
        model.addAttribute("rules", summaries(user, locale));
        model.addAttribute("done", message);
        return LIST;
    }

    private List<RuleSummary> summaries(SignedInUser user, Locale locale) {
        long workspace = user.workspaceId();
        List<DismissalRow> rows = dismissals.all(workspace);
        Map<Long, String> clients = dismissals.clientNames(workspace,
                rows.stream().map(DismissalRow::clientId).filter(c -> c != null).distinct().toList());
        Map<Long, String> people = new HashMap<>();
        Map<String, List<DismissalRow>> byRule = new LinkedHashMap<>();
        rows.forEach(r -> byRule.computeIfAbsent(r.rule(), k -> new ArrayList<>()).add(r));
        List<RuleSummary> out = new ArrayList<>();
        byRule.forEach((rule, list) -> {
            List<Item> items = list.stream().map(r -> new Item(r.id(),
                    dismissals.shown(workspace, r.subject(), user.language()),
                    r.wholeWorkspace() ? null : clients.getOrDefault(r.clientId(), "–"), r.reason().id(),
                    people.computeIfAbsent(r.createdBy(), directory::name),
                    LocalDate.ofInstant(r.createdAt(), ZoneId.systemDefault()),
                    !r.wholeWorkspace() && r.reason() == DismissalReason.NOT_MEANT
                            && list.stream().noneMatch(o -> o.wholeWorkspace() && o.subject().equals(r.subject()))))
                    .toList();
            int clientCount = (int) list.stream().map(DismissalRow::clientId).filter(c -> c != null).distinct().count();
            String category = "knowledge.klartext.category." + category(rule).id();
            String description = messages.getMessage("knowledge.dismissals.rule." + rule, null,
                    messages.getMessage(category, null, locale), locale);
            out.add(new RuleSummary(rule, category, description, list.size(), clientCount,
                    list.stream().anyMatch(DismissalRow::wholeWorkspace), items));
        });
        out.sort(Comparator.comparingInt(RuleSummary::dismissals).reversed().thenComparing(RuleSummary::rule));
        return out;
    }

    /** The category a rule id belongs to ({@code tone.trust-me} → talking down). */
    static Category category(String rule) {
        Category exact = Category.byId(rule);
        if (exact != null) {
            return exact;
        }
        if (rule.startsWith("jargon.")) {
            return Category.UNEXPLAINED_JARGON;
        }
        if (rule.startsWith("tone.")) {
            return Category.CONDESCENDING;
        }
        if (rule.startsWith("answer.")) {
            return Category.BARE_ANSWER;
        }
        if (rule.startsWith("length.")) {
            return Category.MONOLOGUE;
        }
        return rule.startsWith("readability.") ? Category.HARD_TO_READ : Category.LONG_SENTENCE;
    }
}
