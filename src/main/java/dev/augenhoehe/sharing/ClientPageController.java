package dev.augenhoehe.sharing;

import dev.augenhoehe.language.Language;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The client's side of a link: {@code GET /s/{token}} (the page), its PDF, and the forms to choose, ask and give
 * feedback. No account and no session: the token's hash finds the share, each form carries the share's form token,
 * and a PIN, once entered, is remembered by a cookie limited to this link's path. Every form works without
 * JavaScript (post, then redirect back); htmx only swaps the section in place.
 */
@Controller
class ClientPageController {

    static final String PAGE = "sharing/client";
    static final String GONE = "sharing/gone";
    static final String PIN = "sharing/pin";
    static final String PIN_COOKIE = "share_pin";

    private final ShareService shares;
    private final ClientPages pages;
    private final ShareOpens opens;
    private final SharePdf pdf;
    private final SharingSettings settings;

    ClientPageController(ShareService shares, ClientPages pages, ShareOpens opens, SharePdf pdf,
            SharingSettings settings) {
        this.shares = shares;
        this.pages = pages;
        this.opens = opens;
        this.pdf = pdf;
        this.settings = settings;
    }

    @GetMapping("/s/{token}")
    String page(@PathVariable String token, @RequestParam(required = false) String language,
            @RequestParam(required = false) String done, @RequestParam(required = false) String at,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Share> found = shares.open(token);
        if (found.isEmpty()) {
            return gone(response);
        }
        Share share = found.get();
        Language lang = language(share, language);
        useLocale(request, lang);
        if (share.hasPin() && !pinProven(share, request)) {
            model.addAttribute("token", token);
            model.addAttribute("lang", lang.code());
            model.addAttribute("done", done);
            return PIN;
        }
        if (request.getHeader("HX-Request") == null) {
            opens.opened(share.id(), Tokens.fingerprint(share.id(), request.getRemoteAddr(),
                    request.getHeader(HttpHeaders.USER_AGENT)), shares.now());
        }
        ShareService.Loaded loaded = shares.load(share, share.currentVersion());
        model.addAttribute("page", pages.build(loaded, shares.responsesOf(share.id())));
        model.addAttribute("token", token);
        model.addAttribute("formToken", share.formToken());
        model.addAttribute("lang", lang.code());
        model.addAttribute("otherLang", lang == Language.DE ? "en" : "de");
        model.addAttribute("done", done);
        model.addAttribute("at", at);
        return PAGE;
    }

    @PostMapping("/s/{token}/pin")
    String pin(@PathVariable String token, @RequestParam(required = false) String pin,
            @RequestParam(required = false) String language, HttpServletRequest request,
            HttpServletResponse response) {
        Optional<Share> found = shares.open(token);
        if (found.isEmpty()) {
            return gone(response);
        }
        Share share = found.get();
        ShareService.PinResult result = share.hasPin() ? shares.checkPin(share, pin) : ShareService.PinResult.OK;
        if (result == ShareService.PinResult.OK && share.hasPin()) {
            Cookie cookie = new Cookie(PIN_COOKIE, Tokens.pinProof(share.formToken(), share.pinHash()));
            cookie.setPath("/s/" + token);
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
        return back(token, language, result == ShareService.PinResult.OK ? null
                : result == ShareService.PinResult.LOCKED ? "locked" : "wrongPin", null);
    }

    @PostMapping("/s/{token}/choose")
    String choose(@PathVariable String token, @RequestParam(required = false) String formToken,
            @RequestParam long brief, @RequestParam(required = false) Integer option,
            @RequestParam(required = false) String comment, @RequestParam(required = false) String shown,
            @RequestParam(required = false) String language, HttpServletRequest request,
            HttpServletResponse response) {
        return act(token, formToken, language, request, response, (share, loaded) -> {
            String anchor = anchor(loaded, brief);
            if (option == null) {
                return new Outcome("pickOption", anchor);
            }
            String hash = hashOf(loaded, brief);
            if (!Tokens.same(hash, shown)) {
                return new Outcome("changed", anchor);
            }
            return shares.choose(loaded, brief, option, comment, hash).isPresent() ? new Outcome("chosen", anchor)
                    : new Outcome("alreadyConfirmed", anchor);
        });
    }

    @PostMapping("/s/{token}/more")
    String more(@PathVariable String token, @RequestParam(required = false) String formToken,
            @RequestParam long brief, @RequestParam(required = false) String question,
            @RequestParam(required = false) String language, HttpServletRequest request,
            HttpServletResponse response) {
        return act(token, formToken, language, request, response, (share, loaded) -> {
            String anchor = anchor(loaded, brief);
            if (ShareService.clip(question).isEmpty()) {
                return new Outcome("emptyQuestion", anchor);
            }
            shares.needMore(loaded, brief, question, askedBy(loaded), hashOf(loaded, brief));
            return new Outcome("moreAsked", anchor);
        });
    }

    @PostMapping("/s/{token}/ask")
    String ask(@PathVariable String token, @RequestParam(required = false) String formToken,
            @RequestParam(required = false) String question, @RequestParam(required = false) String language,
            HttpServletRequest request, HttpServletResponse response) {
        return act(token, formToken, language, request, response, (share, loaded) -> {
            if (ShareService.clip(question).isEmpty()) {
                return new Outcome("emptyQuestion", "ask");
            }
            shares.ask(loaded, question, askedBy(loaded));
            return new Outcome("asked", "ask");
        });
    }

    @PostMapping("/s/{token}/feedback")
    String feedback(@PathVariable String token, @RequestParam(required = false) String formToken,
            @RequestParam(required = false) Integer rating, @RequestParam(required = false) String text,
            @RequestParam(required = false) String language, HttpServletRequest request,
            HttpServletResponse response) {
        return act(token, formToken, language, request, response, (share, loaded) -> {
            if (rating == null || rating < 1 || rating > 5) {
                return new Outcome("pickRating", "feedback");
            }
            shares.feedback(loaded, rating, text);
            return new Outcome("thanks", "feedback");
        });
    }

    @GetMapping("/s/{token}/pdf")
    Object pdf(@PathVariable String token, @RequestParam(required = false) String language,
            HttpServletRequest request, HttpServletResponse response) {
        Optional<Share> found = shares.open(token);
        if (found.isEmpty() || (found.get().hasPin() && !pinProven(found.get(), request))) {
            return gone(response);
        }
        Share share = found.get();
        Language lang = language(share, language);
        useLocale(request, lang);
        ShareService.Loaded loaded = shares.load(share, share.currentVersion());
        ClientPage page = pages.build(loaded, shares.responsesOf(share.id()));
        byte[] bytes = pdf.render(page, Locale.forLanguageTag(lang.code()), linkOf(request, token));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + SharePdf.fileName(page) + "\"")
                .body(bytes);
    }

