-- Where each running clock of a transfer or complaint stands (from deadline.alerts.v1), for the complaint
-- center's live board of warning and overdue items. A stopped clock leaves the board.
create table watched_clock (
    subject_type varchar(20)  not null,
    subject_id   varchar(60)  not null,
    clock_kind   varchar(20)  not null,
    contact_id   uuid         not null,
    level        varchar(20)  not null,
    due_at       timestamptz,
    holder       varchar(40),
    acting_for   varchar(40),
    department   varchar(40),
    updated_at   timestamptz  not null,
    primary key (subject_type, subject_id, clock_kind)
);
create index watched_clock_level on watched_clock (level);
create index violation_occurred_at on violation (occurred_at);
