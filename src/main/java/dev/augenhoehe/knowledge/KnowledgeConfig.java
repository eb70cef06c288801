package dev.augenhoehe.knowledge;

import dev.augenhoehe.system.Navigation.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfig {

    @Bean
    NavigationItem knowledgeNavigation() {
        return new NavigationItem("/knowledge", "nav.knowledge", 40);
    }
}
