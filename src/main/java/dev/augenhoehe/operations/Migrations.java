package dev.augenhoehe.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The app's Flyway migrations for a given database, outside the running app (a restore migrates step by step). */
final class Migrations {

    private Migrations() {
    }

    /** {@code target} null: the newest migration this build has. */
    static Flyway flyway(DataSource dataSource, String target) {
        var config = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource));
        if (target != null) {
            config.target(target);
        }
        return config.load();
    }

    /** The newest schema version this build knows. */
    static String latest(DataSource dataSource) {
        var pending = flyway(dataSource, null).info().all();
        return pending.length == 0 ? "0" : pending[pending.length - 1].getVersion().getVersion();
    }

    /** Like Spring Boot's {@code {vendor}} placeholder in {@code spring.flyway.locations}. */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgres")) {
                return "postgresql";
            }
            if (product.contains("h2")) {
                return "h2";
            }
            throw new IllegalStateException("unsupported database " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
