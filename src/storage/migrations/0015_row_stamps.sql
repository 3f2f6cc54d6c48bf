-- Every row a person edits carries a stamp (docs/team.md, "Two people, one row"): a version that
-- every change of its editable columns raises, and who made the last such change and when
-- (seconds since 1970, UTC). An edit checks the version before it writes, so that on a team
-- server a save never overwrites what somebody else saved since; the conflict message names them.
ALTER TABLE chat_groups ADD COLUMN row_version ${INT64} NOT NULL DEFAULT 1;
ALTER TABLE chat_groups ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE chat_groups ADD COLUMN updated_at ${INT64};
ALTER TABLE trash_chat_groups ADD COLUMN row_version ${INT64};
ALTER TABLE trash_chat_groups ADD COLUMN updated_by TEXT;
ALTER TABLE trash_chat_groups ADD COLUMN updated_at ${INT64};
ALTER TABLE members ADD COLUMN row_version ${INT64} NOT NULL DEFAULT 1;
ALTER TABLE members ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN updated_at ${INT64};
ALTER TABLE products ADD COLUMN row_version ${INT64} NOT NULL DEFAULT 1;
ALTER TABLE products ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN updated_at ${INT64};
ALTER TABLE campaigns ADD COLUMN row_version ${INT64} NOT NULL DEFAULT 1;
ALTER TABLE campaigns ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN updated_at ${INT64};
ALTER TABLE orders ADD COLUMN row_version ${INT64} NOT NULL DEFAULT 1;
ALTER TABLE orders ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN updated_at ${INT64};
