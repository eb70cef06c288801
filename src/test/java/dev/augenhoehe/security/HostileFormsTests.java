package dev.augenhoehe.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.augenhoehe.accounts.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile strings through forms and back out of the rendered pages: a conversation's notes (Markdown, autosaved
 * with htmx, shown on the summary) and the person's name (plain text, shown in the header of every page). Each
 * answer is a page or a clear refusal, never a 500; no page contains anything live. Every tenth generated string
 * is used here (the renderer itself takes all of them in {@link HostileMarkdownTest}).
 */
@SpringBootTest
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles({"test", "demo"})
class HostileFormsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void hostileNotesAndNamesNeverSurviveIntoAPage() throws Exception {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String email = jdbc.sql("select email from app_user where role = 'OWNER' order by id").query(String.class).list().get(0);
        SignedInUser owner = (SignedInUser) context.getBean(
                org.springframework.security.core.userdetails.UserDetailsService.class).loadUserByUsername(email);
        long conversation = jdbc.sql("select id from conversation where workspace_id = ?").param(owner.workspaceId())
                .query(Long.class).list().get(0);
        long topic = jdbc.sql("select id from conversation_topic where conversation_id = ? order by id").param(conversation)
                .query(Long.class).list().get(0);

        List<String> inputs = HostileInputs.generate();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i += 10) {
            String hostile = inputs.get(i);
            // each save names the notes version it started from, as the editor does (a stale one is a conflict)
            int notesVersion = jdbc.sql("select notes_version from conversation_topic where id = ?").param(topic)
                    .query(Integer.class).single();
            var saved = mvc.perform(post("/conversations/{c}/topics/{t}/notes", conversation, topic).with(csrf())
                    .with(user(owner)).header("HX-Request", "true").param("notes", hostile)
                    .param("notesVersion", String.valueOf(notesVersion))).andReturn().getResponse();
            if (saved.getStatus() == 422) {
                if (!saved.getContentAsString().contains("at most 20,000 characters")) {
                    failures.add("#" + i + " notes refused without saying why");
                }
            } else if (saved.getStatus() != 200) {
                failures.add("#" + i + " notes -> " + saved.getStatus());
            }
            var summary = mvc.perform(get("/conversations/{c}", conversation).with(user(owner))).andReturn().getResponse();
            check(failures, i, "summary", summary.getStatus(), summary.getContentAsString());

            var named = mvc.perform(post("/profile").with(csrf()).with(user(owner)).param("name", hostile)
                    .param("language", "EN")).andReturn().getResponse();
            if (named.getStatus() != 302) {
                check(failures, i, "profile form", named.getStatus(), named.getContentAsString());
            }
            var profile = mvc.perform(get("/profile").with(user(owner))).andReturn().getResponse();
            check(failures, i, "profile", profile.getStatus(), profile.getContentAsString());
        }
        assertThat(failures).as("seed %d", HostileInputs.SEED).isEmpty();
    }

    private static void check(List<String> failures, int index, String page, int status, String html) {
        if (status != 200) {
            failures.add("#" + index + " " + page + " -> " + status);
            return;
        }
        List<String> problems = HtmlSafety.problems(html);
        if (!problems.isEmpty()) {
            failures.add("#" + index + " " + page + " " + problems);
        }
    }
}
