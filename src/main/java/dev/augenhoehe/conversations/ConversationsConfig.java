package dev.augenhoehe.conversations;

import dev.augenhoehe.system.Navigation.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConversationsConfig {

    @Bean
    NavigationItem guideNavigation() {
        return new NavigationItem("/guide", "nav.guide", 30);
    }
}
