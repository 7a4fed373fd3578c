-- A video's caption tracks: a JSON array of BCP-47 language tags, one per WebVTT file
-- stored under videos/<id>/captions/ in the media store.
ALTER TABLE videos ADD COLUMN captions TEXT NOT NULL DEFAULT '[]';
