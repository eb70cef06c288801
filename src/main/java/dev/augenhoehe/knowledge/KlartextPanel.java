package dev.augenhoehe.knowledge;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.knowledge.KlartextController.Request;
import java.net.URI;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the Klartext panel ({@code knowledge/klartext :: result}) for one request: the live check answers
 * with it, and so do dismissing a finding and taking that back, which show the panel checked again.
 */
@Component
class KlartextPanel {

    private final LiveCheck liveCheck;
    private final KlartextDismissals dismissals;

    KlartextPanel(LiveCheck liveCheck, KlartextDismissals dismissals) {
        this.liveCheck = liveCheck;
        this.dismissals = dismissals;
    }

    /**
     * Checks the text and puts what the panel shows into the model.
     *
     * @param page the address of the page the panel is on (htmx's {@code HX-Current-URL}), where a dismissal without
     *             JavaScript leads back to; null for the page itself
     * @throws dev.augenhoehe.system.NotFoundException for a client of another workspace
     */
    void fill(SignedInUser user, CheckParams params, boolean htmx, String page, Model model) {
        Request request = Request.of(params.text(), params.lang(), params.scope(), htmx ? params.panel() : "kt-main",
                liveCheck.maxLength());
        LiveCheck.Context context = context(user, params);
        model(model, request);
        model.addAttribute("klartextClient", context.clientId());
        if (context.clientId() != null) {
            model.addAttribute("klartextClientName", dismissals.requireClient(user.workspaceId(), context.clientId()));
        }
        if (page != null) {
            model.addAttribute("klartextBack", pathOf(page));
        }
        if (request.error() != null) {
            model.addAttribute("error", request.error());
            Object[] args = request.errorArgs();
            model.addAttribute("errorArg0", args.length > 0 ? args[0] : "");
            model.addAttribute("errorArg1", args.length > 1 ? args[1] : "");
        } else if (!htmx && request.text().isBlank()) {
            model.addAttribute("error", "knowledge.klartext.empty");
        } else if (!request.text().isBlank()) {
            model.addAttribute("check", check(user, request, context));
        }
    }

    /** The editor's context, with the client checked to be one of the workspace's. */
    LiveCheck.Context context(SignedInUser user, CheckParams params) {
        if (params.client() != null) {
            dismissals.requireClient(user.workspaceId(), params.client());
        }
        return KlartextController.context(params.question(), params.explained()).forClient(params.client());
    }

    CheckResult check(SignedInUser user, Request request, LiveCheck.Context context) {
        return liveCheck.check(user.workspaceId(), request.text(), request.language(), request.scope(),
                user.language(), Set.of(), context);
    }

    static void model(Model model, Request request) {
        model.addAttribute("text", request.text());
        model.addAttribute("lang", request.langValue());
        model.addAttribute("scope", request.scopeValue());
        model.addAttribute("panel", request.panel());
    }

    /** Only the path (and query) of our own page: never a way to another site. */
    static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
