package dev.augenhoehe.conversations;

import dev.augenhoehe.support.PostgresTest;
import dev.augenhoehe.support.RepositoryTest;
import org.springframework.context.annotation.Import;

@RepositoryTest
@PostgresTest
@Import({GuideService.class, ShippedGuide.class, ConversationService.class})
class ConversationRepositoryPostgresTests extends ConversationRepositoryContract {
}
