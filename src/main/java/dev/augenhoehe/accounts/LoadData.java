package dev.augenhoehe.accounts;

import dev.augenhoehe.language.Language;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code load} profile: on an empty instance, a data set for load tests (bench/web): one workspace with 50
 * consultants, then each module adds its part through {@link LoadWorkspaceCreated} (2,000 clients, 10,000
 * conversations with notes and questions, 40,000 briefs with versions). The owner's password is generated now and
 * shown once, as the demo does.
 */
@Component
@Profile("load")
class LoadData implements ApplicationRunner {

    static final String EMAIL = "load@augenhoehe.example";
    static final int CONSULTANTS = 50;
    private static final Logger log = LoggerFactory.getLogger(LoadData.class);

    private final AccountService accounts;
    private final SetupState setupState;
    private final ApplicationEventPublisher events;

    LoadData(AccountService accounts, SetupState setupState, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.setupState = setupState;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (setupState.isSetUp()) {
            log.info("Load profile: this instance is already set up, so no load data is added.");
            return;
        }
        long started = System.nanoTime();
        String password = DemoData.generatePassword();
        Account owner = accounts.setUp("Last & Partner Beratung", Language.DE, "Lena Last", EMAIL, password);
        List<Long> users = new ArrayList<>(List.of(owner.id()));
        // the consultants share one password nobody is told: they exist to own conversations and briefs
        String unused = DemoData.generatePassword();
        for (int i = 1; i < CONSULTANTS; i++) {
            users.add(accounts.addMember(owner.workspaceId(), "Beraterin " + i, "berater" + i + "@augenhoehe.example",
                    i % 3 == 0 ? Language.EN : Language.DE, unused).id());
        }
        events.publishEvent(new LoadWorkspaceCreated(owner.workspaceId(), owner.id(), List.copyOf(users)));
        log.warn("""

                ============================================================
                 Augenhöhe load data is ready ({} s). Sign in at /login with
                   email:    {}
                   password: {}
                 This password is shown only now.
                ============================================================""",
                (System.nanoTime() - started) / 1_000_000_000, EMAIL, password);
    }
}
