-- The semantic plan cache is retired: AI plans are reused by a stock-aware check of the plan itself
-- (PlanReuse), not by the similarity of a text about the request. Its vectors go with it.
DROP TABLE IF EXISTS plan_embedding;
