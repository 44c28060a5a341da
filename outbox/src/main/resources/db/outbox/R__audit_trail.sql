-- Audit trail: every state-changing act of a person, append-only. Repeatable (and idempotent) so every service that
-- reads db/outbox gets the same table whatever its own migration numbers are.
create table if not exists audit_entry (
    seq        bigserial    primary key,
    at         timestamptz  not null,
    actor      varchar(64)  not null,
    role       varchar(40)  not null,
    acting_for varchar(64),
    action     varchar(60)  not null,
    subject    varchar(200) not null,
    before     jsonb,
    after      jsonb
);
create index if not exists audit_entry_subject on audit_entry (subject, seq);
create index if not exists audit_entry_actor on audit_entry (actor, seq);

-- No update or delete path exists in the code; the database refuses one too.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only' using errcode = '42501';
end
$$;
drop trigger if exists audit_entry_no_change on audit_entry;
create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
drop trigger if exists audit_entry_no_truncate on audit_entry;
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
