package dev.augenhoehe.support;

import dev.augenhoehe.system.SystemJdbcTestConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.context.annotation.Import;

/**
 * A Spring Data JDBC slice with the application's mapping settings and Flyway migrations, on in-memory H2.
 * Add {@link PostgresTest} to run the same class against PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DataJdbcTest
@Import(SystemJdbcTestConfig.class)
public @interface RepositoryTest {
}
