-- Trash of deleted groups (issue 14): deleting groups moves the group rows and every row that
-- would cascade with them into these tables, tagged with one trash batch per deletion, inside the
-- deletion's transaction; undo moves them back with their old ids and drops the batch. A batch
-- lives as long as the undo command that owns it (GroupTrash, DeleteGroupsCommand); the undo stack
-- is not saved, so opening a workspace purges whatever is left.
-- Each trash_X table has trash_batch followed by exactly the columns of X, without X's keys and
-- checks: a migration that adds a column to X adds it to trash_X too.
CREATE TABLE trash_batches (
    id         ${PK},
    created_at ${INT64} NOT NULL
);

CREATE TABLE trash_chat_groups (
    trash_batch         ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    id                  ${INT64} NOT NULL,
    platform            TEXT,
    name                TEXT,
    status              TEXT,
    main_business       TEXT,
    portrait_age        TEXT,
    portrait_gender     TEXT,
    portrait_region     TEXT,
    portrait_needs      TEXT,
    portrait_pains      TEXT,
    portrait_tags       TEXT,
    goals               TEXT,
    promotion_policy    TEXT,
    approved_promoters  TEXT,
    entry_threshold     TEXT,
    entry_fee_minor     ${INT64},
    entry_fee_currency  TEXT,
    rules_text          TEXT,
    rule_flags          TEXT,
    capacity            INTEGER,
    external_id         TEXT,
    notes               TEXT,
    created_at          ${INT64}
);
CREATE INDEX trash_chat_groups_batch ON trash_chat_groups(trash_batch);

CREATE TABLE trash_memberships (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    group_id    ${INT64},
    member_id   ${INT64},
    role        TEXT,
    joined_at   ${INT64},
    left_at     ${INT64}
);
CREATE INDEX trash_memberships_batch ON trash_memberships(trash_batch);

CREATE TABLE trash_membership_events (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    id          ${INT64},
    group_id    ${INT64},
    member_id   ${INT64},
    kind        TEXT,
    at          ${INT64},
    actor_id    ${INT64},
    batch_id    ${INT64},
    fingerprint ${INT64}
);
CREATE INDEX trash_membership_events_batch ON trash_membership_events(trash_batch);

CREATE TABLE trash_messages (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    id          ${INT64},
    group_id    ${INT64},
    member_id   ${INT64},
    sent_at     ${INT64},
    kind        INTEGER,
    body        TEXT,
    external_id TEXT,
    reply_to    TEXT,
    batch_id    ${INT64},
    fingerprint ${INT64}
);
CREATE INDEX trash_messages_batch ON trash_messages(trash_batch);

CREATE TABLE trash_rule_violations (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    id          ${INT64},
    group_id    ${INT64},
    member_id   ${INT64},
    message_id  ${INT64},
    rule        TEXT,
    at          ${INT64}
);
CREATE INDEX trash_rule_violations_batch ON trash_rule_violations(trash_batch);

CREATE TABLE trash_campaign_groups (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    campaign_id ${INT64},
    group_id    ${INT64}
);
CREATE INDEX trash_campaign_groups_batch ON trash_campaign_groups(trash_batch);

CREATE TABLE trash_partner_groups (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    member_id   ${INT64},
    group_id    ${INT64}
);
CREATE INDEX trash_partner_groups_batch ON trash_partner_groups(trash_batch);

CREATE TABLE trash_member_day_activity (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    group_id    ${INT64},
    day         INTEGER,
    member_id   ${INT64},
    messages    INTEGER
);
CREATE INDEX trash_member_day_activity_batch ON trash_member_day_activity(trash_batch);

CREATE TABLE trash_group_hour_activity (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    group_id    ${INT64},
    day         INTEGER,
    hour        INTEGER,
    messages    INTEGER
);
CREATE INDEX trash_group_hour_activity_batch ON trash_group_hour_activity(trash_batch);

-- Links a deletion clears instead of deleting (ON DELETE SET NULL): link names the column
-- ('orders.group_id', 'orders.source_message_id', 'import_batches.group_id'), row_id the row and
-- target the value it had.
CREATE TABLE trash_links (
    trash_batch ${INT64} NOT NULL REFERENCES trash_batches(id) ON DELETE CASCADE,
    link        TEXT NOT NULL,
    row_id      ${INT64} NOT NULL,
    target      ${INT64} NOT NULL
);
-- Undo looks each order up by (batch, link, row).
CREATE INDEX trash_links_batch ON trash_links(trash_batch, link, row_id);

-- Deleting a message cascades to the violations that cite it: without this index every deleted
-- message scans the whole table.
CREATE INDEX rule_violations_message ON rule_violations(message_id);
