package dev.augenhoehe.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.support.PostgresTest;
import dev.augenhoehe.support.RepositoryTest;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RepositoryTest
@PostgresTest
class AccountRepositoryPostgresTests extends AccountRepositoryContract {

    @Test
    void runsOnARealPostgreSql(@Autowired DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isGreaterThanOrEqualTo(15);
        }
    }
}
