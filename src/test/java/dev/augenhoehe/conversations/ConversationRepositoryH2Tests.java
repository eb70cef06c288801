package dev.augenhoehe.conversations;

import dev.augenhoehe.support.RepositoryTest;
import org.springframework.context.annotation.Import;

@RepositoryTest
@Import({GuideService.class, ShippedGuide.class, ConversationService.class})
class ConversationRepositoryH2Tests extends ConversationRepositoryContract {
}
