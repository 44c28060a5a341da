create table staff (
    id         varchar(40) primary key,
    name       varchar(200) not null,
    department varchar(40)  not null,
    rank       integer      not null,
    active     boolean      not null default true,
    version    bigint       not null default 0
);

create table post (
    id         varchar(40) primary key,
    name       varchar(200) not null,
    department varchar(40)  not null,
    version    bigint       not null default 0
);

create table post_service_item (
    post_id   varchar(40) not null references post (id),
    item_code varchar(40) not null,
    primary key (post_id, item_code)
);

-- AB-1/AB-3: for each working day a post has an A holder and a B holder, two different people.
create table roster_day (
    post_id  varchar(40) not null references post (id),
    day      date        not null,
    a_holder varchar(40) references staff (id),
    b_holder varchar(40) references staff (id),
    primary key (post_id, day)
);
create index roster_day_by_day on roster_day (day);

-- Whereabouts (SC-2.6) and absences (AB-1): half days happen, so bounds are instants.
create table absence (
    id            uuid primary key,
    staff_id      varchar(40) not null references staff (id),
    starts_at     timestamptz not null,
    ends_at       timestamptz not null,
    reason        varchar(20) not null,
    note          varchar(500),
    cancelled     boolean     not null default false,
    registered_at timestamptz not null,
    registered_by varchar(40) not null,
    check (ends_at > starts_at)
);
create index absence_by_staff on absence (staff_id, starts_at);
create index absence_by_time on absence (starts_at, ends_at) where not cancelled;

-- AB-3: a supervisor's temporary holder for an empty post.
create table stand_in (
    id        uuid primary key,
    post_id   varchar(40) not null references post (id),
    staff_id  varchar(40) not null references staff (id),
    starts_at timestamptz not null,
    ends_at   timestamptz not null,
    named_by  varchar(40) not null,
    check (ends_at > starts_at)
);
create index stand_in_by_post on stand_in (post_id, starts_at);

-- Coverage history: who held which post when, acting for whom (AB-5). ended_at null = current period.
create table coverage_period (
    id         bigserial primary key,
    post_id    varchar(40) not null references post (id),
    version    bigint      not null,
    state      varchar(20) not null,
    holder     varchar(40),
    role       varchar(20) not null,
    acting_for varchar(40),
    cause      varchar(40) not null,
    since      timestamptz not null,
    until      timestamptz,
    ended_at   timestamptz,
    unique (post_id, version)
);
create unique index coverage_period_current on coverage_period (post_id) where ended_at is null;
