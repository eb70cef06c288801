package dev.augenhoehe.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

class WorkspaceWritesTest {

    record Member(long workspaceId) implements WorkspaceMember {
    }

    final WorkspaceWrites writes = new WorkspaceWrites();
    DataSource data;
    JdbcTemplate jdbc;

    @BeforeEach
    void database() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:writes-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = h2.getConnection(); Statement create = connection.createStatement()) {
            create.execute("create table note (id int primary key, text varchar(100))");
            create.execute("create table spring_session (id varchar(36) primary key, last_access bigint)");
            create.execute("insert into spring_session values ('s', 0)");
        }
        data = (DataSource) writes.postProcessAfterInitialization(h2, "dataSource");
        jdbc = new JdbcTemplate(data);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aQueryCountsNothingAndAWriteCountsOnlyAfterItsCommit() {
        signIn(7);
        WorkspaceWrites.Revision before = writes.revision(7);
        jdbc.queryForList("select * from note");
        assertThat(writes.revision(7)).isEqualTo(before);

        new TransactionTemplate(new DataSourceTransactionManager(data)).executeWithoutResult(status -> {
            jdbc.update("insert into note values (1, 'Budget: 20k')");
            assertThat(writes.revision(7)).as("not committed yet: a reader still sees the old data").isEqualTo(before);
        });
        WorkspaceWrites.Revision after = writes.revision(7);
        assertThat(after).isNotEqualTo(before);
        assertThat(writes.revision(8)).as("another workspace").isEqualTo(writes.revision(9));
        assertThat(writes.revision(8).workspace()).isZero();
    }

    @Test
    void aWriteWithoutASignedInWorkspaceCountsForEveryWorkspace() {
        WorkspaceWrites.Revision seven = writes.revision(7);
        WorkspaceWrites.Revision eight = writes.revision(8);
        jdbc.update("update note set text = 'x'");
        assertThat(writes.revision(7)).isNotEqualTo(seven);
        assertThat(writes.revision(8)).isNotEqualTo(eight);
    }

    @Test
    void thePlainStatementsOfMigrationsCountAndTheSessionStoresAccessTimeDoesNot() throws Exception {
        WorkspaceWrites.Revision before = writes.revision(7);
        jdbc.update("update spring_session set last_access = 1 where id = 's'");
        assertThat(writes.revision(7)).isEqualTo(before);

        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("alter table note add column author varchar(100)");
        }
        assertThat(writes.revision(7)).isNotEqualTo(before);
    }

    @Test
    void theCountingConnectionUnwrapsToTheDriversAndEqualsOnlyItself() throws Exception {
        try (Connection one = data.getConnection(); Connection two = data.getConnection()) {
            assertThat(one).isEqualTo(one).isNotEqualTo(two);
            assertThat(one.isWrapperFor(org.h2.jdbc.JdbcConnection.class)).isTrue();
            assertThat(one.unwrap(Connection.class)).isSameAs(one);
        }
        assertThat(writes.postProcessAfterInitialization(data, "again")).as("wrapped once").isSameAs(data);
    }

    private static void signIn(long workspaceId) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken(new Member(workspaceId), null, "ROLE_OWNER"));
    }
}
