package dev.augenhoehe.decisions;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.decisions.ParsedDecision.Note;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** MADR export as a zip, and import of MADR / adr-tools files with a preview before anything is created. */
@Controller
class MadrController {

    static final String IMPORT = "decisions/import";
    static final String IMPORT_FORM = "decisions/import :: form";
    static final String PREVIEW = "decisions/import-preview";
    static final String PREVIEW_BODY = "decisions/import-preview :: body";
    /** Fixed entry times: the same decisions give the same zip, byte for byte. */
    static final FileTime ENTRY_TIME = FileTime.fromMillis(315_532_800_000L);

    private final DecisionService service;
    private final DecisionPages pages;
    private final MadrImport imports;

    MadrController(DecisionService service, DecisionPages pages, MadrImport imports) {
        this.service = service;
        this.pages = pages;
        this.imports = imports;
    }

    @GetMapping("/engagements/{id}/decisions/madr.zip")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        pages.engagement(user.workspaceId(), id);
        byte[] zip = zip(MadrWriter.files(service.ofEngagement(user.workspaceId(), id)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("decisions-" + id + ".zip").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(zip);
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setLastModifiedTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @GetMapping("/engagements/{id}/decisions/import")
    String importForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("engagement", pages.engagement(user.workspaceId(), id));
        return htmx != null ? IMPORT_FORM : IMPORT;
    }

    @PostMapping("/engagements/{id}/decisions/import")
    String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
        model.addAttribute("engagement", pages.engagement(user.workspaceId(), id));
        List<UploadReader.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.getSize() > UploadReader.MAX_UPLOAD) {
                model.addAttribute("error", Note.of("decisions.import.error.uploadTooBig",
                        UploadReader.MAX_UPLOAD / (1024 * 1024)));
                return IMPORT;
            }
            try {
                uploads.add(new UploadReader.Upload(file.getOriginalFilename(), file.getBytes()));
            } catch (IOException e) {
                model.addAttribute("error", Note.of("decisions.import.error.zip"));
                return IMPORT;
            }
        }
        Object result = imports.prepare(user.workspaceId(), id, uploads, Actor.of(user));
        if (result instanceof Note error) {
            model.addAttribute("error", error);
            return IMPORT;
        }
        model.addAttribute("preview", result);
        return PREVIEW;
    }

    @GetMapping("/engagements/{id}/decisions/import/{pendingId}")
    String preview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long pendingId,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("engagement", pages.engagement(user.workspaceId(), id));
        model.addAttribute("preview", imports.preview(user.workspaceId(), id, pendingId));
        return htmx != null ? PREVIEW_BODY : PREVIEW;
    }

    @PostMapping("/engagements/{id}/decisions/import/{pendingId}")
    String confirm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable long pendingId,
            RedirectAttributes redirect) {
        pages.engagement(user.workspaceId(), id);
        int created = imports.confirm(user.workspaceId(), id, pendingId, Actor.of(user));
        redirect.addFlashAttribute("flash", "decisions.import.done");
        redirect.addFlashAttribute("importedCount", created);
        return "redirect:/engagements/" + id + "/decisions";
    }
}
