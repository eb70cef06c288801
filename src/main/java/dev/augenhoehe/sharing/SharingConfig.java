package dev.augenhoehe.sharing;

import dev.augenhoehe.system.Navigation.NavigationItem;
import dev.augenhoehe.system.PublicPaths;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SharingProperties.class)
class SharingConfig {

    @Bean
    NavigationItem responsesNavigation(ShareService shares) {
        return new NavigationItem("/responses", "nav.responses", 40, shares::unread);
    }

    @Bean
    PublicPaths sharingPublicPaths() {
        return PublicPaths.of("/s/**");
    }

    /**
     * The client's link has no account and no session: its own chain, open, stateless, without the session's CSRF
     * token (each share's forms carry a form token instead, see {@link ClientPageController}).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain clientLinkChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/s/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ClientLinkFilter.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    FilterRegistrationBean<ClientLinkFilter> clientLinkFilter(SharingProperties properties) {
        FilterRegistrationBean<ClientLinkFilter> registration = new FilterRegistrationBean<>(
                new ClientLinkFilter(properties.requestsPerMinute()));
        registration.addUrlPatterns("/s/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