    @GetMapping("/s/{token}/logo")
    Object logo(@PathVariable String token, HttpServletResponse response) {
        Optional<SharingSettings.Logo> logo = shares.open(token).flatMap(s -> settings.logo(s.workspaceId()));
        if (logo.isEmpty()) {
            return gone(response);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.get().contentType()))
                .body(logo.get().bytes());
    }

    /** Expired, revoked and unknown look exactly the same: same page, same status, nothing about the share. */
    static String gone(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return GONE;
    }

    private record Outcome(String done, String at) {
    }

    private interface Action {
        Outcome run(Share share, ShareService.Loaded loaded);
    }

    private String act(String token, String formToken, String language, HttpServletRequest request,
            HttpServletResponse response, Action action) {
        Optional<Share> found = shares.open(token);
        if (found.isEmpty()) {
            return gone(response);
        }
        Share share = found.get();
        if (share.hasPin() && !pinProven(share, request)) {
            return back(token, language, null, null);
        }
        if (!Tokens.same(share.formToken(), formToken)) {
            return back(token, language, "stale", null);
        }
        Outcome outcome = action.run(share, shares.load(share, share.currentVersion()));
        return back(token, language, outcome.done(), outcome.at());
    }

    private static String back(String token, String language, String done, String at) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/s/{token}");
        if (language != null && (language.equals("de") || language.equals("en"))) {
            uri.queryParam("language", language);
        }
        if (done != null) {
            uri.queryParam("done", done);
        }
        if (at != null) {
            uri.queryParam("at", at);
            uri.fragment(at);
        }
        return "redirect:" + uri.buildAndExpand(token).toUriString();
    }

    private static String anchor(ShareService.Loaded loaded, long briefId) {
        for (int i = 0; i < loaded.briefs().size(); i++) {
            if (loaded.briefs().get(i).briefId() == briefId) {
                return "brief-" + (i + 1);
            }
        }
        throw new dev.augenhoehe.system.NotFoundException();
    }

    private static String hashOf(ShareService.Loaded loaded, long briefId) {
        return loaded.briefs().stream().filter(b -> b.briefId() == briefId).findFirst()
                .map(ClientPages::contentHash).orElseThrow(dev.augenhoehe.system.NotFoundException::new);
    }

    private String askedBy(ShareService.Loaded loaded) {
        return pages.clientName(loaded.share());
    }

    private static Language language(Share share, String requested) {
        if ("de".equals(requested)) {
            return Language.DE;
        }
        if ("en".equals(requested)) {
            return Language.EN;
        }
        return share.language();
    }

    private static void useLocale(HttpServletRequest request, Language language) {
        request.setAttribute(ClientLinkFilter.LOCALE, Locale.forLanguageTag(language.code()));
    }

    private static boolean pinProven(Share share, HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        String expected = Tokens.pinProof(share.formToken(), share.pinHash());
        for (Cookie cookie : request.getCookies()) {
            if (PIN_COOKIE.equals(cookie.getName()) && Tokens.same(expected, cookie.getValue())) {
                return true;
            }
        }
        return false;
    }

    private String linkOf(HttpServletRequest request, String token) {
        return pages.baseUrl(request) + "/s/" + token;
    }
}
