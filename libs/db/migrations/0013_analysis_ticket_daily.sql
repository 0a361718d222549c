-- The daily rollup the hotline dashboards read: one row per day, county, category and
-- department with the counts every chart needs. libs/analysis refreshes it concurrently
-- (hence the unique index) after each published hotline.ticket batch.
CREATE MATERIALIZED VIEW analysis_ticket_daily AS
SELECT received_day AS day,
       region_code,
       category,
       department,
       count(*)::int AS tickets,
       count(*) FILTER (WHERE overdue)::int AS overdue,
       count(*) FILTER (WHERE returned_count > 0)::int AS returned,
       count(*) FILTER (WHERE closed_at IS NOT NULL)::int AS closed,
       count(*) FILTER (WHERE closed_at IS NOT NULL AND NOT overdue)::int AS closed_on_time,
       count(*) FILTER (WHERE satisfaction IN ('satisfied', 'basically_satisfied', 'unsatisfied'))::int AS callbacks,
       count(*) FILTER (WHERE satisfaction IN ('satisfied', 'basically_satisfied'))::int AS satisfied,
       count(*) FILTER (WHERE satisfaction = 'unsatisfied')::int AS unsatisfied
FROM analysis_ticket_facts
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE UNIQUE INDEX analysis_ticket_daily_key ON analysis_ticket_daily (day, region_code, category, department);
