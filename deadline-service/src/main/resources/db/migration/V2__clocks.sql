-- The clocks of every promise (SC-2.3, SC-2.4, FI-4): created from other services' events, never by a call.
create table deadline_clock (
    id                 uuid primary key,
    subject_type       varchar(20)  not null,
    subject_id         varchar(100) not null,
    kind               varchar(20)  not null,
    department         varchar(40),
    post_id            varchar(40),
    holder             varchar(40),
    acting_for         varchar(40),
    start_at           timestamptz  not null,
    start_day          date         not null,
    working_days       integer      not null,
    extension_days     integer      not null default 0,
    max_extension_days integer,
    paused_days        integer      not null default 0,
    paused_since       timestamptz,
    due_day            date         not null,
    due_at             timestamptz  not null,
    warn_at            timestamptz,
    level              varchar(20)  not null,
    state              varchar(20)  not null,
    stop_reason        varchar(200),
    next_check_at      timestamptz,
    alert_version      bigint       not null default 0,
    version            bigint       not null default 0,
    unique (subject_type, subject_id, kind)
);
-- the tick reads only clocks whose next check is due: its cost follows what is due, not what is open
create index deadline_clock_next_check on deadline_clock (next_check_at) where next_check_at is not null;
create index deadline_clock_level on deadline_clock (level, department) where state <> 'STOPPED';
create index deadline_clock_due_day on deadline_clock (due_day) where state <> 'STOPPED';

-- Every pause with its reason and the working days it cost.
create table clock_pause (
    id         bigserial primary key,
    clock_id   uuid         not null references deadline_clock (id),
    paused_at  timestamptz  not null,
    resumed_at timestamptz,
    reason     varchar(200) not null,
    lost_days  integer
);
create index clock_pause_by_clock on clock_pause (clock_id);

-- Extensions granted by supervisors, with their reason.
create table clock_extension (
    id         bigserial primary key,
    clock_id   uuid         not null references deadline_clock (id),
    days       integer      not null,
    reason     varchar(500) not null,
    granted_by varchar(40)  not null,
    granted_at timestamptz  not null
);

-- A transition is announced once, however many replicas tick: the key is claimed before publishing.
create table clock_transition (
    clock_id   uuid        not null references deadline_clock (id),
    transition varchar(40) not null,
    at         timestamptz not null,
    primary key (clock_id, transition)
);
