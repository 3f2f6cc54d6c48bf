-- Cohort workspace schema, version 1: the whole domain of DOMAIN.md §1-7.
-- ${PK} (auto-increment 64-bit primary key) and ${INT64} are expanded by
-- SqlDialect::expandMigration. Instants are Unix seconds (UTC); calendar dates are
-- 'YYYY-MM-DD' text; money is integer minor units plus an ISO 4217 currency code; enums are
-- stable lower-case keys (src/domain/enums.cpp).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE chat_groups (
    id                  ${PK},
    platform            TEXT NOT NULL,
    name                TEXT NOT NULL,
    status              TEXT NOT NULL DEFAULT 'active',
    main_business       TEXT NOT NULL DEFAULT '',
    portrait_age        TEXT NOT NULL DEFAULT '',
    portrait_gender     TEXT NOT NULL DEFAULT '',
    portrait_region     TEXT NOT NULL DEFAULT '',
    portrait_needs      TEXT NOT NULL DEFAULT '',
    portrait_pains      TEXT NOT NULL DEFAULT '',
    portrait_tags       TEXT NOT NULL DEFAULT '',
    goals               TEXT NOT NULL DEFAULT '',
    promotion_policy    TEXT NOT NULL DEFAULT 'private_garden',
    approved_promoters  TEXT NOT NULL DEFAULT '',
    entry_threshold     TEXT NOT NULL DEFAULT 'free',
    entry_fee_minor     ${INT64} NOT NULL DEFAULT 0,
    entry_fee_currency  TEXT NOT NULL DEFAULT '',
    rules_text          TEXT NOT NULL DEFAULT '',
    rule_flags          TEXT NOT NULL DEFAULT '',
    capacity            INTEGER NOT NULL DEFAULT 0,
    external_id         TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    created_at          ${INT64} NOT NULL
);
CREATE INDEX chat_groups_name ON chat_groups(name);

CREATE TABLE members (
    id             ${PK},
    display_name   TEXT NOT NULL,
    phone          TEXT NOT NULL DEFAULT '',
    wechat_id      TEXT NOT NULL DEFAULT '',
    source_channel TEXT NOT NULL DEFAULT 'other',
    referrer_id    ${INT64} REFERENCES members(id) ON DELETE SET NULL,
    referred_at    ${INT64},
    first_seen     ${INT64},
    last_active    ${INT64},
    consent        INTEGER NOT NULL DEFAULT 0,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     ${INT64} NOT NULL
);
CREATE INDEX members_display_name ON members(display_name);
CREATE INDEX members_referrer ON members(referrer_id);
CREATE INDEX members_phone ON members(phone);
CREATE INDEX members_wechat_id ON members(wechat_id);

CREATE TABLE tags (
    id   ${PK},
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE member_tags (
    member_id ${INT64} NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    tag_id    ${INT64} NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, tag_id)
);
CREATE INDEX member_tags_tag ON member_tags(tag_id);

-- A platform account. stable_key is the platform id, or 'name:' + display name where none exists.
CREATE TABLE identities (
    id         ${PK},
    member_id  ${INT64} NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    platform   TEXT NOT NULL,
    stable_key TEXT NOT NULL,
    UNIQUE (platform, stable_key)
);
CREATE INDEX identities_member ON identities(member_id);

CREATE TABLE identity_names (
    identity_id ${INT64} NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    first_seen  ${INT64},
    last_seen   ${INT64},
    PRIMARY KEY (identity_id, name)
);

