package dev.augenhoehe.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Guessing tokens or PINs at speed runs into the limit per client address; other addresses go on. */
@SpringBootTest(properties = "augenhoehe.sharing.requests-per-minute=10")
@AutoConfigureMockMvc
class ClientLinkRateLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.BeforeEach
    void setUp() {
        dev.augenhoehe.accounts.TestAccounts.setUpInstance(context, "Ann Consulting");
    }

    @Test
    void theEleventhRequestInAMinuteFromOneAddressIsRefused() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(status(from("198.51.100.1", get("/s/" + Tokens.newToken())))).isEqualTo(404);
        }
        MvcResult refused = mvc.perform(from("198.51.100.1", post("/s/" + Tokens.newToken() + "/pin")
                .param("pin", "123456"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.getResponse().getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(status(from("198.51.100.2", get("/s/" + Tokens.newToken())))).isEqualTo(404);
        // the consultant's pages are not limited by the client link's limit
        assertThat(status(from("198.51.100.1", get("/login")))).isEqualTo(200);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder from(String address, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }
}
