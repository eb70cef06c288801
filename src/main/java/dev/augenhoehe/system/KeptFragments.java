package dev.augenhoehe.system;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Parts of pages kept rendered until anything in their workspace is written ({@link WorkspaceWrites}), for the pages a
 * consultant opens most: their parts read many rows and render hundreds of lines, and between two writes every view
 * would build the same text again. A part renders as the page would (messages, links, forms) in the reader's
 * language. A form's CSRF token is the one thing of the request alone: a part is kept with a stand-in, and each view
 * gets its own token. Kept at most {@link #KEPT}: another node's writes are not counted here.
 */
@Component
public class KeptFragments {

    /** How long a part is kept at most: what another node wrote, and a day's change, show within this time. */
    public static final Duration KEPT = Duration.ofSeconds(10);

    /**
     * One part for one reader's language. {@code of} says whose or which: a person when the part depends on the
     * viewer's role, an engagement's id when it is the same for everyone in the workspace.
     */
    public record Part(String template, String fragment, long workspaceId, Locale locale, Object of) {
    }

    /** A part under the workspace's write count it was rendered at. */
    private record Kept(Part part, WorkspaceWrites.Revision revision) {
    }

    private static final String TOKEN_STAND_IN = "kept-csrf-" + UUID.randomUUID();

    private final WorkspaceWrites writes;
    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final ConversionService conversions;
    private final ServletContext servletContext;
    private final JakartaServletWebApplication web;
    // weighed by characters: a few thousand parts at most, some MB. By write count, so a write needs no clean-up:
    // the next view asks for a new key, and the old one expires. Futures,
    // so that after a write the part is rendered once and the views meanwhile wait for it instead of each
    // rendering it again (fifty at once on a busy start page)
    private final AsyncCache<Kept, String> kept = Caffeine.newBuilder().maximumWeight(8_000_000)
            .weigher((Kept key, String html) -> html.length()).expireAfterWrite(KEPT).buildAsync();

    KeptFragments(WorkspaceWrites writes, ITemplateEngine templates, ApplicationContext application,
            ConversionService mvcConversionService, ServletContext servletContext) {
        this.writes = writes;
        this.templates = templates;
        this.application = application;
        this.conversions = mvcConversionService;
        this.servletContext = servletContext;
        this.web = JakartaServletWebApplication.buildApplication(servletContext);
    }

    /** The part as kept, or rendered from {@code model} (read only then) if anything was written since. */
    public String render(Part part, Supplier<Map<String, Object>> model, HttpServletRequest request,
            HttpServletResponse response) {
        // taken before reading: a write committed while the part is built leaves it kept under an older count
        Kept key = new Kept(part, writes.revision(part.workspaceId()));
        CompletableFuture<String> theirs = kept.getIfPresent(key); // a kept part: one lookup, nothing made
        CompletableFuture<String> mine = null;
        if (theirs == null) {
            mine = new CompletableFuture<>();
            theirs = kept.asMap().putIfAbsent(key, mine);
        }
        String html;
        if (theirs != null) {
            html = awaited(theirs);
        } else {
            // rendered here, in this request: its sign-in, transaction and locale are the ones the part needs
            try {
                html = renderNow(part, model.get(), request, response);
                mine.complete(html);
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e); // not kept: the next view tries again
                throw e;
            }
        }
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return token == null ? html : html.replace(TOKEN_STAND_IN, token.getToken());
    }

    /** Another view's rendering of the same part: its result, or its failure as if it were this view's (a 404). */
    private static String awaited(CompletableFuture<String> rendering) {
        try {
            return rendering.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private String renderNow(Part part, Map<String, Object> model, HttpServletRequest request,
            HttpServletResponse response) {
        HttpServletRequest standIn = new StandInToken(request);
        Map<String, Object> variables = new HashMap<>(model);
        // what ThymeleafView gives a page: Spring's expression context, and the request context forms need
        RequestContext requestContext = new RequestContext(standIn, response, servletContext, variables);
        variables.put(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
        variables.put(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                new SpringWebMvcThymeleafRequestContext(requestContext, standIn));
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions));
        WebContext context = new WebContext(web.buildExchange(standIn, response), part.locale(), variables);
        return templates.process(part.template(), Set.of(part.fragment()), context);
    }

    /** The request as the part sees it while rendering: its forms get the stand-in for the CSRF token. */
    private static final class StandInToken extends HttpServletRequestWrapper {

        StandInToken(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            Object value = super.getAttribute(name);
            if (value instanceof CsrfToken token && (name.equals(CsrfToken.class.getName())
                    || name.equals(token.getParameterName()))) {
                return new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN_STAND_IN);
            }
            return value;
        }
    }
}
