-- A question's trail reads the briefs, decisions, shares and client answers of a list of questions. Looked up by
-- question id alone (the trail checks the workspace on each row): with "workspace_id = ? and question_id in (...)"
-- H2 used the workspace's index and read every row of a large workspace.
create index ix_brief_question_id on brief (question_id);
create index ix_decision_question_id on decision (question_id);
create index ix_client_response_question_id on client_response (question_id);
create index ix_client_share_brief_question_id on client_share_brief (question_id);
