-- Case history ids are handed out fifty at a time (issue 15): the history rows an act writes are inserted in one
-- batch at commit instead of one round trip each. Rows of one case still read in the order they were recorded
-- (at, then id); ids from different replicas' blocks need not follow time.
alter sequence case_history_id_seq increment by 50;
