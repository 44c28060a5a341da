-- What intake writes per accepted application, reduced to its two inserts: the application and its outbox event.
create table application (id uuid primary key, received_at timestamptz not null default now(), payload jsonb not null);
create table outbox_event (id bigserial primary key, event_id uuid not null unique, topic varchar(200) not null,
    payload jsonb not null, created_at timestamptz not null default now(), published_at timestamptz);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;
