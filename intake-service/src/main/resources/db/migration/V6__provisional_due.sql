-- A due date deadline-service computed over a year whose holiday schedule is not published yet is an estimate:
-- shown as such on the application, the workbench and the printed acceptance until a re-timing clears it.
alter table application add column promised_due_provisional boolean not null default false;
alter table application add column statutory_due_provisional boolean not null default false;
