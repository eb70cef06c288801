-- The consultant's one line on what changed in a published version ("Costs updated after the call"); optional.
alter table brief_version add column change_note varchar(200);
