package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.operations.Archive.Manifest;
import dev.augenhoehe.operations.ArchiveRestore.Restored;
import dev.augenhoehe.support.EmptyDatabases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15: a workspace's archive restores into an empty instance, H2 to PostgreSQL and back, with every table
 * identical (the same bytes, so the same checksums); a damaged, foreign or newer archive is refused before anything
 * is written; an archive of an older schema restores into this one.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class ArchiveRoundTripTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @TempDir
    Path dir;

    long demo;

    @BeforeEach
    void demoWorkspaceIsSeeded() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from decision") > 0 && count("select count(*) from client_share") > 0
                        && count("select count(*) from event_publication where completion_date is null") == 0);
        demo = jdbc.queryForObject("select workspace_id from app_user where email = 'demo@augenhoehe.example'", Long.class);
    }

    @Test
    void fromH2IntoPostgresAndBackEveryTableIsTheSame() throws IOException {
        long other = TestAccounts.createWorkspace(context, "Someone Else GmbH").workspaceId();
        jdbc.update("insert into client (workspace_id, kind, name, version, created_at, updated_at) "
                + "select ?, kind, 'Secret Client of Another', 0, created_at, updated_at from client where workspace_id = ? "
                + "fetch first 1 rows only", other, demo);

        byte[] fromH2 = archive(dataSource, demo);
        Manifest manifest = manifest(fromH2);
        assertThat(manifest.schemaVersion()).isEqualTo(Migrations.latest(dataSource));
        Map<String, Long> rows = new LinkedHashMap<>();
        manifest.tables().forEach(t -> rows.put(t.name(), t.rows()));
        assertThat(rows).containsKeys("workspace", "app_user", "client", "conversation", "client_question", "brief",
                "brief_version", "client_share", "client_share_version", "client_share_brief", "decision",
                "decision_entry", "guide", "two_step", "trusted_device");
        for (String table : List.of("workspace", "app_user", "client", "engagement", "conversation", "client_question",
                "brief", "brief_version", "client_share", "client_share_version", "decision")) {
            assertThat(rows.get(table)).as(table).isPositive();
        }
        assertThat(new String(fromH2, StandardCharsets.ISO_8859_1)).doesNotContain("Secret Client of Another")
                .doesNotContain("Someone Else GmbH");

        DataSource postgres = EmptyDatabases.postgres();
        Restored intoPostgres = restore(postgres, fromH2);
        assertThat(intoPostgres.rows()).isEqualTo(rows);
        byte[] fromPostgres = archive(postgres, demo);
        assertThat(tables(fromPostgres)).isEqualTo(tables(fromH2));
        assertThat(checksums(manifest(fromPostgres))).isEqualTo(checksums(manifest));

        DataSource h2 = EmptyDatabases.h2();
        restore(h2, fromPostgres);
        assertThat(tables(archive(h2, demo))).isEqualTo(tables(fromH2));

        // the restored instance is set up and continues its ids after the highest restored one
        JdbcTemplate restored = new JdbcTemplate(postgres);
        assertThat(restored.queryForObject("select count(*) from instance_setup", Long.class)).isEqualTo(1);
        long maxClient = restored.queryForObject("select max(id) from client", Long.class);
        long next = restored.queryForObject("insert into client (workspace_id, kind, name, version, created_at, "
                + "updated_at) select workspace_id, kind, 'New after restore', 0, created_at, updated_at "
                + "from client where id = ? returning id", Long.class, maxClient);
        assertThat(next).isGreaterThan(maxClient);
    }

    /**
     * The pages a consultant works with read the same on the server the workspace moved to as on the laptop, and on
     * a laptop it moved back to: each restored database is served by an app of its own.
     */
    @Test
    void aSampleOfPagesReadsTheSameAfterEachMove() throws Exception {
        String postgres = EmptyDatabases.postgresUrl();
        byte[] fromH2 = archive(dataSource, demo);
        restore(new DriverManagerDataSource(postgres, "postgres", "postgres"), fromH2);
        String h2 = "jdbc:h2:mem:moved-back-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        restore(new DriverManagerDataSource(h2, "sa", ""),
                archive(new DriverManagerDataSource(postgres, "postgres", "postgres"), demo));

        long ownerId = jdbc.queryForObject("select id from app_user where email = 'demo@augenhoehe.example'", Long.class);
        var owner = TestAccounts.owner(demo, ownerId);
        List<String> pages = new java.util.ArrayList<>(List.of("/", "/clients", "/clients?archived=true", "/settings",
                "/guide", "/knowledge/glossary", "/knowledge/templates", "/briefs"));
        for (String[] kind : new String[][] {{"client", "/clients/"}, {"engagement", "/engagements/"},
                {"conversation", "/conversations/"}, {"client_question", "/questions/"}, {"brief", "/briefs/"},
                {"client_share", "/shares/"}, {"decision", "/decisions/"}}) {
            for (long id : jdbc.queryForList("select id from " + kind[0] + " where workspace_id = ? order by id",
                    Long.class, demo)) {
                pages.add(kind[1] + id);
            }
        }
        for (long engagement : jdbc.queryForList("select id from engagement where workspace_id = ?", Long.class, demo)) {
            pages.add("/engagements/" + engagement + "/decisions");
        }
        assertThat(pages).hasSizeGreaterThan(15);

        for (String[] target : new String[][] {{postgres, "postgres", "postgres"}, {h2, "sa", ""}}) {
            try (var moved = new SpringApplicationBuilder(dev.augenhoehe.AugenhoeheApplication.class).profiles("test")
                    .run("--spring.datasource.url=" + target[0], "--spring.datasource.username=" + target[1],
                            "--spring.datasource.password=" + target[2], "--server.port=0",
                            "--server.address=127.0.0.1", "--augenhoehe.data-dir=" + dir.resolve("moved"))) {
                MockMvc there = MockMvcBuilders.webAppContextSetup((WebApplicationContext) moved)
                        .apply(SecurityMockMvcConfigurers.springSecurity()).build();
                for (String page : pages) {
                    var here = mvc.perform(get(page).with(user(owner))).andReturn().getResponse();
                    var afterMove = there.perform(get(page).with(user(owner))).andReturn().getResponse();
                    assertThat(here.getStatus()).as(page).isEqualTo(200);
                    assertThat(afterMove.getStatus()).as(target[0] + page).isEqualTo(200);
                    assertThat(comparable(afterMove.getContentAsString())).as(target[0] + page)
                            .isEqualTo(comparable(here.getContentAsString()));
                }
            }
        }
    }

    /**
     * Without what differs between two renderings of the same data: the form tokens, and the content hashes of
     * static links (the hand-built MockMvc has no resource URL filter).
     */
    private static String comparable(String html) {
        return html.replaceAll("-[0-9a-f]{32}(?=\\.(css|js))", "").replaceAll("/webjars/([^/]+)/[0-9.]+/", "/webjars/$1/")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"")
                .replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\"", "<meta name=\"_csrf\"")
                .replaceAll("\"X-CSRF-TOKEN\"\\s*:\\s*\"[^\"]*\"", "\"X-CSRF-TOKEN\"");
    }

    @Test
    void aDamagedArchiveIsRefusedAndNothingIsWritten() throws IOException {
        byte[] archive = archive(dataSource, demo);
        byte[] damaged = rewrite(archive, (name, bytes) -> name.equals("tables/client.jsonl")
                ? new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"name\":\"", "\"name\":\"X").getBytes(StandardCharsets.UTF_8)
                : bytes);
        DataSource target = EmptyDatabases.h2();
        assertThatThrownBy(() -> restore(target, damaged)).isInstanceOf(ArchiveProblem.class)
                .hasMessage("operations.restore.damaged");
        assertThatThrownBy(() -> restore(target, "not a zip at all".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("operations.restore.notAnArchive");
        assertThatThrownBy(() -> restore(target, rewrite(archive, (name, bytes) -> name.equals(Archive.MANIFEST)
                ? "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8) : bytes)))
                .hasMessage("operations.restore.notAnArchive");
        assertThatThrownBy(() -> restore(target, withManifest(archive, m -> new Manifest(m.format(), m.formatVersion(),
                "999.0", m.createdAt(), m.database(), m.workspaceId(), m.workspaceName(), m.tables()))))
                .hasMessage("operations.restore.newerSchema");
        assertThat(Migrations.flyway(target, null).info().current()).as("nothing was written").isNull();

        restore(target, archive);
        assertThatThrownBy(() -> restore(target, archive)).as("only into an empty instance")
                .hasMessage("operations.restore.notEmpty");
    }

    /**
     * An archive made by an older build (schema 12.3: before brief versions had a change note and workspaces a
     * two-step requirement) restores here, and the newer migrations run over the restored rows.
     */
    @Test
    void anArchiveOfAnOlderSchemaRestoresIntoThisOne() throws IOException {
        DataSource old = EmptyDatabases.h2();
        Migrations.flyway(old, "12.3").migrate();
        JdbcTemplate oldDb = new JdbcTemplate(old);
        long workspace = 7;
        oldDb.update("insert into workspace (id, name, language, created_at) "
                + "values (?, 'Alte Zeiten GmbH', 'DE', current_timestamp)", workspace);
        oldDb.update("insert into client (workspace_id, name, kind, notes, created_at, updated_at, version) "
                + "values (?, 'Bäckerei Ölz', 'COMPANY', 'seit 2019', current_timestamp, current_timestamp, 0)", workspace);
        byte[] older = archive(old, workspace);
        assertThat(manifest(older).schemaVersion()).isEqualTo("12.3");
        assertThat(manifest(older).tables()).noneMatch(t -> t.name().equals("two_step"));

        DataSource target = EmptyDatabases.h2();
        Restored restored = restore(target, older);
        assertThat(restored.rows()).containsEntry("workspace", 1L).containsEntry("client", 1L);
        assertThat(Migrations.flyway(target, null).info().current().getVersion().getVersion())
                .isEqualTo(Migrations.latest(dataSource));
        JdbcTemplate now = new JdbcTemplate(target);
        assertThat(now.queryForObject("select notes from client where name = 'Bäckerei Ölz'", String.class))
                .isEqualTo("seit 2019");
        assertThat(now.queryForObject("select require_two_step from workspace", Boolean.class)).isFalse();
    }

    @Test
    void theOwnerDownloadsTheArchiveATeamMemberMayNot() throws Exception {
        TestUser owner = TestAccounts.createWorkspace(context, "Backup Page GmbH");
        TestUser member = TestAccounts.addConsultant(context, owner.workspaceId(), "Mia Member");
        mvc.perform(get("/settings/backup").with(user(owner.principal()))).andExpect(status().isOk());
        mvc.perform(get("/settings/backup").with(user(member.principal()))).andExpect(status().isOk());
        byte[] zip = mvc.perform(get("/settings/backup/archive").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(manifest(zip).workspaceName()).isEqualTo("Backup Page GmbH");
        mvc.perform(get("/settings/backup/archive").with(user(member.principal()))).andExpect(status().isForbidden());
    }

    // --- helpers

    private static byte[] archive(DataSource source, long workspaceId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkspaceArchive(source, Clock.systemUTC()).write(workspaceId, out);
        return out.toByteArray();
    }

    private Restored restore(DataSource target, byte[] archive) throws IOException {
        Path file = Files.createTempFile(dir, "archive", ".zip");
        Files.write(file, archive);
        return new ArchiveRestore(target, Clock.systemUTC()).restore(file);
    }

    private static Manifest manifest(byte[] zip) throws IOException {
        return JSON.readValue(entry(zip, Archive.MANIFEST), Manifest.class);
    }

    private static Map<String, String> checksums(Manifest manifest) {
        Map<String, String> sums = new LinkedHashMap<>();
        manifest.tables().forEach(t -> sums.put(t.name(), t.sha256()));
        return sums;
    }

    private static Map<String, String> tables(byte[] zip) throws IOException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().startsWith("tables/")) {
                    tables.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return tables;
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    interface Change {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    private static byte[] rewrite(byte[] zip, Change change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                rewritten.putNextEntry(new ZipEntry(e.getName()));
                rewritten.write(change.apply(e.getName(), in.readAllBytes()));
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] withManifest(byte[] zip, java.util.function.UnaryOperator<Manifest> change) throws IOException {
        Manifest changed = change.apply(manifest(zip));
        return rewrite(zip, (name, bytes) -> name.equals(Archive.MANIFEST) ? JSON.writeValueAsBytes(changed) : bytes);
    }





    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
