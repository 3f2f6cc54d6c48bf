-- Full-text search over message bodies (issue 15). The Messages pane's search read every body
-- for a rare word (300-570 ms on 1e6 messages). Unlike members_search (0008) this index is not
-- kept by insert triggers: an import of a million messages would pay for it inside its own
-- transaction. MessageIndexer fills it after the import committed, in short chunks, and the
-- search reads the part not indexed yet as it did before (SqlDialect::containsIdSet).
-- Author names are searched through members_search: a message's author is a member id, and an
-- index of names per message would go stale with every rename or merge.

-- What is indexed: every message with id <= indexed_through, except the ids listed in
-- message_index_pending (rows an undo put back below that mark).
CREATE TABLE message_index_state (
    indexed_through ${INT64} NOT NULL
);
INSERT INTO message_index_state (indexed_through) VALUES (0);

CREATE TABLE message_index_pending (
    id ${INT64} PRIMARY KEY
);

--@sqlite
-- Contentless like members_search: lower()ed bodies with a case-sensitive tokenizer, so a phrase
-- query is LIKE's ASCII-case-insensitive substring test; texts under three characters have no
-- trigram and are matched by LIKE. Nothing is copied here: the indexer catches up on its own.
CREATE VIRTUAL TABLE messages_search USING fts5(
    body, content='', tokenize='trigram case_sensitive 1');

-- Removing a message (a group deleted into the trash, a cascade) removes it from the index in
-- the same transaction, whoever deletes it. A contentless table forgets its values, so the
-- deletion repeats the indexed value, and only for a row that is indexed (deleting a row the
-- index never held would corrupt it). The mark then comes down to the largest id left: a later
-- import may take the freed ids again, and they must count as not indexed.
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_search (messages_search, rowid, body)
    SELECT 'delete', old.id, lower(old.body)
    WHERE old.id <= (SELECT indexed_through FROM message_index_state)
      AND NOT EXISTS (SELECT 1 FROM message_index_pending WHERE id = old.id);
    DELETE FROM message_index_pending WHERE id = old.id;
    UPDATE message_index_state SET indexed_through = (SELECT coalesce(max(id), 0) FROM messages)
    WHERE indexed_through > (SELECT coalesce(max(id), 0) FROM messages);
END;
--@postgres
-- No index of message bodies on a team server yet: a GIN trigram index would be rebuilt by every
-- large import (docs/team.md); a search there reads the bodies. MessageIndexer does not run.
--@end
