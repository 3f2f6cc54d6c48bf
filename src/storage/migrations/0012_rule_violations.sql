-- Group rules that check themselves (docs/rules.md): what a violation matched, whether the
-- operator dismissed it as a false positive (kept across re-scans), and per group the keyword
-- rules, flooding thresholds, strike policy and approved promoters (JSON, RuleSet).
ALTER TABLE rule_violations ADD COLUMN matched TEXT NOT NULL DEFAULT '';
ALTER TABLE rule_violations ADD COLUMN dismissed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE trash_rule_violations ADD COLUMN matched TEXT;
ALTER TABLE trash_rule_violations ADD COLUMN dismissed INTEGER;
ALTER TABLE chat_groups ADD COLUMN rule_settings TEXT NOT NULL DEFAULT '';
ALTER TABLE trash_chat_groups ADD COLUMN rule_settings TEXT;
-- Strikes per member (Violations view, member detail).
CREATE INDEX rule_violations_member_at ON rule_violations(member_id, at);
