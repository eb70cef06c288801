package dev.augenhoehe.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The shell every page needs in an MVC slice test: security, locale, messages, navigation, error mapping. */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, LocaleConfig.class, MessagesConfig.class, Navigation.class, ErrorAdvice.class,
        Markdown.class, WorkspaceWrites.class, KeptFragments.class})
public class SystemWebTestConfig {

    /**
     * Slices sign in with {@code .with(user(...))} and never through the form. Without any UserDetailsService bean,
     * Boot would make one with a generated password and warn "Using generated security password" at every slice
     * start: noise that hides real warnings. This one knows nobody.
     */
    @Bean
    UserDetailsService nobodySignsInThroughTheForm() {
        return username -> {
            throw new UsernameNotFoundException(username);
        };
    }

    /** The sign-in limit is a filter, so slices get it too; there it counts in memory. */
    @Bean
    RateLimiter rateLimiter() {
        return new RateLimiter(null, "unused");
    }
}
