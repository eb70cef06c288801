package dev.augenhoehe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Scheduled backups: whole files, thinned out to days and weeks, a failure shown until the next success. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LocalBackupsTests {

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

    @Test
    void fortyNightsLeaveTheLastSevenDaysAndFourWeeksBefore() throws Exception {
        TestUser owner = TestAccounts.createWorkspace(context, "Nightly GmbH");
        Instant start = Instant.parse("2026-10-01T02:30:00Z");
        for (int night = 0; night < 40; night++) {
            Clock clock = Clock.fixed(start.plus(night, ChronoUnit.DAYS), ZoneOffset.UTC);
            LocalBackups backups = new LocalBackups(dataSource, jdbc, new BackupProperties(null, 7, 4), dir, clock);
            assertThat(backups.backUp(owner.workspaceId())).isPresent();
        }
        LocalBackups backups = new LocalBackups(dataSource, jdbc, new BackupProperties(null, 7, 4), dir, Clock.systemUTC());
        List<String> kept = backups.list(owner.workspaceId()).stream().map(LocalBackups.StoredBackup::name).toList();
        assertThat(kept).hasSize(11).first().isEqualTo("augenhoehe-backup-20261109-023000.zip");
        assertThat(kept.subList(0, 7)).allMatch(name -> name.compareTo("augenhoehe-backup-20261103") > 0);
        assertThat(Files.list(dir.resolve(Long.toString(owner.workspaceId()))))
                .noneMatch(f -> f.getFileName().toString().endsWith(".partial"));
        assertThat(backups.file(owner.workspaceId(), "../../etc/passwd")).isEmpty();
        assertThat(backups.file(owner.workspaceId(), kept.get(3))).isPresent();
    }

    @Test
    void aFailedBackupIsShownUntilTheNextOneSucceeds() throws Exception {
        TestUser owner = TestAccounts.createWorkspace(context, "Failing GmbH");
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "a file where the folder should be");
        LocalBackups failing = new LocalBackups(dataSource, jdbc, new BackupProperties(null, null, null),
                blocked.resolve("sub"), Clock.systemUTC());
        assertThat(failing.backUp(owner.workspaceId())).isEmpty();

        LocalBackups backups = new LocalBackups(dataSource, jdbc, new BackupProperties(null, null, null), dir,
                Clock.systemUTC());
        Files.createDirectories(dir.resolve(Long.toString(owner.workspaceId())));
        Files.writeString(dir.resolve(owner.workspaceId() + "/" + LocalBackups.FAILED), Instant.now() + "\nthe disk is full");
        assertThat(backups.lastFailure(owner.workspaceId())).hasValueSatisfying(f -> assertThat(f.reason()).contains("disk is full"));
        assertThat(backups.backUp(owner.workspaceId())).isPresent();
        assertThat(backups.lastFailure(owner.workspaceId())).isEmpty();
    }

    @Test
    void theOwnerBacksUpNowAndDownloadsItATeamMemberSeesTheList() throws Exception {
        TestUser owner = TestAccounts.setUpInstance(context, "Button GmbH");
        TestUser member = TestAccounts.addConsultant(context, owner.workspaceId(), "Max Member");
        mvc.perform(post("/settings/backup/now").with(user(member.principal())).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/settings/backup/now").with(user(owner.principal())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/settings/backup").with(user(owner.principal())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/settings/backup/files/(augenhoehe-backup-[0-9-]+\\.zip)")
                .matcher(page);
        assertThat(link.find()).isTrue();
        mvc.perform(get("/settings/backup/files/" + link.group(1)).with(user(owner.principal()))).andExpect(status().isOk());
        mvc.perform(get("/settings/backup/files/" + link.group(1)).with(user(member.principal())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/settings/backup/files/other.zip").with(user(owner.principal()))).andExpect(status().isNotFound());
        mvc.perform(get("/settings/backup").with(user(member.principal()))).andExpect(status().isOk());
    }
}
