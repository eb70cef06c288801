package dev.augenhoehe.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Empty databases outside any Spring context, e.g. as the target of a restore. */
public final class EmptyDatabases {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private EmptyDatabases() {
    }

    /** A new database in the shared embedded PostgreSQL server. */
    public static DataSource postgres() {
        return new DriverManagerDataSource(postgresUrl(), "postgres", "postgres");
    }

    /** The JDBC URL of a new database in the shared embedded PostgreSQL server (user and password "postgres"). */
    public static String postgresUrl() {
        var server = EmbeddedPostgresInitializer.server();
        String name = "empty_" + COUNT.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** A new in-memory H2 database that lives until the JVM ends. */
    public static DataSource h2() {
        return new DriverManagerDataSource("jdbc:h2:mem:empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
