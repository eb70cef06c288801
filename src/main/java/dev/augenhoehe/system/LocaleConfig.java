package dev.augenhoehe.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The interface speaks German or English: the signed-in user's profile language first, then a choice made on the
 * sign-in page ({@code ?lang=de}), then the browser's preference.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final String SESSION_KEY = LocaleConfig.class.getName() + ".locale";

    @Bean
    LocaleResolver localeResolver() {
        return new ProfileLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        // only the language links switch the language; a form field called "lang" (the text language of a check) must not
        change.setHttpMethods("GET");
        registry.addInterceptor(change);
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                // the same URL answers with a full page or an htmx fragment: caches must keep them apart
                response.addHeader("Vary", "HX-Request");
                return true;
            }
        });
    }

    static final class ProfileLocaleResolver implements LocaleResolver {

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof LocalePreference preference) {
                return preference.preferredLocale();
            }
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
                return chosen;
            }
            return browserLocale(request);
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            if (locale != null) {
                request.getSession().setAttribute(SESSION_KEY, supported(locale));
            }
        }

        private static Locale browserLocale(HttpServletRequest request) {
            var preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                Locale candidate = preferred.nextElement();
                for (Locale supported : SUPPORTED) {
                    if (supported.getLanguage().equals(candidate.getLanguage())) {
                        return supported;
                    }
                }
            }
            return Locale.ENGLISH;
        }

        private static Locale supported(Locale locale) {
            return "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        }
    }
}
