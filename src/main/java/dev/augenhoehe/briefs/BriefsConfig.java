package dev.augenhoehe.briefs;

import dev.augenhoehe.system.JsonColumn;
import dev.augenhoehe.system.Navigation.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BriefsConfig {

    @Bean
    NavigationItem briefsNavigation() {
        return new NavigationItem("/briefs", "nav.briefs", 25);
    }

    /** A draft's content is stored as JSON, the same shape as a published version. */
    @Bean
    JsonColumn<BriefContent> briefContentColumn() {
        return new JsonColumn<>(BriefContent.class);
    }

    @Bean
    JsonColumn<Brief.KnowhowChoices> knowhowChoicesColumn() {
        return new JsonColumn<>(Brief.KnowhowChoices.class);
    }
}
