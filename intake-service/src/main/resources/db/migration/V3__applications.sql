-- Applications and cases (OTN-3, WP-4, SC-2.4, AB-1/AB-5).
create table application (
    id                 uuid primary key,
    case_number        varchar(40) unique,
    item_code          varchar(40)  not null,
    item_version       integer,
    applicant_type     varchar(20)  not null,
    applicant_id       varchar(40)  not null,
    applicant_name     varchar(200) not null,
    applicant_phone    varchar(40),
    applicant_attrs    jsonb        not null,
    channel            varchar(20)  not null,
    outcome            varchar(20)  not null,
    state              varchar(30)  not null,
    materials          jsonb        not null,
    first_notice       jsonb,
    first_notice_by    varchar(40),
    refusal            jsonb,
    referral           jsonb,
    post_id            varchar(40),
    handler            varchar(40),
    acting_for         varchar(40),
    received_by        varchar(40)  not null,
    received_at        timestamptz  not null,
    accepted_at        timestamptz,
    completed_at       timestamptz,
    completed_by       varchar(40),
    completed_for      varchar(40),
    promised_due       timestamptz,
    statutory_due      timestamptz,
    deadline_level     varchar(20),
    consultation       jsonb,
    archived_at        timestamptz,
    repeated_demands   jsonb        not null default '[]',
    event_version      bigint       not null default 0,
    version            bigint       not null default 0
);
create index application_queue on application (post_id, state);
create index application_received on application (received_at);

-- Every act on a case: who acted, in whose place (AB-5), and why.
create table case_history (
    id             bigserial primary key,
    application_id uuid        not null references application (id),
    at             timestamptz not null,
    action         varchar(40) not null,
    actor          varchar(40),
    acting_for     varchar(40),
    detail         text
);
create index case_history_by_application on case_history (application_id, id);

-- A retry with the same Idempotency-Key never makes a second application.
create table idempotency_key (
    key            varchar(200) primary key,
    request_hash   varchar(64)  not null,
    application_id uuid         not null references application (id),
    created_at     timestamptz  not null
);

-- WP-8: every reception at the window, not only accepted cases.
create table reception (
    id             uuid primary key,
    channel        varchar(20)  not null,
    staff_id       varchar(40)  not null,
    post_id        varchar(40),
    at             timestamptz  not null,
    matter         varchar(1000) not null,
    outcome        varchar(30)  not null,
    item_code      varchar(40),
    difficult      boolean      not null,
    note           varchar(2000),
    application_id uuid references application (id)
);
create index reception_at on reception (at);

-- SC-2.6: appointments and extended-hours sessions for matters that need study or approval.
create table appointment (
    id             uuid primary key,
    post_id        varchar(40)  not null,
    day            date         not null,
    slot           varchar(20)  not null,
    extended_hours boolean      not null,
    matter         varchar(1000) not null,
    applicant_name varchar(200) not null,
    applicant_phone varchar(40),
    item_code      varchar(40),
    booked_by      varchar(40)  not null,
    booked_at      timestamptz  not null,
    state          varchar(20)  not null
);
create index appointment_by_post on appointment (post_id, day);

create sequence case_number_seq;
