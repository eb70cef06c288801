package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate tx;

    DemoData(AccountService accounts, SetupState setupState, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.setupState = setupState;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
    }

    // Each module seeds its part in reaction to the previous module's demo event, after that module's commit and in
    // its own transaction (durable: an interrupted seeding completes at the next start).
    @Override
    public void run(ApplicationArguments args) {
        if (setupState.isSetUp()) {
            log.info("Demo profile: this instance is already set up, so no demo data is added.");
            return;
        }
        String password = generatePassword();
        Account owner = accounts.setUp("Demo Beratung", Language.DE, "Dana Demo", EMAIL, password);
        // published inside a transaction, so the event registry records it and the listeners run after the commit
        tx.executeWithoutResult(s -> events.publishEvent(new DemoWorkspaceCreated(owner.workspaceId(), owner.id())));
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
