package dev.augenhoehe.briefs;

import dev.augenhoehe.system.Navigation.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BriefsConfig {

    @Bean
    NavigationItem briefsNavigation() {
        return new NavigationItem("/briefs", "nav.briefs", 25);
    }
}
