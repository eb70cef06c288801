package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.support.EmptyDatabases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15: a new, empty instance takes a backup on its first-run page instead of a setup, and everyone signs in
 * as before. An archive of an older schema is restored too (the empty schema is rebuilt to that version first).
 * Its own context: the instance must start empty, and is not empty afterwards.
 */
@SpringBootTest(properties = "augenhoehe.test.context=restore-on-setup")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestoreOnSetupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    @Order(1)
    void aWrongFileIsExplainedInTheUsersLanguageAndNothingChanges() throws Exception {
        mvc.perform(get("/setup")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/setup/restore")));
        mvc.perform(get("/setup/restore").header("Accept-Language", "de")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sicherung zurückspielen")));
        mvc.perform(multipart("/setup/restore").file(new MockMultipartFile("archive", "notes.zip", "application/zip",
                        "no zip".getBytes(StandardCharsets.UTF_8))).with(csrf()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("keine Augenhöhe-Sicherung")));
        mvc.perform(multipart("/setup/restore").with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Choose the backup file first")));
        mvc.perform(multipart("/setup/restore").file(new MockMultipartFile("archive", "a.zip", "application/zip",
                new byte[] {1})))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from workspace", Long.class)).isZero();
    }

    @Test
    @Order(2)
    void anOlderBackupRestoresOnTheSetupPageAndItsOwnerSignsIn() throws Exception {
        DataSource old = EmptyDatabases.h2();
        Migrations.flyway(old, "12.3").migrate();
        JdbcTemplate oldDb = new JdbcTemplate(old);
        oldDb.update("insert into workspace (id, name, language, created_at) values (4, 'Umzug GmbH', 'DE', current_timestamp)");
        oldDb.update("insert into app_user (id, workspace_id, name, email, password_hash, role, language, active, "
                + "created_at, version, must_change_password) values (9, 4, 'Uta Umzug', 'uta@umzug.example', ?, 'OWNER', "
                + "'DE', true, current_timestamp, 0, false)", passwords.encode("ein langes altes Passwort"));
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        new WorkspaceArchive(old, Clock.systemUTC()).write(4, archive);

        mvc.perform(multipart("/setup/restore").file(new MockMultipartFile("archive", "umzug.zip", "application/zip",
                        archive.toByteArray())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.queryForObject("select name from workspace", String.class)).isEqualTo("Umzug GmbH");
        mvc.perform(get("/setup/restore")).andExpect(redirectedUrl("/"));

        mvc.perform(post("/login").param("username", "uta@umzug.example").param("password", "ein langes altes Passwort")
                .with(csrf())).andExpect(redirectedUrl("/"));
        // a second restore finds the workspace and does nothing
        mvc.perform(multipart("/setup/restore").file(new MockMultipartFile("archive", "umzug.zip", "application/zip",
                archive.toByteArray())).with(csrf())).andExpect(redirectedUrl("/"));
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(1);
    }
}
