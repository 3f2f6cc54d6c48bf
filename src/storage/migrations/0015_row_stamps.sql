-- Every row a person edits carries a stamp (docs/team.md, "Two people, one row"): who made the
-- last change of its editable columns and when (seconds since 1970, UTC). An edit that finds the
-- row changed since it was read is refused, and its message names them (EditGuard).
ALTER TABLE chat_groups ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE chat_groups ADD COLUMN updated_at ${INT64};
ALTER TABLE trash_chat_groups ADD COLUMN updated_by TEXT;
ALTER TABLE trash_chat_groups ADD COLUMN updated_at ${INT64};
ALTER TABLE members ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE members ADD COLUMN updated_at ${INT64};
ALTER TABLE products ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN updated_at ${INT64};
ALTER TABLE campaigns ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE campaigns ADD COLUMN updated_at ${INT64};
ALTER TABLE orders ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN updated_at ${INT64};
