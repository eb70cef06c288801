package dev.augenhoehe.clients;

import dev.augenhoehe.system.Navigation.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClientsConfig {

    @Bean
    NavigationItem clientsNavigation() {
        return new NavigationItem("/clients", "nav.clients", 10);
    }

    @Bean
    NavigationItem engagementsNavigation() {
        return new NavigationItem("/engagements", "nav.engagements", 20);
    }
}
