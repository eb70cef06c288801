package dev.augenhoehe.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The main navigation between Dashboard and Settings. Modules add their entry as a {@link NavigationItem} bean,
 * optionally with a {@link Badge} that counts what is new there.
 */
@Component("navigation")
public class Navigation {

    private final List<NavigationItem> items;
    private final WorkspaceWrites writes;

    private record Counted(long workspaceId, WorkspaceWrites.Revision revision) {
    }

    // every page shows the badges: counted again only after a write in the workspace, keyed by the write count like
    // the kept page parts, so an older count's entry simply expires
    private final Cache<Counted, Map<String, Long>> counted = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(KeptFragments.KEPT).build();

    Navigation(List<NavigationItem> items, WorkspaceWrites writes) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.writes = writes;
    }

    public List<NavigationItem> items() {
        return items;
    }

    /** How many new things wait behind each item with a badge, by path (e.g. unread client responses). */
    Map<String, Long> counts(long workspaceId) {
        return counted.get(new Counted(workspaceId, writes.revision(workspaceId)), key -> {
            Map<String, Long> counts = new HashMap<>();
            for (NavigationItem item : items) {
                if (item.badge() != null) {
                    counts.put(item.path(), item.badge().count(workspaceId));
                }
            }
            return Map.copyOf(counts);
        });
    }

    /**
     * Counts the badges after the controller and before the page renders, so that rendering never waits for the
     * database (and holds no connection). Only a whole page gets them: redirects, htmx fragments and JSON don't
     * show the navigation, and an autosave must not pay for a count.
     */
    @Configuration(proxyBeanMethods = false)
    static class Counts implements WebMvcConfigurer {

        private final Navigation navigation;

        Counts(Navigation navigation) {
            this.navigation = navigation;
        }

        @Override
        public void addInterceptors(InterceptorRegistry registry) {
            registry.addInterceptor(new HandlerInterceptor() {
                @Override
                public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                        ModelAndView page) {
                    if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
                            || page.getViewName().contains("::") || request.getHeader("HX-Request") != null) {
                        return;
                    }
                    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
                    if (signedIn != null && signedIn.getPrincipal() instanceof WorkspaceMember member) {
                        page.addObject("navigationCounts", navigation.counts(member.workspaceId()));
                    }
                }
            });
        }
    }

    /** {@code badge} is null for an item that never shows a count. */
    public record NavigationItem(String path, String labelKey, int order, Badge badge) {

        public NavigationItem(String path, String labelKey, int order) {
            this(path, labelKey, order, null);
        }
    }

    /** Counts what is new behind an item; asked once per page, so it must be a cheap query. */
    @FunctionalInterface
    public interface Badge {
        long count(long workspaceId);
    }
}
