package dev.augenhoehe.sharing;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consultant's e-mail address for the "your client answered" note. Read here, in one place, because the
 * accounts module has no public read of it yet; only the address of an active account is read.
 */
@Component
class ConsultantAddresses {

    private final JdbcClient jdbc;

    ConsultantAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(long accountId) {
        return jdbc.sql("select email from app_user where id = ? and active = true").param(accountId)
                .query(String.class).optional();
    }

    /** The consultant's name as the demo's share shows it (a signed-in consultant's comes from the session). */
    String name(long accountId) {
        return jdbc.sql("select name from app_user where id = ?").param(accountId).query(String.class).optional()
                .orElse("");
    }
}
