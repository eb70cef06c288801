package dev.augenhoehe.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Each module keeps its texts in {@code i18n/<module>.properties} (English) and {@code i18n/<module>_de.properties}.
 * All bundles found on the class path are loaded, so a new module only adds its files.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    static final String PATTERN = "classpath*:i18n/*.properties";

    @Bean
    MessageSource messageSource() throws IOException {
        String[] basenames = Arrays.stream(new PathMatchingResourcePatternResolver().getResources(PATTERN))
                .map(resource -> resource.getFilename())
                .filter(Objects::nonNull)
                .filter(name -> !name.matches(".*_[a-z]{2}\\.properties"))
                .map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setCacheSeconds(-1);
        return source;
    }
}
