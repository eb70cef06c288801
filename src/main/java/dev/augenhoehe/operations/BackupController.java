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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import dev.augenhoehe.system.NotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The owner's backup: what an archive holds, the download, and how to restore it. */
@Controller
class BackupController {

    private final WorkspaceArchive archive;
    private final Clock clock;
    private final DataSource dataSource;
    private final LocalBackups local;
    private final BackupProperties properties;

    BackupController(DataSource dataSource, LocalBackups local, BackupProperties properties) {
        this.local = local;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        this.archive = new WorkspaceArchive(dataSource, clock);
        this.dataSource = dataSource;
    }

    @GetMapping("/settings/backup")
    String page(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("schemaVersion", WorkspaceArchive.schemaVersion(dataSource));
        model.addAttribute("stored", local.list(user.workspaceId()));
        model.addAttribute("failure", local.lastFailure(user.workspaceId()).orElse(null));
        model.addAttribute("schedule", properties);
        return "operations/backup";
    }

    @PostMapping("/settings/backup/now")
    @PreAuthorize("hasRole('OWNER')")
    String now(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
        if (local.backUp(user.workspaceId()).isPresent()) {
            redirect.addFlashAttribute("flash", "operations.backup.stored");
        } else {
            redirect.addFlashAttribute("flashError", "operations.backup.failedNow");
        }
        return "redirect:/settings/backup";
    }

    /** A stored backup, found by the name the page listed; any other name is not found. */
    @GetMapping("/settings/backup/files/{name}")
    @PreAuthorize("hasRole('OWNER')")
    void stored(@AuthenticationPrincipal SignedInUser user, @PathVariable String name, HttpServletResponse response)
            throws IOException {
        Path file = local.file(user.workspaceId(), name).orElseThrow(NotFoundException::new);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
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