-- Current state of a member in a group; the history is in membership_events.
CREATE TABLE memberships (
    group_id  ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    member_id ${INT64} NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    role      TEXT NOT NULL DEFAULT 'member',
    joined_at ${INT64},
    left_at   ${INT64},
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX memberships_member ON memberships(member_id);

CREATE TABLE import_batches (
    id            ${PK},
    group_id      ${INT64} REFERENCES chat_groups(id) ON DELETE SET NULL,
    file_name     TEXT NOT NULL,
    format        TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    time_zone     TEXT NOT NULL DEFAULT '',
    imported_at   ${INT64} NOT NULL,
    messages      INTEGER NOT NULL DEFAULT 0,
    duplicates    INTEGER NOT NULL DEFAULT 0,
    system_events INTEGER NOT NULL DEFAULT 0,
    new_members   INTEGER NOT NULL DEFAULT 0,
    joins         INTEGER NOT NULL DEFAULT 0,
    leaves        INTEGER NOT NULL DEFAULT 0,
    warnings      INTEGER NOT NULL DEFAULT 0,
    first_at      ${INT64},
    last_at       ${INT64}
);
CREATE INDEX import_batches_group ON import_batches(group_id);

CREATE TABLE membership_events (
    id        ${PK},
    group_id  ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    member_id ${INT64} NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL,
    at        ${INT64} NOT NULL,
    actor_id  ${INT64} REFERENCES members(id) ON DELETE SET NULL,
    batch_id  ${INT64} REFERENCES import_batches(id) ON DELETE CASCADE,
    fingerprint ${INT64}
);
CREATE INDEX membership_events_group_at ON membership_events(group_id, at);
CREATE INDEX membership_events_member ON membership_events(member_id);
CREATE UNIQUE INDEX membership_events_fingerprint ON membership_events(group_id, fingerprint);

-- kind: 0 text, 1 media, 2 deleted, 3 solitaire, 4 link/card, 5 system (MessageKind).
-- fingerprint: 64-bit hash of (author, minute, text, occurrence) that makes re-imports idempotent.
CREATE TABLE messages (
    id          ${PK},
    group_id    ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    member_id   ${INT64} REFERENCES members(id) ON DELETE SET NULL,
    sent_at     ${INT64} NOT NULL,
    kind        INTEGER NOT NULL DEFAULT 0,
    body        TEXT NOT NULL DEFAULT '',
    external_id TEXT,
    reply_to    TEXT,
    batch_id    ${INT64} REFERENCES import_batches(id) ON DELETE CASCADE,
    fingerprint ${INT64} NOT NULL
);
CREATE UNIQUE INDEX messages_fingerprint ON messages(group_id, fingerprint);
CREATE INDEX messages_group_sent ON messages(group_id, sent_at);
CREATE INDEX messages_member_sent ON messages(member_id, sent_at);

CREATE TABLE products (
    id                    ${PK},
    name                  TEXT NOT NULL,
    sku                   TEXT,
    category              TEXT NOT NULL DEFAULT '',
    role                  TEXT NOT NULL DEFAULT 'traffic',
    price_minor           ${INT64} NOT NULL DEFAULT 0,
    cost_minor            ${INT64} NOT NULL DEFAULT 0,
    currency              TEXT NOT NULL DEFAULT 'CNY',
    repurchase_cycle_days INTEGER NOT NULL DEFAULT 0,
    active                INTEGER NOT NULL DEFAULT 1,
    notes                 TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX products_sku ON products(sku);
CREATE INDEX products_name ON products(name);

CREATE TABLE campaigns (
    id                    ${PK},
    name                  TEXT NOT NULL,
    type                  TEXT NOT NULL,
    status                TEXT NOT NULL DEFAULT 'draft',
    starts_at             ${INT64},
    ends_at               ${INT64},
    time_zone             TEXT NOT NULL DEFAULT '',
    recurrence            TEXT NOT NULL DEFAULT '',
    duration_minutes      INTEGER NOT NULL DEFAULT 60,
    goal_kind             TEXT NOT NULL DEFAULT '',
    goal_value            ${INT64} NOT NULL DEFAULT 0,
    reward_rule           TEXT NOT NULL DEFAULT '',
    announcement_template TEXT NOT NULL DEFAULT '',
    notes                 TEXT NOT NULL DEFAULT ''
);

CREATE TABLE campaign_groups (
    campaign_id ${INT64} NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    group_id    ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, group_id)
);

CREATE TABLE campaign_products (
    campaign_id    ${INT64} NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    product_id     ${INT64} NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    price_minor    ${INT64},
    currency       TEXT NOT NULL DEFAULT '',
    quantity_limit INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, product_id)
);

