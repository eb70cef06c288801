package dev.augenhoehe.clients;

import dev.augenhoehe.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/clients")
class ClientController {

    static final String LIST = "clients/list";
    static final String RESULTS = "clients/list :: results";
    static final String DETAIL = "clients/detail";
    static final String FORM = "clients/form";

    private final ClientService service;
    private final ClientSearch search;

    ClientController(ClientService service, ClientSearch search) {
        this.service = service;
        this.search = search;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> params,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        ListFilter filter = ListFilter.from(params);
        model.addAttribute("filter", filter);
        model.addAttribute("result", search.clients(user.workspaceId(), filter.q(), filter.archived(), filter.page()));
        return htmx != null ? RESULTS : LIST;
    }

    @GetMapping("/new")
    String newClient(Model model) {
        model.addAttribute("clientForm", ClientForm.empty());
        return FORM;
    }

    @PostMapping
    String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("clientForm") ClientForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        Client client = service.create(user.workspaceId(), form);
        redirect.addFlashAttribute("flash", "clients.created");
        return "redirect:/clients/" + client.id();
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Client client = service.client(user.workspaceId(), id);
        model.addAttribute("client", client);
        model.addAttribute("engagements", service.engagementsOf(user.workspaceId(), id));
        return DETAIL;
    }

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        Client client = service.client(user.workspaceId(), id);
        model.addAttribute("client", client);
        model.addAttribute("clientForm", client.toForm());
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("clientForm") ClientForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Client client = service.client(user.workspaceId(), id);
        if (result.hasErrors()) {
            model.addAttribute("client", client);
            return FORM;
        }
        if (service.update(user.workspaceId(), id, form) instanceof Edit.Stale<Client> stale) {
            // their text beside yours; the form keeps yours on top of their version, so saving again is a choice
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "clientForm");
            model.addAttribute("client", stale.current());
            model.addAttribute("conflicts", stale.current().conflictsWith(form));
            model.addAttribute("clientForm", form.withVersion(stale.current().version()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return FORM;
        }
        redirect.addFlashAttribute("flash", "clients.saved");
        return "redirect:/clients/" + id;
    }

    @PostMapping("/{id}/archive")
    String archive(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(defaultValue = "true") String archived, RedirectAttributes redirect) {
        boolean archive = !"false".equals(archived);
        service.archive(user.workspaceId(), id, archive);
        redirect.addFlashAttribute("flash", archive ? "clients.archived" : "clients.restored");
        return "redirect:/clients/" + id;
    }
}
