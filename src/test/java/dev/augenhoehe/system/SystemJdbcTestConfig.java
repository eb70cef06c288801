package dev.augenhoehe.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The JDBC mapping settings of the application, for repository slice tests. */
@TestConfiguration(proxyBeanMethods = false)
@Import(JdbcConfig.class)
public class SystemJdbcTestConfig {
}
