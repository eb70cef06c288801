-- The trail's own steps by question id alone (see V14_1). H2 indexes the foreign key column by itself;
-- PostgreSQL does not.
create index ix_question_step_question_id on question_step (question_id);
