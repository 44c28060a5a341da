-- Service-item catalogue (SC-2.2, OTN-1): versioned; a case keeps the version it was received under.
create table service_item (
    code               varchar(40)  not null,
    version            integer      not null,
    current            boolean      not null,
    name               varchar(200) not null,
    department         varchar(40)  not null,
    basis              text         not null,
    promised_days      integer      not null,
    statutory_days     integer      not null,
    max_extension_days integer      not null,
    procedure_steps    jsonb        not null,
    fees               varchar(500),
    materials          jsonb        not null,
    refusal_grounds    jsonb        not null,
    posts              jsonb        not null,
    consultation_phone varchar(40),
    on_the_spot        boolean      not null,
    created_at         timestamptz  not null,
    created_by         varchar(40)  not null,
    primary key (code, version),
    check (promised_days <= statutory_days)
);
create unique index service_item_current on service_item (code) where current;

-- OTN-2: where to send what this station does not handle.
create table referral (
    code      varchar(40) primary key,
    matter    varchar(200) not null,
    unit      varchar(200) not null,
    handler   varchar(100) not null,
    phone     varchar(40),
    address   varchar(300)
);

-- the service items each post handles, as roster-service announces them with the post's coverage
alter table post_coverage add column service_items jsonb not null default '[]';
