-- where a question came from: captured by the consultant, or asked by the client through a share link
alter table client_question add column source varchar(20) default 'CONSULTANT' not null;
