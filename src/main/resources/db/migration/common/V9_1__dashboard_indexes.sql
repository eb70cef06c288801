-- The dashboard's two lists, read from indexes instead of every row of the workspace: the newest open questions
-- (status, then asked_at), and the engagements talked to most recently (held_at per engagement, covering).
create index ix_client_question_open on client_question (workspace_id, status, asked_at);
create index ix_conversation_recent on conversation (workspace_id, engagement_id, held_at);
