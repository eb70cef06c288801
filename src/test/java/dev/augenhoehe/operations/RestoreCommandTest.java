package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.support.EmptyDatabases;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** {@code java -jar augenhoehe.jar restore FILE}: into the data folder's H2 file, with plain messages and exit codes. */
class RestoreCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void restoresIntoTheDataFolderOnceAndSaysSo() throws Exception {
        DataSource source = EmptyDatabases.h2();
        Migrations.flyway(source, null).migrate();
        new JdbcTemplate(source).update("insert into workspace (id, name, language, created_at) "
                + "values (3, 'Laptop GmbH', 'DE', current_timestamp)");
        Path archive = dir.resolve("backup.zip");
        try (var file = Files.newOutputStream(archive)) {
            new WorkspaceArchive(source, Clock.systemUTC()).write(3, file);
        }
        Path data = dir.resolve("data");
        // the same settings the app takes (the build runs tests with the test profile's in-memory database)
        String url = "--spring.datasource.url=jdbc:h2:file:" + data + "/augenhoehe;WRITE_DELAY=0";

        assertThat(run(archive.toString(), url)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Restored workspace \"Laptop GmbH\"");
        DataSource restored = new DriverManagerDataSource("jdbc:h2:file:" + data + "/augenhoehe", "augenhoehe", "");
        assertThat(new JdbcTemplate(restored).queryForObject("select name from workspace", String.class))
                .isEqualTo("Laptop GmbH");

        assertThat(run(archive.toString(), url)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("already holds a workspace").doesNotContain("Exception");
    }

    @Test
    void withoutAFileOrWithANonArchiveItExplains() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Usage: java -jar augenhoehe.jar restore FILE");
        err.reset();
        assertThat(run(dir.resolve("missing.zip").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not be read");
        err.reset();
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some notes");
        assertThat(run(text.toString(), "--augenhoehe.data-dir=" + dir.resolve("data2"))).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an Augenhöhe backup").doesNotContain("Exception");
    }

    private int run(String... args) {
        return RestoreCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
