-- The Groups list counts each group's current members ("left_at IS NULL") for every page, sort
-- and search: through this index the count reads the index alone instead of every membership
-- row of the group (252,000 memberships on the large demo: 590 ms of the GUI thread at worst,
-- found by the stall watchdog, scripts/bench-stalls).
CREATE INDEX memberships_group_left ON memberships(group_id, left_at);
