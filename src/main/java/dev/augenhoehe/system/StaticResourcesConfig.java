package dev.augenhoehe.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Static files under their own three paths instead of Boot's catch-all {@code /**}
 * ({@code spring.web.resources.add-mappings: false}).
 *
 * <p>Why: with webjars on the class path Boot enables the resource chain, and {@code ResourceUrlEncodingFilter}
 * asks it about every link a page renders. Under {@code /**} a link like {@code /engagements/7} was looked up as
 * a file in four class-path folders inside the nested jar, found nothing, and a miss is never cached: most of a
 * page's time under load went there. With these patterns a page link matches no resource handler and costs
 * nothing, and real files are resolved once and then served from the chain's cache.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfig implements WebMvcConfigurer {

    static final List<String> PREFIXES = List.of("/css/", "/js/", "/webjars/");

    /**
     * Why: the DispatcherServlet asks the flash map manager on every request, static files too, and the default one
     * opens the session to look. With sessions in the database, that cost every CSS, script and font file of a
     * signed-in person a session read and a session write. A static file never carries a flash message.
     */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new SessionFlashMapManager() {
            @Override
            protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return PREFIXES.stream().anyMatch(path::startsWith) ? null : super.retrieveFlashMaps(request);
            }
        };
    }

    /**
     * Links to these files carry a hash of their content ({@code /css/app-3f2a….css}, written by
     * {@code ResourceUrlEncodingFilter} for every {@code @{/css/…}} in a template), so a browser may keep each file
     * for a year: a changed file has a new name. A request without the hash still finds the file.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        CacheControl year = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .setCacheControl(year).resourceChain(true).addResolver(byContent());
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/")
                .setCacheControl(year).resourceChain(true).addResolver(byContent());
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(year).resourceChain(true).addResolver(byContent())
                .addResolver(new LiteWebJarsResourceResolver());
    }

    private static VersionResourceResolver byContent() {
        return new VersionResourceResolver().addContentVersionStrategy("/**");
    }
}
