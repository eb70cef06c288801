package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.support.PostgresTest;
import dev.augenhoehe.support.RepositoryTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link SearchBenchmark} on a real (embedded) PostgreSQL 16. */
@RepositoryTest
@PostgresTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SearchPostgresBenchmark {

    @Test
    void queriesAnswerWithin50msAt50000Briefs(@Autowired DataSource dataSource,
            @Autowired PlatformTransactionManager transactions) throws Exception {
        String result = SearchBenchmarkSupport.run("PostgreSQL", dataSource, transactions);
        assertThat(result).contains("all queries");
    }
}
