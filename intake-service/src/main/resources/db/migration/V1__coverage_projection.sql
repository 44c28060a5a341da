-- Local projection of roster.coverage.v1: who holds each post now (AB-1), so intake routes work while
-- roster-service is down. version = the post's coverage version; older events never overwrite newer ones.
create table post_coverage (
    post_id    varchar(40) primary key,
    department varchar(40),
    state      varchar(20) not null,
    holder     varchar(40),
    role       varchar(20) not null,
    acting_for varchar(40),
    cause      varchar(40),
    since      timestamptz not null,
    until      timestamptz,
    version    bigint      not null,
    updated_at timestamptz not null
);
