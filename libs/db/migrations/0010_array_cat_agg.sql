-- Concatenates arrays across the rows of a group (array_agg cannot: it needs equal lengths).
-- The warning engine gathers each warning's evidence record ids with it in one pass.
CREATE OR REPLACE AGGREGATE array_cat_agg(anycompatiblearray) (
  SFUNC = array_cat,
  STYPE = anycompatiblearray,
  INITCOND = '{}'
);
