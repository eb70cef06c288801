package dev.augenhoehe.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The shell every page needs in an MVC slice test: security, locale, messages, navigation, error mapping. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, LocaleConfig.class, MessagesConfig.class, Navigation.class, ErrorAdvice.class,
        Markdown.class})
public class SystemWebTestConfig {

    /** The sign-in limit is a filter, so slices get it too; there it counts in memory. */
    @Bean
    RateLimiter rateLimiter() {
        return new RateLimiter(null, "unused");
    }
}
