-- Videos count their views (a watch longer than a skip, from any region's viewer), as
-- they count likes, comments and shares.
ALTER TABLE videos ADD COLUMN view_count INTEGER NOT NULL DEFAULT 0;
