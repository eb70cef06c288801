-- Counts the saves of a topic's notes, so a save based on an older text is caught instead of overwriting a
-- newer one (two tabs, two colleagues). Only notes count: marking coverage does not make notes stale.
alter table conversation_topic add column notes_version int default 0 not null;
