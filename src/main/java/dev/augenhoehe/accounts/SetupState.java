package dev.augenhoehe.accounts;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether first-run setup has happened. Once true it stays true, so the database is asked only until then. */
@Component
class SetupState {

    private final JdbcClient jdbc;
    private final AtomicBoolean setUp = new AtomicBoolean();

    SetupState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isSetUp() {
        if (!setUp.get() && jdbc.sql("select count(*) from instance_setup").query(Long.class).single() > 0) {
            setUp.set(true);
        }
        return setUp.get();
    }

}
