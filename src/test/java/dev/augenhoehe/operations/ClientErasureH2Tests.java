package dev.augenhoehe.operations;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "augenhoehe.test.context=erasure-h2")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@DirtiesContext
class ClientErasureH2Tests extends ClientErasureTests {
}
