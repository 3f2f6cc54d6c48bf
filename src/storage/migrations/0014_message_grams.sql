-- Searches of one or two characters (王, 明白, an emoji) have no trigram: the Messages pane walked
-- the messages newest first and tested every body, up to half a second for a rare character on
-- 1e6 messages (issue 15). messages_grams holds each message's distinct non-ASCII characters,
-- one token each (cohort_grams(), MessageGrams); such a search reads the rows that hold all its
-- characters from here and tests only their bodies. The tokenizer folds case and keeps every
-- character but the space that separates the tokens, so whatever cohort_grams() writes is one
-- token, and a query token is folded as the indexed ones were.
--@sqlite
CREATE VIRTUAL TABLE messages_grams USING fts5(
    grams, content='', detail='none',
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Z* C*' separators ' '");

-- Both indexes follow the same mark and queue, so the bodies already in messages_search are
-- indexed again, by the indexer, after the upgrade.
INSERT INTO messages_search (messages_search) VALUES ('delete-all');
UPDATE message_index_state SET indexed_through = 0;
DELETE FROM message_index_pending;

DROP TRIGGER messages_search_delete;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO messages_search (messages_search, rowid, body)
    SELECT 'delete', old.id, lower(old.body)
    WHERE old.id <= (SELECT indexed_through FROM message_index_state)
      AND NOT EXISTS (SELECT 1 FROM message_index_pending WHERE id = old.id);
    INSERT INTO messages_grams (messages_grams, rowid, grams)
    SELECT 'delete', old.id, cohort_grams(old.body)
    WHERE old.id <= (SELECT indexed_through FROM message_index_state)
      AND NOT EXISTS (SELECT 1 FROM message_index_pending WHERE id = old.id);
    DELETE FROM message_index_pending WHERE id = old.id;
    UPDATE message_index_state SET indexed_through = (SELECT coalesce(max(id), 0) FROM messages)
    WHERE indexed_through > (SELECT coalesce(max(id), 0) FROM messages);
END;
--@end
