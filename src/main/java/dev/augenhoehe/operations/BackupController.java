package dev.augenhoehe.operations;

import dev.augenhoehe.accounts.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The owner's backup: what an archive holds, the download, and how to restore it. */
@Controller
class BackupController {

    private final WorkspaceArchive archive;
    private final Clock clock;
    private final DataSource dataSource;

    BackupController(DataSource dataSource) {
        this.clock = Clock.systemUTC();
        this.archive = new WorkspaceArchive(dataSource, clock);
        this.dataSource = dataSource;
    }

    @GetMapping("/settings/backup")
    String page(Model model) {
        model.addAttribute("schemaVersion", WorkspaceArchive.schemaVersion(dataSource));
        return "operations/backup";
    }

    /** Streamed: rows go from the database into the zip as they are read, whatever the workspace's size. */
    @GetMapping("/settings/backup/archive")
    @PreAuthorize("hasRole('OWNER')")
    void download(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
        String name = "augenhoehe-backup-" + LocalDate.now(clock) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        archive.write(user.workspaceId(), response.getOutputStream());
    }
}
