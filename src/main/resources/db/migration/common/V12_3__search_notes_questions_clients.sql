-- Notes, questions and clients become searchable (they are indexed when saved); what was written before this
-- version goes into the search once, here. Titles say where a hit belongs, as the app writes them: a note is
-- "Client · Engagement: Topic", a question's body "Client · Engagement: who asked". Without a conversation to
-- say otherwise, a text counts as German, the product's first language.
insert into knowledge_search_document (workspace_id, kind, doc_key, title_de, body_de, title_en, body_en, url,
                                       deleted, changed_at)
select t.workspace_id, 'note', cast(t.id as varchar(20)),
       case when c.language = 'EN' then '' else substring(cl.name || ' · ' || e.title || ': ' || t.title from 1 for 300) end,
       case when c.language = 'EN' then '' else t.notes end,
       case when c.language = 'EN' then substring(cl.name || ' · ' || e.title || ': ' || t.title from 1 for 300) else '' end,
       case when c.language = 'EN' then t.notes else '' end,
       '/conversations/' || cast(c.id as varchar(20)) || '/live#topic-' || cast(t.id as varchar(20)),
       false, current_timestamp
from conversation_topic t
         join conversation c on c.id = t.conversation_id
         join engagement e on e.id = c.engagement_id
         join client cl on cl.id = e.client_id
where t.notes is not null and t.notes <> '';

insert into knowledge_search_document (workspace_id, kind, doc_key, title_de, body_de, title_en, body_en, url,
                                       deleted, changed_at)
select q.workspace_id, 'question', cast(q.id as varchar(20)),
       case when c.language = 'EN' then '' else substring(q.text from 1 for 300) end,
       case when c.language = 'EN' then '' else cl.name || ' · ' || e.title || ': ' || coalesce(q.asked_by, '') end,
       case when c.language = 'EN' then substring(q.text from 1 for 300) else '' end,
       case when c.language = 'EN' then cl.name || ' · ' || e.title || ': ' || coalesce(q.asked_by, '') else '' end,
       '/questions/' || cast(q.id as varchar(20)),
       false, current_timestamp
from client_question q
         left join conversation c on c.id = q.conversation_id
         join engagement e on e.id = q.engagement_id
         join client cl on cl.id = e.client_id;

insert into knowledge_search_document (workspace_id, kind, doc_key, title_de, body_de, title_en, body_en, url,
                                       deleted, changed_at)
select cl.workspace_id, 'client', cast(cl.id as varchar(20)), substring(cl.name from 1 for 300),
       trim(coalesce(cl.contact_person, '') || ' ' || coalesce(cl.notes, '')), '', '',
       '/clients/' || cast(cl.id as varchar(20)), false, current_timestamp
from client cl;
