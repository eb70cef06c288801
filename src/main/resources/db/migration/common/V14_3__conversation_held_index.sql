-- The dashboard's engagements talked to most recently, from the newest conversations of the workspace
-- (ConversationRepository.engagementsOfNewest) instead of grouping all of them.
create index ix_conversation_held on conversation (workspace_id, held_at);
