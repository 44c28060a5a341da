-- The absent A holder's reason category (SC-2.6) for the supervisors' whereabouts board.
alter table post_coverage add column away_reason varchar(20);
