package dev.augenhoehe.sharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Who opened a link how often: counted per device fingerprint (see {@link Tokens#fingerprint}). */
@Component
class ShareOpens {

    /** The numbers of one link; first and last are null while it was never opened. */
    record Stats(Instant firstOpened, Instant lastOpened, int opens, int devices) {

        static final Stats NEVER = new Stats(null, null, 0, 0);
    }

    private final JdbcClient jdbc;

    ShareOpens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(long shareId, String fingerprint, Instant at) {
        Timestamp now = Timestamp.from(at);
        String update = "update client_share_device set last_seen = ?, opens = opens + 1 "
                + "where share_id = ? and fingerprint = ?";
        if (jdbc.sql(update).params(now, shareId, fingerprint).update() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into client_share_device (share_id, fingerprint, first_seen, last_seen, opens) "
                    + "values (?, ?, ?, ?, 1)").params(shareId, fingerprint, now, now).update();
        } catch (DuplicateKeyException sameDeviceAtTheSameMoment) {
            // the same device opened the page twice at once: one open is counted (PostgreSQL aborts the
            // transaction here, so no second try in it)
        }
    }

    Map<Long, Stats> of(Collection<Long> shareIds) {
        if (shareIds.isEmpty()) {
            return Map.of();
        }
        List<Map.Entry<Long, Stats>> rows = jdbc.sql("select share_id, min(first_seen) as first_seen, "
                        + "max(last_seen) as last_seen, sum(opens) as opens, count(*) as devices "
                        + "from client_share_device where share_id in (:ids) group by share_id")
                .param("ids", shareIds)
                .query((rs, i) -> Map.entry(rs.getLong("share_id"), new Stats(
                        rs.getTimestamp("first_seen").toInstant(), rs.getTimestamp("last_seen").toInstant(),
                        rs.getInt("opens"), rs.getInt("devices"))))
                .list();
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
