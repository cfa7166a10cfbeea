-- The paid model answer whose dishes a stored AI plan was made from (null for every other plan), so
-- a later request of the same profile and wish can be planned again from those dishes within a few
-- days without another call (plan/DishReuse). Erasing the ledger's row unlinks the plan.
ALTER TABLE meal_plan ADD COLUMN answer_id BIGINT;
ALTER TABLE meal_plan ADD CONSTRAINT meal_plan_answer FOREIGN KEY (answer_id) REFERENCES llm_call (id) ON DELETE SET NULL;
