-- A profile photo: 0 for none, else the version of the photo's files (milliseconds when
-- it was uploaded), which names them (accounts/<id>/photo-<version>-<size>.jpg in the
-- media store) and their URLs, so a new photo never reuses a cached one's address.
ALTER TABLE accounts ADD COLUMN photo_version INTEGER NOT NULL DEFAULT 0;
