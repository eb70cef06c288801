package dev.augenhoehe.system;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** The main navigation between Dashboard and Settings. Modules add their entry as a {@link NavigationItem} bean. */
@Component("navigation")
public class Navigation {

    private final List<NavigationItem> items;

    Navigation(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    public List<NavigationItem> items() {
        return items;
    }

    public record NavigationItem(String path, String labelKey, int order) {
    }
}
