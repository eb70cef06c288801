package dev.augenhoehe.accounts;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile: on an empty instance, creates a sample workspace whose owner gets a password generated
 * now and shown once on the console. There is no fixed demo password anywhere.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String EMAIL = "demo@augenhoehe.example";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

    private final AccountService accounts;
    private final SetupState setupState;
    private final ApplicationEventPublisher events;

    DemoData(AccountService accounts, SetupState setupState, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.setupState = setupState;
        this.events = events;
    }

    // not one transaction: the workspace must be committed before other modules seed into it in their own
    @Override
    public void run(ApplicationArguments args) {
        if (setupState.isSetUp()) {
            log.info("Demo profile: this instance is already set up, so no demo data is added.");
            return;
        }
        String password = generatePassword();
        Account owner = accounts.setUp("Demo Beratung", UiLanguage.DE, "Dana Demo", EMAIL, password);
        events.publishEvent(new DemoWorkspaceCreated(owner.workspaceId(), owner.id()));
        log.warn("""

                ============================================================
                 Augenhöhe demo is ready. Sign in at /login with
                   email:    {}
                   password: {}
                 This password is shown only now. Change it in your profile.
                ============================================================""", EMAIL, password);
    }

    static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return password.toString();
    }
}
