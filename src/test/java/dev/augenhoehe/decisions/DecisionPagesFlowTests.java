package dev.augenhoehe.decisions;

import static dev.augenhoehe.decisions.DecisionsFlowTests.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.augenhoehe.accounts.TestAccounts;
import dev.augenhoehe.accounts.TestAccounts.TestUser;
import dev.augenhoehe.language.Language;
import dev.augenhoehe.sharing.ClientPageSection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The pages on the whole stack (H2): full and htmx, foreign ids, bad uploads, other ADR formats, hostile text. */
@SpringBootTest
@AutoConfigureMockMvc
class DecisionPagesFlowTests {

    static final String HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3)) "
            + "<a href=\"javascript:alert(4)\">y</a> \"><svg onload=alert(5)>\n# Heading\n---\nstatus: accepted";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DecisionService decisions;

    @Autowired
    DecisionsClientSection clientSection;

    @Autowired
    TemplateEngine templates;

    TestUser ann;
    TestUser bob;
    long engagement;

    @BeforeEach
    void twoWorkspaces() {
        ann = TestAccounts.setUpInstance(context, "Ann Consulting");
        bob = TestAccounts.createWorkspace(context, "Bob & Partner");
        engagement = DecisionFixtures.engagement(jdbc, ann.workspaceId(), "Online shop");
    }

    @Test
    void pagesAnswerFullAndHtmxAndForeignIdsAre404() throws Exception {
        Actor actor = new Actor(ann.userId(), "Ann");
        DecisionView old = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.fields("Own server"), actor);
        DecisionView d = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.fields("Cloud"), actor);
        decisions.link(ann.workspaceId(), d.id(), LinkType.SUPERSEDES, old.id(), actor, null);
        for (String path : List.of("/engagements/" + engagement + "/decisions", "/decisions/" + d.id(),
                "/decisions", "/engagements/" + engagement + "/decisions/import")) {
            mvc.perform(as(ann, get(path))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html")));
            mvc.perform(as(ann, get(path)).header("HX-Request", "true")).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<html"))));
        }
        for (String path : List.of("/engagements/" + engagement + "/decisions/new", "/decisions/" + d.id() + "/edit")) {
            mvc.perform(as(ann, get(path))).andExpect(status().isOk());
        }
        mvc.perform(as(ann, get("/engagements/" + engagement + "/decisions")).param("status", "SUPERSEDED"))
                .andExpect(content().string(containsString("0001 Own server")))
                .andExpect(content().string(not(containsString("0002 Cloud</a></h3>"))))
                .andExpect(content().string(containsString("<svg")));
        mvc.perform(as(ann, get("/engagements/" + engagement))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Decision log")))
                .andExpect(content().string(containsString("0002 Cloud")));
        for (String path : List.of("/engagements/" + engagement + "/decisions", "/decisions/" + d.id(),
                "/decisions/" + d.id() + "/edit", "/engagements/" + engagement + "/decisions/madr.zip",
                "/engagements/" + engagement + "/decisions/import", "/engagements/" + engagement + "/decisions/new",
                "/engagements/" + engagement + "/decisions/import/1", "/decisions/abc", "/decisions/99999999")) {
            mvc.perform(as(bob, get(path))).andExpect(status().isNotFound());
        }
        mvc.perform(as(bob, post("/decisions/" + d.id() + "/links")).param("type", "RELATES_TO")
                .param("target", String.valueOf(old.id()))).andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/decisions/" + d.id())).param("title", "x").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(as(bob, post("/engagements/" + engagement + "/decisions")).param("title", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(as(bob, multipart("/engagements/" + engagement + "/decisions/import")
                .file(md("0001-a.md", "# A")))).andExpect(status().isNotFound());
        // Bob's decision cannot be linked into Ann's engagement, not even by guessing its id
        long bobs = DecisionFixtures.engagement(jdbc, bob.workspaceId(), "Bob's");
        DecisionView foreign = decisions.record(bob.workspaceId(), bobs, DecisionFixtures.fields("Bob"), actor);
        mvc.perform(as(ann, post("/decisions/" + d.id() + "/links")).param("type", "RELATES_TO")
                .param("target", String.valueOf(foreign.id()))).andExpect(status().isNotFound());
        assertThat(decisions.get(bob.workspaceId(), foreign.id()).links()).isEmpty();
    }

    @Test
    void recordingChangingAndLinkingThroughTheForms() throws Exception {
        mvc.perform(as(ann, post("/engagements/" + engagement + "/decisions")).param("title", "")
                .param("date", "3 March")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"f-date-error\"")))
                .andExpect(content().string(containsString("id=\"f-title-error\"")));
        MvcResult created = mvc.perform(as(ann, post("/engagements/" + engagement + "/decisions"))
                .param("title", "Keep the old code").param("status", "ACCEPTED").param("date", "2023-05-02")
                .param("options[0].name", "Keep it").param("options[0].good", "- known\n- paid for")
                .param("options[5].name", "Hole").param("options[99].name", "x").param("tags", "legacy, Code")
                .param("source", "Minutes of 2 May 2023").param("status", "NONSENSE"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String path = created.getResponse().getRedirectedUrl();
        DecisionView d = decisions.get(ann.workspaceId(), Long.parseLong(path.replace("/decisions/", "")));
        assertThat(d.fields().wasInherited()).isTrue();
        assertThat(d.fields().tags()).containsExactly("legacy", "code");
        assertThat(d.fields().options().get(0).good()).containsExactly("known", "paid for");
        mvc.perform(as(ann, post(path)).param("version", String.valueOf(d.version())).param("title", "Keep the old code")
                .param("status", "DEPRECATED")).andExpect(status().is3xxRedirection());
        // the form opened on the first version: someone saved since, so the text comes back beside theirs
        mvc.perform(as(ann, post(path)).param("version", String.valueOf(d.version())).param("title", "My title"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed")))
                .andExpect(content().string(containsString("My title")));
        mvc.perform(as(ann, post(path)).param("version", "abc").param("title", "x")).andExpect(status().isOk());
        mvc.perform(as(ann, post(path + "/links")).param("type", "NONSENSE").param("target", "x"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, post(path + "/links")).param("type", "SUPERSEDES").param("target", String.valueOf(d.id())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, post(path + "/links/remove")).param("type", "x")).andExpect(status().is3xxRedirection());
        mvc.perform(as(ann, get(path))).andExpect(status().isOk())
                .andExpect(content().string(containsString("status now: deprecated")))
                .andExpect(content().string(containsString("Recorded")));
    }

    @Test
    void badUploadsGetAClearMessageAndNeverA500() throws Exception {
        String url = "/engagements/" + engagement + "/decisions/import";
        expectMessage(url, List.of(), "The upload was empty.");
        expectMessage(url, List.of(new MockMultipartFile("files", "empty.zip", "application/zip", new byte[0])),
                "The upload was empty.");
        byte[] broken = "PK\u0003\u0004 this is no zip at all".getBytes(StandardCharsets.ISO_8859_1);
        expectMessage(url, List.of(new MockMultipartFile("files", "broken.zip", "application/zip", broken)),
                "The zip cannot be read.");
        expectMessage(url, List.of(new MockMultipartFile("files", "huge.md", "text/markdown",
                new byte[UploadReader.MAX_UPLOAD + 1])), "The upload is too big.");

        // a zip bomb: a small zip whose entry unpacks far beyond the limit is refused while unpacking
        Map<String, byte[]> bomb = new LinkedHashMap<>();
        bomb.put("0001-bomb.md", new byte[20 * 1024 * 1024]);
        preview(url, zip(bomb)).andExpect(content().string(containsString("The file is too big")));
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            many.put("part-" + i + "/000" + i + "-x.md", new byte[UploadReader.MAX_FILE - 10]);
        }
        many.put("../../etc/0001-escape.md", "# Escape".getBytes(StandardCharsets.UTF_8));
        many.put("/abs/0002-abs.md", "# Absolute".getBytes(StandardCharsets.UTF_8));
        preview(url, zip(many)).andExpect(content().string(containsString("points outside the folder")))
                .andExpect(content().string(not(containsString("Escape</"))));
        assertThat(decisions.ofEngagement(ann.workspaceId(), engagement)).isEmpty();

        Map<String, byte[]> bad = new LinkedHashMap<>();
        bad.put("0001-yaml.md", "---\nstatus: [unclosed\n---\n# A".getBytes(StandardCharsets.UTF_8));
        bad.put("0002-open.md", "---\nstatus: accepted\n# never closed".getBytes(StandardCharsets.UTF_8));
        bad.put("0003-laughs.md", ("---\na: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b]\n"
                + "---\n# Laughs").getBytes(StandardCharsets.UTF_8));
        bad.put("0004-latin1.md", "# Gr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1));
        bad.put("0005-notitle.md", "just text".getBytes(StandardCharsets.UTF_8));
        bad.put("0006-list.md", "---\n- a\n- b\n---\n# List".getBytes(StandardCharsets.UTF_8));
        bad.put("0007-ok.md", "---\nstatus: weird\ndate: someday\nfoo: bar\n---\n# Fine".getBytes(StandardCharsets.UTF_8));
        preview(url, zip(bad)).andExpect(content().string(containsString("not valid YAML")))
                .andExpect(content().string(containsString("never ends")))
                .andExpect(content().string(containsString("not text in UTF-8")))
                .andExpect(content().string(containsString("has no title")))
                .andExpect(content().string(containsString("The status &quot;weird&quot; is unknown")))
                .andExpect(content().string(containsString("The field &quot;foo&quot; of the front matter")))
                .andExpect(content().string(containsString("Create 1 decisions")));

        // seeded generated garbage: whatever the bytes, a page with a message, never a 500
        Random random = new Random(11);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            if (i % 2 == 0 && bytes.length > 4) {
                System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, bytes, 0, 4);
            }
            String text = "---\n" + new String(bytes, StandardCharsets.ISO_8859_1).replace('\u0000', ' ');
            mvc.perform(as(ann, multipart(url).file(new MockMultipartFile("files", i % 2 == 0 ? "x.zip" : "x.md",
                    "application/octet-stream", i % 4 == 1 ? text.getBytes(StandardCharsets.UTF_8) : bytes))))
                    .andExpect(status().isOk());
        }
        mvc.perform(as(ann, post(url + "/99999"))).andExpect(status().isNotFound());
        mvc.perform(as(ann, post(url + "/abc"))).andExpect(status().isNotFound());
    }

    @Test
    void adrToolsAndOlderMadrFilesMapToTheFields() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        DecisionFixtures.files(DecisionFixtures.OTHER).forEach((k, v) -> files.put(k, v.getBytes(StandardCharsets.UTF_8)));
        MvcResult preview = preview("/engagements/" + engagement + "/decisions/import", zip(files))
                .andExpect(content().string(containsString("Create 5 decisions"))).andReturn();
        MadrImport.Preview plan = (MadrImport.Preview) preview.getModelAndView().getModel().get("preview");
        mvc.perform(as(ann, post("/engagements/" + engagement + "/decisions/import/" + plan.pendingId())))
                .andExpect(status().is3xxRedirection());
        List<DecisionView> all = decisions.ofEngagement(ann.workspaceId(), engagement);
        assertThat(all).extracting(d -> d.fields().title()).containsExactly("Record architecture decisions",
                "Use PostgreSQL", "Use H2 for single users", "Use structured logging", "Add a cache in front of the shop");
        assertThat(all).extracting(DecisionView::status).containsExactly(DecisionStatus.ACCEPTED,
                DecisionStatus.SUPERSEDED, DecisionStatus.ACCEPTED, DecisionStatus.ACCEPTED, DecisionStatus.REJECTED);
        DecisionFields nygard = all.get(0).fields();
        assertThat(nygard.date()).hasToString("2016-02-12");
        assertThat(nygard.context()).startsWith("We need to record");
        assertThat(nygard.reasons()).startsWith("We will use Architecture Decision Records");
        assertThat(nygard.moreInformation()).contains("See Michael Nygard's article");
        assertThat(all.get(2).links()).containsExactly(new Link(LinkType.SUPERSEDES, all.get(1).id()));
        assertThat(all.get(1).links()).containsExactly(new Link(LinkType.SUPERSEDED_BY, all.get(2).id()));
        DecisionFields madr2 = all.get(3).fields();
        assertThat(madr2.decisionMakers()).isEqualTo("Anna, Ben");
        assertThat(madr2.date()).hasToString("2019-05-02");
        assertThat(madr2.chosen()).isEqualTo("JSON logs");
        assertThat(madr2.good()).containsExactly("Logs can be filtered");
        assertThat(madr2.bad()).containsExactly("Harder to read by eye");
        assertThat(madr2.moreInformation()).contains("Technical Story: ticket 42");
        assertThat(all.get(3).links()).containsExactly(new Link(LinkType.RELATES_TO, all.get(0).id()));
        DecisionFields madr3 = all.get(4).fields();
        assertThat(madr3.decisionMakers()).isEqualTo("Anna, Ben");
        assertThat(madr3.consulted()).isEqualTo("Carla");
        assertThat(madr3.confirmation()).isEqualTo("Page times are measured weekly.");
        assertThat(madr3.options()).extracting(ConsideredOption::name).containsExactly("Cache", "Faster database");
    }

    @Test
    void hostileTextIsInertInThePagesAndOnTheClientPage() throws Exception {
        Actor actor = new Actor(ann.userId(), HOSTILE);
        DecisionView old = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.everywhere(HOSTILE), actor);
        DecisionView next = decisions.record(ann.workspaceId(), engagement, DecisionFixtures.everywhere(HOSTILE + " 2"),
                actor);
        decisions.link(ann.workspaceId(), next.id(), LinkType.SUPERSEDES, old.id(), actor, null);
        for (String path : List.of("/engagements/" + engagement + "/decisions", "/decisions/" + old.id(),
                "/decisions/" + next.id(), "/decisions/" + next.id() + "/edit", "/decisions", "/engagements/" + engagement)) {
            String html = mvc.perform(as(ann, get(path))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertInert(path, html);
        }
        ClientPageSection.Content content = clientSection.content(ann.workspaceId(), engagement, Language.DE).orElseThrow();
        Context ctx = new Context(Locale.GERMAN);
        ctx.setVariable("data", content.data());
        String fragment = templates.process(content.template(), java.util.Set.of(content.fragment()), ctx);
        assertInert("client page", "<html><body>" + fragment + "</body></html>");
        assertThat(Jsoup.parse(fragment).text()).contains("Vor unserer Zusammenarbeit, am 3. März 2026")
                .contains("Am " + DecisionsClientSection.date(java.time.LocalDate.now(ClientChoiceRecorder.ZONE),
                        Locale.GERMAN) + " ersetzt durch");
        assertThat(clientSection.content(bob.workspaceId(), engagement, Language.EN)).isEmpty();
    }

    static void assertInert(String where, String html) {
        Document page = Jsoup.parse(html);
        assertThat(page.select("script").stream().filter(s -> !s.hasAttr("src")).toList()).as(where).isEmpty();
        assertThat(page.select("script[src]").eachAttr("src")).as(where)
                .allMatch(src -> src.startsWith("/webjars/") || src.startsWith("/js/"));
        assertThat(page.select("img, svg [onload], iframe, object")).as(where).isEmpty();
        assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().startsWith("on") || a.getValue().strip().toLowerCase(Locale.ROOT)
                        .startsWith("javascript:")).toList()).as(where).isEmpty();
    }

    org.springframework.test.web.servlet.ResultActions preview(String url, byte[] zip) throws Exception {
        return mvc.perform(as(ann, multipart(url).file(new MockMultipartFile("files", "d.zip", "application/zip", zip))))
                .andExpect(status().isOk());
    }

    void expectMessage(String url, List<MockMultipartFile> files, String message) throws Exception {
        var request = multipart(url);
        files.forEach(request::file);
        mvc.perform(as(ann, request)).andExpect(status().isOk()).andExpect(content().string(containsString(message)));
    }

    static MockMultipartFile md(String name, String text) {
        return new MockMultipartFile("files", name, "text/markdown", text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] zip(Map<String, byte[]> files) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
