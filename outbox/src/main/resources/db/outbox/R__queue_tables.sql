-- The outbox and the inbox are queues: the outbox's rows are inserted, marked once when published and purged later,
-- and the relay reads the few unpublished ones through a partial index. Vacuumed at 1 % dead rows instead of the
-- default 20 %, so that index never makes the relay step over a long tail of dead entries (issue 15: the relay's
-- query grew to tens of milliseconds on a database that was not vacuumed).
alter table outbox_event set (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_threshold = 1000);
alter table processed_event set (autovacuum_vacuum_scale_factor = 0.05, autovacuum_analyze_scale_factor = 0.05);
