-- Trigram indexes let relational query find an address by any part of it (ILIKE '%…%').
CREATE EXTENSION IF NOT EXISTS pg_trgm;
