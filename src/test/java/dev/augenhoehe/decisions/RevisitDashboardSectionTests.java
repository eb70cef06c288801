package dev.augenhoehe.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.augenhoehe.accounts.SignedInUser;
import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.conversations.DashboardSection;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The start page gets the next decisions to revisit from the decision log: the demo's new decision says when. */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
class RevisitDashboardSectionTests {

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RevisitDashboardSection section;

    @Test
    void theDemoDecisionToRevisitIsOnTheStartPage() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from decision", Long.class) >= 2);
        long workspace = jdbc.queryForObject("select min(id) from workspace", Long.class);
        String email = jdbc.queryForObject("select email from app_user where workspace_id = ? and role = 'OWNER'",
                String.class, workspace);
        SignedInUser owner = (SignedInUser) users.loadUserByUsername(email);
        DashboardSection.Content content = section.content(owner).orElseThrow();
        assertThat(content.template()).isEqualTo("decisions/sections");
        assertThat(content.fragment()).isEqualTo("revisit");
        RevisitDashboardSection.Data data = (RevisitDashboardSection.Data) content.data();
        assertThat(data.next()).extracting(r -> r.decision().fields().title())
                .containsExactly("Neuer Shop auf einem fertigen Shopsystem");
        assertThat(data.total()).isEqualTo(1);

        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(owner)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("revisit-next-heading").contains("Neuer Shop auf einem fertigen Shopsystem");
        SignedInUser stranger = TestAccounts.owner(workspace + 1000, 1);
        assertThat(section.content(stranger).orElseThrow().data())
                .extracting("next").asList().as("another workspace sees none of them").isEmpty();
    }
}
