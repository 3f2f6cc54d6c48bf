-- Type-specific campaign fields (red packets, session topic and speaker, check-in days and reward,
-- the solitaire pickup note) as one JSON object written by CampaignDetails::detailsJson(). They
-- are read and written only together with their campaign, never queried one by one, so a column
-- per field would only widen the table. Stands alone: it needs only 0001's campaigns table.
ALTER TABLE campaigns ADD COLUMN details TEXT NOT NULL DEFAULT '';
