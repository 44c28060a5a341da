-- Local projection of roster.staff.v1 for services that only need to know which department a member of staff
-- (a supervisor above all) belongs to. Repeatable and idempotent, like the audit trail.
create table if not exists staff_department (
    staff_id   varchar(40) primary key,
    department varchar(40) not null,
    active     boolean     not null,
    version    bigint      not null
);
