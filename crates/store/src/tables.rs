//! THE declaration of every table of a cell and of the directory, and of how each of its
//! rows relates to an account: which rows are the account's own (they live in its home
//! cell, move with it and go when it is erased), and which columns elsewhere name an
//! account, a video or a comment (their region columns follow a move; erasure deletes
//! or keeps them, as declared).
//!
//! `relocate.rs` (moving home) and `erase.rs` (erasure) derive their SQL from this list
//! and nothing else, and the unit test below reads the real migrated schema: a table, or
//! a column that names an account, a video, a comment or a region, that is not declared
//! here fails it. Adding a table means saying here what a move and an erasure do with it.

/// How rows of a table belong to one account (in the account's home cell). A table may
/// name several: a row is the account's if any matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Home {
    /// `column` is the account's id.
    Account(&'static str),
    /// `column` is the id of one of the account's videos.
    Video(&'static str),
}

/// What moving home does with a table's home rows (they always leave the old cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnMove {
    /// Copied into the new cell (replacing any earlier, partial copy).
    Copy,
    /// Not copied: they only make sense in the old cell, and end with the move.
    Drop(&'static str),
}

/// What a column naming something outside its row points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    Account,
    Video,
    Comment,
}

/// What erasing the account (or deleting the video, or the comment, that the column
/// names) does with a row that names it, in every cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OnErase {
    /// The row is deleted.
    Delete,
    /// The row is deleted by dedicated code, which keeps a counter right (named).
    Special(&'static str),
    /// The row stays, for the reason given.
    Keep(&'static str),
}

/// A column that names an account, a video or a comment that may live in another cell.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ref {
    pub column: &'static str,
    /// The column holding the named thing's region, kept right when it moves.
    pub region: Option<&'static str>,
    pub target: Target,
    pub on_erase: OnErase,
}

/// One table of a cell.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Table {
    pub name: &'static str,
    /// Empty: no row is any one account's own (the table is about the region).
    pub home: &'static [Home],
    pub on_move: OnMove,
    pub refs: &'static [Ref],
    /// Identifier-like columns that name nothing outside what `home` already covers,
    /// with why (the schema test asks for every such column; the reasons are for people).
    #[cfg_attr(not(test), allow(dead_code))]
    pub other: &'static [(&'static str, &'static str)],
}

const fn r(
    column: &'static str,
    region: Option<&'static str>,
    target: Target,
    on_erase: OnErase,
) -> Ref {
    Ref {
        column,
        region,
        target,
        on_erase,
    }
}

use crate::db::Backend;
use OnErase::{Delete, Keep, Special};
use Target::{Account, Comment, Video};

