-- Substring search over members (issue 2): the Members and Orders panes filter 200,000 members
-- as the user types, and a LIKE '%text%' over every row costs a full scan per keystroke.
-- Results stay those of the plain LIKE (src/storage/sqldialect.cpp, containsIdSet): the index
-- only finds the rows faster.

--@sqlite
-- A contentless FTS5 trigram index (SQLite >= 3.34) of the three searched columns. The values are
-- lower()ed here and the query is lower()ed the same way, with the tokenizer case-sensitive, so
-- a phrase query is exactly LIKE's ASCII-case-insensitive substring test. Texts under three
-- characters have no trigram and are matched by LIKE instead.
CREATE VIRTUAL TABLE members_search USING fts5(
    display_name, phone, wechat_id, content='', tokenize='trigram case_sensitive 1');

INSERT INTO members_search (rowid, display_name, phone, wechat_id)
    SELECT id, lower(display_name), lower(phone), lower(wechat_id) FROM members;

-- Triggers keep the index exact inside every transaction that writes members (repositories,
-- imports, merges, undo, the demo's bulk load), whoever writes them. A contentless table forgets
-- its values, so a deletion repeats the values that were indexed. (The migration splitter keeps a
-- CREATE TRIGGER together up to the line ending in "END;".)
CREATE TRIGGER members_search_insert AFTER INSERT ON members BEGIN
    INSERT INTO members_search (rowid, display_name, phone, wechat_id)
    VALUES (new.id, lower(new.display_name), lower(new.phone), lower(new.wechat_id));
END;

CREATE TRIGGER members_search_delete AFTER DELETE ON members BEGIN
    INSERT INTO members_search (members_search, rowid, display_name, phone, wechat_id)
    VALUES ('delete', old.id, lower(old.display_name), lower(old.phone), lower(old.wechat_id));
END;

CREATE TRIGGER members_search_update AFTER UPDATE OF id, display_name, phone, wechat_id ON members
BEGIN
    INSERT INTO members_search (members_search, rowid, display_name, phone, wechat_id)
    VALUES ('delete', old.id, lower(old.display_name), lower(old.phone), lower(old.wechat_id));
    INSERT INTO members_search (rowid, display_name, phone, wechat_id)
    VALUES (new.id, lower(new.display_name), lower(new.phone), lower(new.wechat_id));
END;
--@postgres
-- pg_trgm's GIN indexes serve LIKE '%text%' themselves, kept by the server in every transaction
-- that writes members. They hold the values with ASCII letters folded, the expression the search
-- tests (SqlDialect::containsClause), so the rows found are SQLite's. pg_trgm is a trusted
-- extension (PostgreSQL >= 13): the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX members_display_name_trgm ON members USING gin (
    translate(display_name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
    gin_trgm_ops);
CREATE INDEX members_phone_trgm ON members USING gin (
    translate(phone, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') gin_trgm_ops);
CREATE INDEX members_wechat_id_trgm ON members USING gin (
    translate(wechat_id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') gin_trgm_ops);
--@end
