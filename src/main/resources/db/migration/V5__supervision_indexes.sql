-- Supervision reads one period of one community, grid, worker, category or department without touching the rest of
-- the history: every summary query is bounded by an index that ends in the time of receipt (the community's is in V2).
CREATE INDEX ix_petition_grid_received ON petition (grid_code, received_at);
CREATE INDEX ix_petition_worker_received ON petition (assigned_worker, received_at);
CREATE INDEX ix_petition_category_received ON petition (category_code, received_at);
CREATE INDEX ix_petition_department_received ON petition (return_department, received_at);
CREATE INDEX ix_petition_open_due ON petition (status, resolution_due);
CREATE INDEX ix_meeting_recorded ON meeting (recorded_at);
CREATE INDEX ix_objection_filed ON objection (filed_at);
