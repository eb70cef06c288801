-- A question's words and "who asked" can be corrected after saving. The correction is a step of its trail (kind
-- EDITED) that keeps what the question said before: text in question_step.text, the asker in this column.
alter table question_step add column asked_by varchar(120);
