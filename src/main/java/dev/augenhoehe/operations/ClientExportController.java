package dev.augenhoehe.operations;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.operations.ClientRecords.Rows;
import dev.augenhoehe.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the workspace stores about one client, for the client's request under GDPR Art. 15 (a readable page, to
 * print or save as PDF) and Art. 20 (the same as JSON, machine-readable).
 */
@Controller
class ClientExportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ClientRecords records;
    private final Clock clock = Clock.systemUTC();

    ClientExportController(DataSource dataSource) {
        this.records = new ClientRecords(dataSource);
    }

    @GetMapping("/clients/{id}/export")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
        List<Rows> found = found(user, id);
        model.addAttribute("clientId", id);
        model.addAttribute("clientName", found.get(0).rows().get(0).get("name"));
        model.addAttribute("sections", found.stream().filter(r -> !r.rows().isEmpty()).toList());
        model.addAttribute("generatedAt", OffsetDateTime.now(clock));
        return "operations/client-export";
    }

    @GetMapping("/clients/{id}/export.json")
    void json(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "augenhoehe-client-export");
        document.put("formatVersion", 1);
        document.put("createdAt", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).toString());
        Map<String, Object> tables = new LinkedHashMap<>();
        for (Rows rows : found(user, id)) {
            tables.put(rows.table(), rows.rows());
        }
        document.put("tables", tables);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("client-" + id + ".json").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        JSON.writerWithDefaultPrettyPrinter().writeValue(response.getOutputStream(), document);
    }

    private List<Rows> found(SignedInUser user, long clientId) {
        List<Rows> found = records.of(user.workspaceId(), clientId);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        // the client's own row first
        return found.stream().sorted((a, b) -> a.table().equals("client") ? -1 : b.table().equals("client") ? 1 : 0)
                .toList();
    }
}
