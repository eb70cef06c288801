package dev.augenhoehe.operations;

import dev.augenhoehe.support.PostgresTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "augenhoehe.test.context=erasure-postgres")
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@PostgresTest
@DirtiesContext
class ClientErasurePostgresTests extends ClientErasureTests {
}
