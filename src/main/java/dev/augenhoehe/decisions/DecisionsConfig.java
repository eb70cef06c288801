package dev.augenhoehe.decisions;

import dev.augenhoehe.system.Navigation.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DecisionsConfig {

    /** The dashboard belongs to conversations and has no place for us: "decisions to revisit" is its own page. */
    @Bean
    NavigationItem decisionsNavigation() {
        return new NavigationItem("/decisions", "nav.decisions", 27);
    }
}
