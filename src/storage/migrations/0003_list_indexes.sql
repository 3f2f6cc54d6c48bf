-- Lists of 200,000 members and 500,000 orders sort and page through index ranges
-- (src/storage/listquery.cpp seeks on (value, id)), so every sortable column of a large list has an
-- index ending in the id.

-- Per-member order roll-up, kept exact by MemberOrderStats::refresh inside every transaction that
-- writes orders: sorting members by orders or spend must not aggregate 500,000 orders per page.
-- Refunded orders do not count. spent_currency is the currency of the member's orders ('' when none).
ALTER TABLE members ADD COLUMN order_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN spent_minor ${INT64} NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN spent_currency TEXT NOT NULL DEFAULT '';

UPDATE members SET
    order_count = (SELECT count(*) FROM orders o
                   WHERE o.member_id = members.id AND o.status <> 'refunded'),
    spent_minor = (SELECT coalesce(sum(o.total_minor), 0) FROM orders o
                   WHERE o.member_id = members.id AND o.status <> 'refunded'),
    spent_currency = coalesce((SELECT max(o.currency) FROM orders o
                               WHERE o.member_id = members.id AND o.status <> 'refunded'), '');

CREATE INDEX members_order_count ON members(order_count, id);
CREATE INDEX members_spent ON members(spent_minor, id);
CREATE INDEX members_first_seen ON members(first_seen, id);
CREATE INDEX members_last_active ON members(last_active, id);
CREATE INDEX members_source_channel ON members(source_channel, id);

CREATE INDEX orders_status ON orders(status, ordered_at, id);
CREATE INDEX orders_total ON orders(total_minor, id);
CREATE INDEX orders_quantity ON orders(quantity, id);
CREATE INDEX orders_unit_price ON orders(unit_price_minor, id);
