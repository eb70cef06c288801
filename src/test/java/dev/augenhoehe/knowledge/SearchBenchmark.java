package dev.augenhoehe.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.support.RepositoryTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search at 50,000 briefs on H2. Not part of {@code ./mvnw verify} (surefire runs only *Test/*Tests classes); run
 * with {@code ./mvnw -o test -Dtest='Search*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false}. Results in
 * docs/search-benchmark.md.
 */
@RepositoryTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SearchBenchmark {

    @Test
    void queriesAnswerWithin50msAt50000Briefs(@Autowired DataSource dataSource,
            @Autowired PlatformTransactionManager transactions) throws Exception {
        String result = SearchBenchmarkSupport.run("H2", dataSource, transactions);
        assertThat(result).contains("all queries");
    }
}
