package dev.augenhoehe.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * One line at the end of the start-up log that says where to go: a newcomer should not have to find the port in
 * Tomcat's lines, nor guess that an empty instance starts with the setup page. Lives here because only accounts
 * knows whether the instance has a workspace yet.
 */
@Component
class StartupLine {

    private static final Logger log = LoggerFactory.getLogger(StartupLine.class);

    private final SetupState setup;
    private final Environment environment;

    StartupLine(SetupState setup, Environment environment) {
        this.setup = setup;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        log.info(line(environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")),
                environment.getProperty("server.servlet.context-path", ""), setup.isSetUp()));
    }

    static String line(String port, String contextPath, boolean setUp) {
        String url = "http://localhost:" + port + contextPath + "/";
        return setUp ? "Augenhöhe is ready: open " + url
                : "Augenhöhe is ready: open " + url + " for the first-run setup (no workspace yet)";
    }
}
