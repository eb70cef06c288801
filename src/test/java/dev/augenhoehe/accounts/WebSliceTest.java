package dev.augenhoehe.accounts;

import dev.augenhoehe.system.SystemWebTestConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * An MVC slice test of the given controllers inside the real page shell (security, messages, layout), on an
 * instance that is already set up. Sign in with {@code .with(user(TestAccounts.owner(...)))}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({SystemWebTestConfig.class, TestAccounts.AlwaysSetUp.class})
public @interface WebSliceTest {

    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
