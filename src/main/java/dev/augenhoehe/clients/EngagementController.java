package dev.augenhoehe.clients;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.system.KeptFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

@Controller
class EngagementController {

    static final String LIST = "clients/engagements";
    static final String RESULTS = "clients/engagements :: results";
    static final String OVERVIEW = "clients/engagement";
    static final String KEPT_CONTENT = "content";
    static final String FORM = "clients/engagement-form";

    private final ClientService service;
    private final ClientSearch search;
    private final List<EngagementOverviewSection> sections;
    private final PreviousVendors vendors;
    private final KeptFragments kept;

    EngagementController(ClientService service, ClientSearch search, List<EngagementOverviewSection> sections,
            PreviousVendors vendors, KeptFragments kept) {
        this.vendors = vendors;
        this.kept = kept;
        this.service = service;
        this.search = search;
        this.sections = sections.stream().sorted(Comparator.comparingInt(EngagementOverviewSection::order)).toList();
    }

    @GetMapping("/engagements")
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ListFilter filter = ListFilter.from(params);
        Set<EngagementStatus> statuses = filter.status() == null ? EnumSet.allOf(EngagementStatus.class)
                : EnumSet.of(filter.status());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", EngagementStatus.values());
        model.addAttribute("result", search.engagements(user.workspaceId(), filter.q(), statuses, filter.archived(),
                filter.page()));
        return htmx != null ? RESULTS : LIST;
    }

    @GetMapping("/clients/{clientId}/engagements/new")
    String newEngagement(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
        model.addAttribute("client", service.client(user.workspaceId(), clientId));
        model.addAttribute("engagementForm", EngagementForm.empty());
        model.addAttribute("statuses", EngagementStatus.values());
        return FORM;
    }

    @PostMapping("/clients/{clientId}/engagements")
    String create(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
            @Valid @ModelAttribute("engagementForm") EngagementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Client client = service.client(user.workspaceId(), clientId);
        if (result.hasErrors()) {
            model.addAttribute("client", client);
            model.addAttribute("statuses", EngagementStatus.values());
            return FORM;
        }
        Engagement engagement = service.createEngagement(user.workspaceId(), clientId, form);
        redirect.addFlashAttribute("flash", "engagements.created");
        return "redirect:/engagements/" + engagement.id();
    }

    @GetMapping("/engagements/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Locale locale,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        // read on every view: it is the check that this engagement is the viewer's workspace's, and the page's title
        Engagement engagement = service.engagement(user.workspaceId(), id);
        model.addAttribute("engagement", engagement);
        // the same for everyone in the workspace; the other modules' sections are most of the work
        model.addAttribute("keptContent", kept.render(new KeptFragments.Part(OVERVIEW, KEPT_CONTENT,
                user.workspaceId(), locale, id), () -> {
                    Client client = service.client(user.workspaceId(), engagement.clientId());
                    EngagementRef ref = Engagements.ref(engagement, client);
                    return Map.of("engagement", engagement, "client", client,
                            "vendors", vendors.of(user.workspaceId(), id), "vendorForm", PreviousVendorForm.empty(),
                            "sections", sections.stream()
                                    .flatMap(section -> section.content(user.workspaceId(), ref).stream())
                                    .toList());
                }, request, response));
        return OVERVIEW;
    }

    @GetMapping("/engagements/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Engagement engagement = service.engagement(user.workspaceId(), id);
        model.addAttribute("engagement", engagement);
        model.addAttribute("client", service.client(user.workspaceId(), engagement.clientId()));
        model.addAttribute("engagementForm", engagement.toForm());
        model.addAttribute("statuses", EngagementStatus.values());
        return FORM;
    }

    @PostMapping("/engagements/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("engagementForm") EngagementForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Engagement engagement = service.engagement(user.workspaceId(), id);
        if (result.hasErrors()) {
            model.addAttribute("engagement", engagement);
            model.addAttribute("client", service.client(user.workspaceId(), engagement.clientId()));
            model.addAttribute("statuses", EngagementStatus.values());
            return FORM;
        }
        if (service.updateEngagement(user.workspaceId(), id, form) instanceof Edit.Stale<Engagement> stale) {
            // their text beside yours; the form keeps yours on top of their version, so saving again is a choice
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "engagementForm");
            model.addAttribute("engagement", stale.current());
            model.addAttribute("client", service.client(user.workspaceId(), engagement.clientId()));
            model.addAttribute("statuses", EngagementStatus.values());
            model.addAttribute("conflicts", stale.current().conflictsWith(form));
            model.addAttribute("engagementForm", form.withVersion(stale.current().version()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return FORM;
        }
        redirect.addFlashAttribute("flash", "engagements.saved");
        return "redirect:/engagements/" + id;
    }

    @PostMapping("/engagements/{id}/archive")
    String archive(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "true") String archived, RedirectAttributes redirect) {
        boolean archive = !"false".equals(archived);
        service.archiveEngagement(user.workspaceId(), id, archive);
        redirect.addFlashAttribute("flash", archive ? "engagements.archived" : "engagements.restored");
        return "redirect:/engagements/" + id;
    }
}
