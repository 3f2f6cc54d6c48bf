-- The Messages view lists every group's messages newest first and pages by seeking on
-- (sent_at, id): without this index the first page of "All groups" sorts the whole table.
-- Within one group messages_group_sent (group_id, sent_at) already serves the same walk.
CREATE INDEX messages_sent ON messages(sent_at, id);
