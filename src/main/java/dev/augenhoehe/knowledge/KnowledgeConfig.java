package dev.augenhoehe.knowledge;

import dev.augenhoehe.language.Klartext;
import dev.augenhoehe.system.Navigation.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KnowledgeConfig {

    @Bean
    NavigationItem knowledgeNavigation() {
        return new NavigationItem("/knowledge", "nav.knowledge", 40);
    }

    /**
     * The Klartext engine with the shipped glossary, loaded once; every module that checks text gets this bean
     * (the live check, briefs, sharing), so tests can give them another.
     */
    @Bean
    Klartext klartext() {
        return Klartext.standard();
    }
}
