-- The dashboard's engagements talked to most recently, read from an index (held_at per engagement, covering)
-- instead of every row of the workspace. Its newest questions use ix_client_question_asked (V6_3): a question's
-- status comes from its trail, not from a column.
create index ix_conversation_recent on conversation (workspace_id, engagement_id, held_at);
