package dev.augenhoehe.clients;

import dev.augenhoehe.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, correcting and removing an engagement's previous vendors; the engagement page lists them. */
@Controller
class PreviousVendorController {

    static final String FORM = "clients/vendor-form";

    private final PreviousVendors vendors;
    private final ClientService service;

    PreviousVendorController(PreviousVendors vendors, ClientService service) {
        this.vendors = vendors;
        this.service = service;
    }

    @PostMapping("/engagements/{id}/vendors")
    String add(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @Valid @ModelAttribute("vendorForm") PreviousVendorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            page(user, id, null, model);
            return FORM;
        }
        vendors.add(user.workspaceId(), id, form);
        redirect.addFlashAttribute("flash", "vendors.added");
        return "redirect:/engagements/" + id + "#vendors-heading";
    }

    @GetMapping("/engagements/{id}/vendors/{vendorId}/edit")
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long vendorId,
            Model model) {
        PreviousVendor vendor = vendors.vendor(user.workspaceId(), id, vendorId);
        page(user, id, vendor, model);
        model.addAttribute("vendorForm", vendor.toForm());
        return FORM;
    }

    @PostMapping("/engagements/{id}/vendors/{vendorId}")
    String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long vendorId,
            @Valid @ModelAttribute("vendorForm") PreviousVendorForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        PreviousVendor vendor = vendors.vendor(user.workspaceId(), id, vendorId);
        if (result.hasErrors()) {
            page(user, id, vendor, model);
            return FORM;
        }
        if (vendors.update(user.workspaceId(), id, vendorId, form) instanceof Edit.Stale<PreviousVendor> stale) {
            // their text beside yours; the form keeps yours on top of their version, so saving again is a choice
            model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "vendorForm");
            page(user, id, stale.current(), model);
            model.addAttribute("conflicts", stale.current().conflictsWith(form));
            model.addAttribute("vendorForm", form.withVersion(stale.current().version()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return FORM;
        }
        redirect.addFlashAttribute("flash", "vendors.saved");
        return "redirect:/engagements/" + id + "#vendors-heading";
    }

    @PostMapping("/engagements/{id}/vendors/{vendorId}/delete")
    String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long vendorId,
            RedirectAttributes redirect) {
        vendors.remove(user.workspaceId(), id, vendorId);
        redirect.addFlashAttribute("flash", "vendors.removed");
        return "redirect:/engagements/" + id + "#vendors-heading";
    }

    private void page(SignedInUser user, long engagementId, PreviousVendor vendor, Model model) {
        Engagement engagement = service.engagement(user.workspaceId(), engagementId);
        model.addAttribute("engagement", engagement);
        model.addAttribute("client", service.client(user.workspaceId(), engagement.clientId()));
        model.addAttribute("vendor", vendor);
    }
}
