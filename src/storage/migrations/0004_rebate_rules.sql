-- Referral rebate rules (DOMAIN.md §6): one global rule (campaign_id NULL) and at most one per
-- campaign, which wins over the global one for that campaign's orders.
-- kind: fixed (amount_minor + currency per paid order) | percentage (basis_points of the total)
CREATE TABLE rebate_rules (
    id           ${PK},
    campaign_id  ${INT64} REFERENCES campaigns(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    amount_minor ${INT64} NOT NULL DEFAULT 0,
    currency     TEXT NOT NULL DEFAULT '',
    basis_points INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX rebate_rules_campaign ON rebate_rules(COALESCE(campaign_id, 0));