CREATE TABLE campaign_price_tiers (
    campaign_id      ${INT64} NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    min_participants INTEGER NOT NULL,
    unit_price_minor ${INT64} NOT NULL,
    currency         TEXT NOT NULL,
    PRIMARY KEY (campaign_id, min_participants)
);

CREATE TABLE orders (
    id                ${PK},
    member_id         ${INT64} NOT NULL REFERENCES members(id) ON DELETE RESTRICT,
    product_id        ${INT64} NOT NULL REFERENCES products(id) ON DELETE RESTRICT,
    group_id          ${INT64} REFERENCES chat_groups(id) ON DELETE SET NULL,
    campaign_id       ${INT64} REFERENCES campaigns(id) ON DELETE SET NULL,
    quantity          INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_minor  ${INT64} NOT NULL,
    total_minor       ${INT64} NOT NULL,
    currency          TEXT NOT NULL,
    ordered_at        ${INT64} NOT NULL,
    channel           TEXT NOT NULL DEFAULT 'manual',
    status            TEXT NOT NULL DEFAULT 'placed',
    referrer_id       ${INT64} REFERENCES members(id) ON DELETE SET NULL,
    source_message_id ${INT64} REFERENCES messages(id) ON DELETE SET NULL,
    notes             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX orders_member ON orders(member_id, ordered_at);
CREATE INDEX orders_product ON orders(product_id);
CREATE INDEX orders_group_at ON orders(group_id, ordered_at);
CREATE INDEX orders_campaign ON orders(campaign_id);
CREATE INDEX orders_ordered_at ON orders(ordered_at);
CREATE UNIQUE INDEX orders_source_message ON orders(source_message_id, member_id, product_id);

-- Partners (团长) earn commission on paid orders in their groups; recruiter_id is the second and
-- last level (DOMAIN.md §6: never more).
CREATE TABLE partners (
    member_id          ${INT64} PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
    rate_bp            INTEGER NOT NULL DEFAULT 0,
    recruiter_id       ${INT64} REFERENCES members(id) ON DELETE SET NULL,
    recruiter_rate_bp  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE partner_groups (
    member_id ${INT64} NOT NULL REFERENCES partners(member_id) ON DELETE CASCADE,
    group_id  ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    PRIMARY KEY (member_id, group_id)
);

-- kind: rebate | commission | recruiter_commission | reversal
CREATE TABLE commission_ledger (
    id             ${PK},
    beneficiary_id ${INT64} NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    order_id       ${INT64} REFERENCES orders(id) ON DELETE SET NULL,
    kind           TEXT NOT NULL,
    amount_minor   ${INT64} NOT NULL,
    currency       TEXT NOT NULL,
    created_at     ${INT64} NOT NULL,
    paid_at        ${INT64}
);
CREATE INDEX commission_ledger_beneficiary ON commission_ledger(beneficiary_id, created_at);
CREATE INDEX commission_ledger_order ON commission_ledger(order_id);

CREATE TABLE points_ledger (
    id         ${PK},
    member_id  ${INT64} NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    points     ${INT64} NOT NULL,
    reason     TEXT NOT NULL,
    order_id   ${INT64} REFERENCES orders(id) ON DELETE SET NULL,
    at         ${INT64} NOT NULL
);
CREATE INDEX points_ledger_member ON points_ledger(member_id, at);

-- Group-rule audits (a later issue) record what they find here.
CREATE TABLE rule_violations (
    id         ${PK},
    group_id   ${INT64} NOT NULL REFERENCES chat_groups(id) ON DELETE CASCADE,
    member_id  ${INT64} REFERENCES members(id) ON DELETE SET NULL,
    message_id ${INT64} REFERENCES messages(id) ON DELETE CASCADE,
    rule       TEXT NOT NULL,
    at         ${INT64} NOT NULL
);
CREATE INDEX rule_violations_group_at ON rule_violations(group_id, at);
