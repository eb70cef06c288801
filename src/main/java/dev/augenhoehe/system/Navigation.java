package dev.augenhoehe.system;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The main navigation between Dashboard and Settings. Modules add their entry as a {@link NavigationItem} bean,
 * optionally with a {@link Badge} that counts what is new there.
 */
@Component("navigation")
public class Navigation {

    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public List<NavigationItem> items() {
        return items;
    }

    /** How many new things wait behind an item, for the current workspace (e.g. unread client responses). */
    public long count(NavigationItem item, long workspaceId) {
        return item.badge() == null ? 0 : item.badge().count(workspaceId);
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
