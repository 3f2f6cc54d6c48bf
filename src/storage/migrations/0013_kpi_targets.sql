-- Positioning that drives the numbers (docs/metrics.md, "Positioning targets"): the operator's
-- target per goal KPI of a group, a JSON object of KPI key -> number (GoalKpis::toJson).
ALTER TABLE chat_groups ADD COLUMN kpi_targets TEXT NOT NULL DEFAULT '';
ALTER TABLE trash_chat_groups ADD COLUMN kpi_targets TEXT;
