package dev.augenhoehe.operations;

import dev.augenhoehe.operations.ArchiveRestore.Restored;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar augenhoehe.jar restore FILE}: restores a backup into the database the app would use, with the
 * same settings (data folder, {@code SPRING_DATASOURCE_*}, command-line properties). Spring reads the settings, but
 * none of the app starts: nothing may touch the database while it is being restored.
 */
public final class RestoreCommand {

    private RestoreCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/operations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale locale = Locale.getDefault();
        String file = args.length == 0 ? null : args[0];
        if (file == null || file.startsWith("--")) {
            err.println(messages.getMessage("operations.restore.usage", null, locale));
            return 2;
        }
        Path archive = Path.of(file);
        if (!Files.isReadable(archive)) {
            err.println(messages.getMessage("operations.restore.unreadable", null, locale));
            return 2;
        }
        String[] settings = java.util.Arrays.copyOfRange(args, 1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=warn", "logging.level.org.flywaydb=warn").run(settings)) {
            Restored restored = new ArchiveRestore(dataSource(context.getEnvironment()), Clock.systemUTC()).restore(archive);
            out.println(messages.getMessage("operations.restore.done",
                    new Object[] {restored.workspaceName(), restored.total()}, locale));
            return 0;
        } catch (ArchiveProblem problem) {
            err.println(messages.getMessage(problem.messageKey(), problem.arguments(), locale));
            return 1;
        }
    }

    private static DataSource dataSource(Environment environment) {
        return DataSourceBuilder.create()
                .url(environment.getRequiredProperty("spring.datasource.url"))
                .username(environment.getProperty("spring.datasource.username"))
                .password(environment.getProperty("spring.datasource.password"))
                .build();
    }

    /** Nothing but the settings: no auto-configuration, no beans of the app. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {
    }
}
