package dev.augenhoehe.operations;

import dev.augenhoehe.operations.ArchiveRestore.Restored;
import dev.augenhoehe.system.PublicPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Restoring a backup instead of the first-run setup: open only while the instance holds no workspace (afterwards
 * these pages lead to the start page, like the setup page does).
 */
@Controller
class RestoreController {

    static final String VIEW = "operations/restore";

    private final ArchiveRestore restore;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    RestoreController(DataSource dataSource, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.restore = new ArchiveRestore(dataSource, Clock.systemUTC());
        this.events = events;
        this.transactions = transactions;
    }

    @GetMapping("/setup/restore")
    String form() {
        return restore.hasWorkspace() ? "redirect:/" : VIEW;
    }

    /** One restore at a time in this instance; across instances the second one finds the workspace and stops. */
    @PostMapping("/setup/restore")
    synchronized String restore(@RequestParam(name = "archive", required = false) MultipartFile archive, Model model,
            RedirectAttributes redirect) throws IOException {
        if (restore.hasWorkspace()) {
            return "redirect:/";
        }
        if (archive == null || archive.isEmpty()) {
            model.addAttribute("problem", "operations.restore.chooseFile");
            return VIEW;
        }
        Path file = Files.createTempFile("augenhoehe-restore", ".zip");
        try (InputStream in = archive.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            Restored restored = restore.restore(file);
            transactions.executeWithoutResult(status -> events.publishEvent(new WorkspaceRestored(restored.workspaceId())));
            redirect.addFlashAttribute("flash", "operations.restore.signIn");
            return "redirect:/login";
        } catch (ArchiveProblem problem) {
            model.addAttribute("problem", problem.messageKey());
            model.addAttribute("problemArguments", problem.arguments());
            return VIEW;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Paths {
        @Bean
        PublicPaths restorePaths() {
            return PublicPaths.of("/setup/restore");
        }
    }
}
