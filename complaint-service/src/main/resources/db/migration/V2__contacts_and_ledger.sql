-- Local projection of roster.coverage.v1: who covers for whom now (FI-4 transfers go to the cover holder).
create table post_coverage (
    post_id    varchar(40) primary key,
    department varchar(40),
    state      varchar(20) not null,
    holder     varchar(40),
    acting_for varchar(40),
    version    bigint      not null
);
create index post_coverage_acting_for on post_coverage (acting_for);

-- First-inquiry contacts (FI-1..FI-5) and complaint-center matters (FI-7).
create table contact (
    id                uuid primary key,
    kind              varchar(20)  not null,
    channel           varchar(20)  not null,
    first_receiver    varchar(40)  not null,
    present_staff     jsonb        not null,
    owner             varchar(40)  not null,
    owner_rule        varchar(200) not null,
    client_unit       varchar(200),
    client_name       varchar(200),
    client_phone      varchar(40),
    client_preference varchar(100),
    anonymous         boolean      not null,
    matter            text         not null,
    service_item_code varchar(40),
    post_id           varchar(40),
    department        varchar(40),
    state             varchar(30)  not null,
    outcome           varchar(30),
    answer            text,
    guidance          text,
    referred_to       varchar(200),
    supervision_note  text,
    rating            integer,
    rating_comment    varchar(1000),
    follow_up         boolean      not null default false,
    received_at       timestamptz  not null,
    closed_at         timestamptz,
    event_version     bigint       not null default 0,
    version           bigint       not null default 0
);
create index contact_state on contact (state, department);

create table transfer (
    id              uuid primary key,
    contact_id      uuid         not null references contact (id),
    from_staff      varchar(40)  not null,
    requested_to    varchar(40)  not null,
    receiver        varchar(40)  not null,
    covering_for    varchar(40),
    note            varchar(2000),
    transferred_at  timestamptz  not null,
    acknowledged_at timestamptz,
    contacted_at    timestamptz,
    resolved_at     timestamptz,
    resolution      text,
    ack_due         timestamptz,
    contact_due     timestamptz,
    resolve_due     timestamptz
);
create index transfer_by_contact on transfer (contact_id);

create table contact_history (
    id         bigserial primary key,
    contact_id uuid        not null references contact (id),
    at         timestamptz not null,
    action     varchar(40) not null,
    actor      varchar(40),
    acting_for varchar(40),
    detail     text
);
create index contact_history_by_contact on contact_history (contact_id, id);

-- FI-7 routing table: department by service item, post or keyword; complaint officers edit it.
create table routing_rule (
    id         uuid primary key,
    match_kind varchar(20)  not null,
    match      varchar(200) not null,
    department varchar(40)  not null,
    created_by varchar(40)  not null,
    unique (match_kind, match)
);

-- Accountability ledger (OTN-6, FI-8): candidates until verified; verified ones deduct points.
create table violation (
    id              uuid primary key,
    source_event_id uuid unique,
    kind            varchar(40)  not null,
    staff_id        varchar(40)  not null,
    acting_for      varchar(40),
    department      varchar(40),
    subject_type    varchar(20),
    subject_id      varchar(100),
    evidence        text         not null,
    state           varchar(20)  not null,
    points          integer,
    decided_by      varchar(40),
    decided_at      timestamptz,
    decision_note   varchar(1000),
    appeal_reason   varchar(2000),
    appealed_at     timestamptz,
    appeal_outcome  varchar(20),
    appeal_decided_by varchar(40),
    appeal_decided_at timestamptz,
    occurred_at     timestamptz  not null,
    version         bigint       not null default 0
);
create index violation_by_staff on violation (staff_id, occurred_at);
create index violation_by_state on violation (state);
