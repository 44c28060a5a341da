-- AB-4: a planned absence of an A holder asks for a handover to the post's B by the end of the previous
-- working day. One row per post the absent person holds as A on the absence's first day.
create table handover (
    absence_id      uuid        not null references absence (id),
    post_id         varchar(40) not null references post (id),
    a_holder        varchar(40) not null,
    b_holder        varchar(40),
    due_by          timestamptz not null,
    ad_hoc          boolean     not null,
    note            varchar(2000),
    pending_work    varchar(4000),
    handed_over_at  timestamptz,
    acknowledged_at timestamptz,
    acknowledged_by varchar(40),
    flagged         varchar(20),
    primary key (absence_id, post_id)
);
create index handover_unflagged on handover (due_by) where handed_over_at is null and flagged is null and not ad_hoc;

-- What supervisors must see and act on: empty posts (AB-3), missing or late handovers (AB-4).
create table roster_alarm (
    id          uuid primary key,
    kind        varchar(30) not null,
    post_id     varchar(40) not null references post (id),
    staff_id    varchar(40),
    detail      varchar(500) not null,
    raised_at   timestamptz not null,
    resolved_at timestamptz
);
create index roster_alarm_open on roster_alarm (post_id, kind) where resolved_at is null;
