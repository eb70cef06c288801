package dev.augenhoehe.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation per security filter, sign-in or access decision: nothing reads them (only health is exposed),
     * and wrapping each of the chain's filters in an observation cost about a twentieth of a kept page's view.
     * Spring MVC's one observation per request stays.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Static files need no one signed in and never touch the session. Without their own chain each CSS or script
     * file of a signed-in person read the session from the database (the saved-request lookup) and wrote its last
     * access time back: two round trips for a file that is the same for everyone.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 5)
    SecurityFilterChain staticFilesChain(HttpSecurity http) throws Exception {
        http.securityMatcher(StaticResourcesConfig.PREFIXES.stream().map(prefix -> prefix + "**").toArray(String[]::new))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // each of these would look the session up: the session checks, the anonymous sign-in's details
                .sessionManagement(session -> session.disable())
                .anonymous(anonymous -> anonymous.disable())
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> publicPaths,
            SecurityContextRepository securityContextRepository,
            ObjectProvider<AuthenticationSuccessHandler> afterPassword) throws Exception {
        String[] open = publicPaths.stream().flatMap(p -> p.patterns().stream()).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/favicon.ico", "/error",
                                "/actuator/health")
                        .permitAll()
                        .requestMatchers(open).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> {
                    form.loginPage("/login").defaultSuccessUrl("/", false).permitAll();
                    // accounts decides what the right password leads to: the two-step code page, or in
                    afterPassword.ifAvailable(form::successHandler);
                })
                .requestCache(cache -> cache.requestCache(requestCache()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(SecurityConfig::signedOut))
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * After sign-in the browser goes back to the page it asked for, without Spring Security's "?continue" marker:
     * that stayed in the address bar and in bookmarks. The saved request is then looked up on each request, which
     * only reads an existing session.
     */
    private static RequestCache requestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setMatchingRequestParameterName(null);
        return cache;
    }

    /** An htmx call after the session expired must not swap the sign-in page into a fragment: send the browser there. */
    private static AuthenticationEntryPoint entryPoint() {
        LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, exception) -> {
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                login.commence(request, response, exception);
            }
        };
    }

    /** The sign-in page after sign-out keeps speaking the language the person just used. */
    private static void signedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws java.io.IOException {
        String lang = authentication != null && authentication.getPrincipal() instanceof LocalePreference preference
                ? "&lang=" + preference.preferredLocale().getLanguage()
                : "";
        response.sendRedirect(request.getContextPath() + "/login?signedOut" + lang);
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * Argon2id for every new hash (OWASP's minimum: 19 MiB, two passes); bcrypt still checks the hashes stored
     * before, and sign-in replaces each with Argon2id ({@code UserDetailsPasswordService} in accounts). bcrypt reads
     * at most 72 bytes and refuses more, so a long password is simply no match for an old hash instead of a 500.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new AtMost72Bytes(new BCryptPasswordEncoder())));
        // a hash with an unknown or missing {id} never matches; it must not end in a server error either
        encoder.setDefaultPasswordEncoderForMatches(new NeverMatches());
        return encoder;
    }

    static final String ARGON2 = "argon2id";

    private record AtMost72Bytes(PasswordEncoder bcrypt) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > 72) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return true;
        }
    }

    private static final class NeverMatches implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("only for matching hashes without a known {id}");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return false;
        }
    }
}
