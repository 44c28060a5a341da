-- The yearly routines page through provisional clocks by id (ClockService.PAGE at a time): an index in that order
-- reads a page's rows instead of sorting every provisional clock again for each page.
create index deadline_clock_provisional_by_id on deadline_clock (id) where due_provisional and state <> 'STOPPED';
