-- Roll-up of messages per group, local day and member, kept exact by every write of messages
-- (import, deletion) inside the same transaction, so dashboards never scan the messages table.
-- day = days since 1970-01-01 of the message's local date in the workspace time zone
-- (meta 'time_zone', an IANA id fixed when the workspace is created).
CREATE TABLE member_day_activity (
    group_id  ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    day       INTEGER NOT NULL,
    member_id ${INT64} NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    messages  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, day, member_id)
);
CREATE INDEX member_day_activity_member ON member_day_activity(member_id, day);

-- Messages per group, local day and hour of day (0-23), for the hour x weekday heat map.
CREATE TABLE group_hour_activity (
    group_id  ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    day       INTEGER NOT NULL,
    hour      INTEGER NOT NULL,
    messages  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, day, hour)
);