/// Every table of a cell, parents before children (copies go in this order, deletions in
/// the reverse one).
pub(crate) const CELL_TABLES: &[Table] = &[
    Table {
        name: "accounts",
        home: &[Home::Account("id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "account_personal",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        // Re-wrapped with the new region's key after the copy.
        name: "account_keys",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "ap_keys",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "ap_followers",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "ap_following",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "ap_posts",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[(
            "shared_by",
            "the URL of a remote actor (not a row here) whose share brought the post",
        )],
    },
    Table {
        name: "ap_reactions",
        home: &[Home::Video("video_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "ap_published",
        home: &[Home::Video("video_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "sessions",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Drop("a session token names its region: every session ends with a move"),
        refs: &[],
        other: &[],
    },
    Table {
        name: "login_records",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "uploads",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "videos",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[
            r(
                "remix_of",
                Some("remix_region"),
                Video,
                Keep("a duet or stitch keeps naming its original; a gone original reads as gone"),
            ),
        ],
        other: &[
            ("upload_id", "the video's own upload, of the same account"),
            (
                "sound_id",
                "a sound is found through the directory; a video reusing a gone sound keeps its audio",
            ),
        ],
    },
    Table {
        name: "sounds",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[("video_id", "the video it was taken from, of the same account")],
    },
    Table {
        name: "jobs",
        home: &[Home::Video("subject"), Home::Account("subject")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "video_hashtags",
        home: &[Home::Video("video_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "comments",
        home: &[Home::Video("video_id")],
        on_move: OnMove::Copy,
        refs: &[r(
            "author_id",
            Some("author_region"),
            Account,
            Special("erase.rs deletes them with their replies and fixes comment_count"),
        )],
        other: &[("parent_id", "a comment on the same video")],
    },
    Table {
        name: "following",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("target_id", Some("target_region"), Account, Delete)],
        other: &[],
    },
    Table {
        name: "followers",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("follower_id", Some("follower_region"), Account, Delete)],
        other: &[],
    },
    Table {
        name: "blocks",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("target_id", Some("target_region"), Account, Delete)],
        other: &[],
    },
    Table {
        name: "mutes",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("target_id", Some("target_region"), Account, Delete)],
        other: &[],
    },
    Table {
        // The erased account's own likes are taken off their videos' counts first
        // (`Store::erase_account`, through the outbox).
        name: "likes",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("video_id", Some("video_region"), Video, Delete)],
        other: &[],
    },
    Table {
        name: "comment_likes",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("comment_id", Some("comment_region"), Comment, Delete)],
        other: &[],
    },
    Table {
        name: "notifications",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[
            r("actor_id", None, Account, Delete),
            r("video_id", None, Video, Delete),
            r("comment_id", None, Comment, Delete),
        ],
        other: &[],
    },
    Table {
        name: "feed_events",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[
            // `follow` events name the followed account here.
            r("video_id", None, Account, Delete),
            r(
                "video_id",
                None,
                Video,
                Keep("another viewer's own watch history; the id then names nothing"),
            ),
        ],
        other: &[],
    },
    Table {
        // Roles are recorded in the cell of the region they apply to, not the staff
        // member's home: a move only updates `account_region`.
        name: "staff_roles",
        home: &[],
        on_move: OnMove::Copy,
        refs: &[
            r("account_id", Some("account_region"), Account, Delete),
            r(
                "granted_by",
                None,
                Account,
                Keep("the region's staff record of who granted a role"),
            ),
        ],
        other: &[],
    },
    Table {
        // Grants live with the data they open: the subject's cell.
        name: "access_grants",
        home: &[Home::Account("subject_id")],
        on_move: OnMove::Copy,
        refs: &[
            r(
                "staff_id",
                None,
                Account,
                Keep("the region's record of who was given access"),
            ),
            r(
                "decided_by",
                None,
                Account,
                Keep("the region's record of who approved access"),
            ),
        ],
        other: &[],
    },
    // Moderation records live with the content (its creator's home cell, or for a
    // comment the video's cell), move home with the account (the new region's
    // moderators take over), and go when the account is erased. The public
    // `moderation_log` and the removed fingerprints name nobody and stay.
    Table {
        name: "moderation_items",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[
            r("account_id", Some("account_region"), Account, Delete),
            r(
                "claimed_by",
                None,
                Account,
                Keep("the region's record of which moderator holds the item"),
            ),
        ],
        other: &[
            (
                "target_id",
                "the video, comment or account (per target_kind) of account_id; its records go with account_id",
            ),
            ("appeal_id", "an appeal, kept beside the item"),
            ("decision_id", "a decision, kept beside the item"),
        ],
    },
    Table {
        name: "notices",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("account_id", None, Account, Delete)],
        other: &[
            ("item_id", "a review item, kept beside the notice"),
            (
                "target_id",
                "the reported video, comment or account of account_id; goes with it",
            ),
            (
                "reporter_tag",
                "a keyed hash of the reporter (or of an anonymous notifier's e-mail), not an account id",
            ),
        ],
    },
    Table {
        name: "moderation_decisions",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[
            r("account_id", Some("account_region"), Account, Delete),
            r(
                "decided_by",
                None,
                Account,
                Keep("the region's record of which moderator decided"),
            ),
        ],
        other: &[
            ("item_id", "a review item, kept beside the decision"),
            ("target_id", "the decided video, comment or account of account_id"),
            ("reversed_by", "the appeal, kept beside the decision, that reversed it"),
        ],
    },
    Table {
        name: "statements",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[r("account_id", None, Account, Delete)],
        other: &[("decision_id", "a decision, kept beside the statement")],
    },
    Table {
        name: "appeals",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[
            r("account_id", None, Account, Delete),
            r(
                "decided_by",
                None,
                Account,
                Keep("the region's record of which moderator decided the appeal"),
            ),
        ],
        other: &[
            ("statement_id", "a statement, kept beside the appeal"),
            ("decision_id", "a decision, kept beside the appeal"),
            ("outcome_statement_id", "a statement, kept beside the appeal"),
        ],
    },
    Table {
        name: "moderation_log",
        home: &[],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        name: "removed_fingerprints",
        home: &[],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
    Table {
        // The reporter's own copy of a notice, in their home cell.
        name: "report_receipts",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[(
            "notice_region",
            "where the notice is kept; a notice does not move",
        )],
    },
    Table {
        name: "outbox",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[(
            "target_region",
            "where the message goes; a moved target is found through the directory on delivery",
        )],
    },
    Table {
        name: "applied_messages",
        home: &[Home::Account("account_id")],
        on_move: OnMove::Copy,
        refs: &[],
        other: &[],
    },
];

/// A table of the directory: one column naming the account, one its region.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DirectoryTable {
    pub name: &'static str,
    pub account: &'static str,
    /// Switched to the new region by a move, in one transaction for all of them.
    pub region: Option<&'static str>,
}

pub(crate) const DIRECTORY_TABLES: &[DirectoryTable] = &[
    DirectoryTable {
        // Removed last by an erasure (`Directory::remove`): its `deleting` state is what
        // lets a crashed erasure finish.
        name: "handles",
        account: "account_id",
        region: Some("region"),
    },
    DirectoryTable {
        name: "objects",
        account: "account_id",
        region: Some("region"),
    },
    DirectoryTable {
        // The move's own record; removed when the move is done.
        name: "moves",
        account: "account_id",
        region: None,
    },
];

/// The SQL condition selecting `account`'s home rows of `table` (binding `$1` = the
/// account id).
pub(crate) fn home_condition(table: &Table) -> Option<String> {
    if table.home.is_empty() {
        return None;
    }
    let parts: Vec<String> = table
        .home
        .iter()
        .map(|h| match h {
            Home::Account(col) => format!("\"{col}\" = $1"),
            Home::Video(col) => {
                format!("\"{col}\" IN (SELECT id FROM videos WHERE account_id = $1)")
            }
        })
        .collect();
    Some(parts.join(" OR "))
}

/// The SQL condition selecting rows whose `reference` names the account (bind `${n}` =
/// its id) or one of its videos or comments (bind `${n}` = a JSON array of ids).
pub(crate) fn ref_condition(reference: &Ref, n: usize, backend: Backend) -> String {
    let col = reference.column;
    match reference.target {
        Target::Account => format!("\"{col}\" = ${n}"),
        Target::Video | Target::Comment => {
            format!("\"{col}\" IN ({})", backend.json_values(&format!("${n}")))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;
    use crate::Store;

    /// Column names that look like they name an account, a video, a comment, a sound,
    /// an upload, a job subject or a region.
    fn names_something(col: &str) -> bool {
        col.ends_with("_id")
            || col.ends_with("_by")
            || col.ends_with("_region")
            || col.ends_with("_tag")
            || col.ends_with("_of")
            || col == "subject"
            || col == "region"
    }

    async fn schema(pool: &sqlx::AnyPool) -> Vec<(String, Vec<String>)> {
        let tables: Vec<String> = sqlx::query_scalar(
            "SELECT name FROM sqlite_master WHERE type = 'table'
               AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%' ORDER BY name",
        )
        .fetch_all(pool)
        .await
        .unwrap();
        let mut out = Vec::new();
        for t in tables {
            let cols: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1)")
                .bind(&t)
                .fetch_all(pool)
                .await
                .unwrap();
            out.push((t, cols));
        }
        out
    }

    /// What the declaration misses of (or invents beyond) a cell's and the directory's
    /// real schema.
    fn problems(
        cell: &[(String, Vec<String>)],
        directory: &[(String, Vec<String>)],
    ) -> Vec<String> {
        let mut problems = Vec::new();
        for (table, cols) in cell {
            let Some(decl) = CELL_TABLES.iter().find(|t| t.name == table) else {
                problems.push(format!(
                    "table `{table}` is not declared in tables.rs::CELL_TABLES"
                ));
                continue;
            };
            let mut covered: BTreeSet<&str> = BTreeSet::from(["id"]);
            for h in decl.home {
                covered.insert(match h {
                    Home::Account(c) | Home::Video(c) => c,
                });
            }
            for rf in decl.refs {
                covered.insert(rf.column);
                if let Some(rc) = rf.region {
                    covered.insert(rc);
                }
            }
            for (c, _) in decl.other {
                covered.insert(c);
            }
            for col in cols {
                if names_something(col) && !covered.contains(col.as_str()) {
                    problems.push(format!(
                        "column `{table}.{col}` names something, but tables.rs does not say what a move or an erasure does with it"
                    ));
                }
            }
            for c in &covered {
                if *c != "id" && !cols.iter().any(|x| x == c) {
                    problems.push(format!(
                        "tables.rs declares `{table}.{c}`, which does not exist"
                    ));
                }
            }
        }
        for decl in CELL_TABLES {
            if !cell.iter().any(|(t, _)| t == decl.name) {
                problems.push(format!(
                    "tables.rs declares table `{}`, which does not exist",
                    decl.name
                ));
            }
        }
        for (table, cols) in directory {
            let Some(decl) = DIRECTORY_TABLES.iter().find(|t| t.name == table) else {
                problems.push(format!(
                    "directory table `{table}` is not declared in tables.rs::DIRECTORY_TABLES"
                ));
                continue;
            };
            for col in cols {
                let known = col == "id"
                    || col == decl.account
                    || decl.region == Some(col.as_str())
                    || (decl.name == "moves" && (col == "from_region" || col == "to_region"));
                if names_something(col) && !known {
                    problems.push(format!("directory column `{table}.{col}` is not declared"));
                }
            }
        }
        problems
    }

    async fn open() -> (tempfile::TempDir, Store, spool_core::RegionCode) {
        let dir = tempfile::tempdir().unwrap();
        let region = spool_core::RegionCode::parse("eu").unwrap();
        let store = Store::open_embedded(dir.path(), std::slice::from_ref(&region))
            .await
            .unwrap();
        (dir, store, region)
    }

    /// Fails when a migration adds a table, or a column naming an account, a video, a
    /// comment or a region, that [`CELL_TABLES`] does not declare (so a move or an
    /// erasure would silently leave it behind), or when the declaration names a table or
    /// column that does not exist.
    #[tokio::test]
    async fn every_cell_table_and_reference_column_is_declared() {
        let (_dir, store, region) = open().await;
        let cell = schema(&store.cell(&region).unwrap().db.write).await;
        let directory = schema(&store.directory().db.write).await;
        let problems = problems(&cell, &directory);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// The check itself: a new table naming an account, and a new account column in a
    /// declared table, are both caught.
    #[tokio::test]
    async fn an_undeclared_account_column_is_caught() {
        let (_dir, store, region) = open().await;
        let db = &store.cell(&region).unwrap().db.write;
        for sql in [
            "CREATE TABLE drafts (id TEXT PRIMARY KEY, account_id TEXT NOT NULL)",
            "ALTER TABLE videos ADD COLUMN collab_id TEXT",
        ] {
            sqlx::query(sql).execute(db).await.unwrap();
        }
        let found = problems(&schema(db).await, &[]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("drafts") || found[1].contains("drafts"));
        assert!(found.iter().any(|p| p.contains("videos.collab_id")));
    }

    /// The schema of a migrated database as both engines can be compared: each table's
    /// columns (name, storage class, whether it is a database-given row id) and the
    /// names of the indexes created by the migrations.
    async fn comparable(
        db: &crate::db::Db,
    ) -> (Vec<(String, Vec<crate::db::Column>)>, Vec<String>) {
        let mut conn = db.write.acquire().await.unwrap();
        let (tables_sql, index_sql) = match db.backend {
            Backend::Sqlite => (
                "SELECT name FROM sqlite_master WHERE type = 'table'
                   AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%' ORDER BY name",
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
            ),
            Backend::Postgres => (
                "SELECT CAST(tablename AS TEXT) FROM pg_tables WHERE schemaname = current_schema()
                   AND tablename NOT LIKE '_sqlx_%' ORDER BY tablename",
                "SELECT CAST(i.indexname AS TEXT) FROM pg_indexes i
                  WHERE i.schemaname = current_schema() AND i.tablename NOT LIKE '_sqlx_%'
                    AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
                  ORDER BY i.indexname",
            ),
        };
        let tables: Vec<String> = sqlx::query_scalar(tables_sql)
            .fetch_all(&mut *conn)
            .await
            .unwrap();
        let mut out = Vec::new();
        for t in tables {
            let cols = db.columns(&mut conn, &t).await.unwrap();
            out.push((t, cols));
        }
        let indexes: Vec<String> = sqlx::query_scalar(index_sql)
            .fetch_all(&mut *conn)
            .await
            .unwrap();
        (out, indexes)
    }

    /// The PostgreSQL migrations make the same schema as the SQLite ones: the same
    /// tables, the same columns in the same order with the same storage classes and
    /// row ids, the same indexes. A migration added to one engine only fails this.
    #[tokio::test]
    async fn both_engines_migrate_to_the_same_schema() {
        let dir = tempfile::tempdir().unwrap();
        let sqlite_cell =
            crate::db::Db::open_sqlite(&dir.path().join("cell.db"), &crate::cell::MIGRATOR)
                .await
                .unwrap();
        let sqlite_dir =
            crate::db::Db::open_sqlite(&dir.path().join("dir.db"), &crate::directory::MIGRATOR)
                .await
                .unwrap();
        let pg_cell = crate::db::Db::open_postgres(
            &crate::db::test_pg::database("cell").await,
            &crate::cell::PG_MIGRATOR,
            2,
            None,
        )
        .await
        .unwrap();
        let pg_dir = crate::db::Db::open_postgres(
            &crate::db::test_pg::database("dir").await,
            &crate::directory::PG_MIGRATOR,
            2,
            None,
        )
        .await
        .unwrap();
        for (what, lite, pg) in [
            ("cell", &sqlite_cell, &pg_cell),
            ("directory", &sqlite_dir, &pg_dir),
        ] {
            let (lite_tables, lite_indexes) = comparable(lite).await;
            let (pg_tables, pg_indexes) = comparable(pg).await;
            let names = |t: &[(String, Vec<crate::db::Column>)]| {
                t.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
            };
            assert_eq!(
                names(&lite_tables),
                names(&pg_tables),
                "{what}: the tables differ"
            );
            for ((table, lite_cols), (_, pg_cols)) in lite_tables.iter().zip(&pg_tables) {
                assert_eq!(
                    lite_cols, pg_cols,
                    "{what}: the columns of `{table}` differ"
                );
            }
            assert_eq!(lite_indexes, pg_indexes, "{what}: the indexes differ");
            // Same versions applied on both.
            let versions = |db: &crate::db::Db| {
                let pool = db.read.clone();
                async move {
                    sqlx::query_scalar::<_, i64>(
                        "SELECT version FROM _sqlx_migrations ORDER BY version",
                    )
                    .fetch_all(&pool)
                    .await
                    .unwrap()
                }
            };
            assert_eq!(
                versions(lite).await,
                versions(pg).await,
                "{what}: the migration versions differ"
            );
        }
    }
}
