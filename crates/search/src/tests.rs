//! Index tests against real tantivy indexes (in memory unless the test is about the disk).

use std::time::{Duration, Instant};

use crate::{normalize, Doc, Hit, Kind, SearchIndex};

fn account(id: &str, handle: &str, name_and_bio: &str, followers: f64) -> Doc {
    Doc {
        kind: Kind::Account,
        id: id.into(),
        title: handle.into(),
        body: name_and_bio.into(),
        tags: vec![],
        owner: Some(id.into()),
        popularity: followers,
        created_at: 1_700_000_000_000,
    }
}

fn video(id: &str, owner: &str, caption: &str, tags: &[&str], popularity: f64) -> Doc {
    Doc {
        kind: Kind::Video,
        id: id.into(),
        title: caption.into(),
        body: format!("{owner}_handle {owner} name"),
        tags: tags.iter().map(|t| normalize(t)).collect(),
        owner: Some(owner.into()),
        popularity,
        created_at: 1_700_000_000_000,
    }
}

fn hashtag(tag: &str, uses: f64) -> Doc {
    Doc {
        kind: Kind::Hashtag,
        id: normalize(tag),
        title: normalize(tag),
        body: String::new(),
        tags: vec![],
        owner: None,
        popularity: uses,
        created_at: 1_700_000_000_000,
    }
}

fn sound(id: &str, owner: &str, title: &str, uses: f64) -> Doc {
    Doc {
        kind: Kind::Sound,
        id: id.into(),
        title: title.into(),
        body: String::new(),
        tags: vec![],
        owner: Some(owner.into()),
        popularity: uses,
        created_at: 1_700_000_000_000,
    }
}

fn index_with(docs: Vec<Doc>) -> SearchIndex {
    let index = SearchIndex::open_in_ram().unwrap();
    for doc in docs {
        index.upsert(doc).unwrap();
    }
    index.commit().unwrap();
    index
}

fn ids(hits: &[Hit]) -> Vec<&str> {
    hits.iter().map(|h| h.id.as_str()).collect()
}

fn search(index: &SearchIndex, kind: Kind, text: &str) -> Vec<String> {
    let hits = index.search(kind, text, &[], 20, 0).unwrap();
    ids(&hits).into_iter().map(str::to_owned).collect()
}

#[test]
fn kind_names_round_trip() {
    for kind in Kind::ALL {
        assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        assert_eq!(Kind::parse(&format!("{}s", kind.as_str())), Some(kind));
    }
    assert_eq!(Kind::parse("Videos"), Some(Kind::Video));
    assert_eq!(Kind::parse("users"), None);
}

#[test]
fn normalize_matches_the_index() {
    assert_eq!(normalize("  #Cooking "), "cooking");
    assert_eq!(normalize("＃ＣＯＯＫＩＮＧ"), "cooking");
    assert_eq!(normalize("@Ana_Maria"), "ana_maria");
    assert_eq!(normalize("#東京"), "東京");
}

#[test]
fn videos_are_found_by_caption_words_in_several_languages() {
    let index = index_with(vec![
        video("en", "o1", "Best homemade pasta recipe", &[], 0.0),
        video("de", "o1", "Frau Müller backt Brötchen", &[], 0.0),
        video("fr", "o1", "Crème brûlée à la française", &[], 0.0),
        video("ja", "o1", "東京で美味しいラーメンを食べた", &[], 0.0),
        video("zh", "o1", "我喜欢做饭", &[], 0.0),
        video("ko", "o1", "서울에서 맛있는 김치찌개", &[], 0.0),
    ]);
    assert_eq!(search(&index, Kind::Video, "pasta"), ["en"]);
    assert_eq!(search(&index, Kind::Video, "Homemade PASTA"), ["en"]);
    assert_eq!(search(&index, Kind::Video, "müller"), ["de"]);
    assert_eq!(search(&index, Kind::Video, "muller brotchen"), ["de"]);
    assert_eq!(search(&index, Kind::Video, "creme brulee"), ["fr"]);
    assert_eq!(search(&index, Kind::Video, "ラーメン"), ["ja"]);
    assert_eq!(search(&index, Kind::Video, "東京"), ["ja"]);
    // Bigrams that straddle words ("京ラ") do not prevent a match.
    assert_eq!(search(&index, Kind::Video, "東京ラーメン"), ["ja"]);
    assert_eq!(search(&index, Kind::Video, "做饭"), ["zh"]);
    assert_eq!(search(&index, Kind::Video, "김치찌개"), ["ko"]);
    // One CJK character, typed so far, matches as a prefix.
    assert_eq!(search(&index, Kind::Video, "做"), ["zh"]);
    assert!(search(&index, Kind::Video, "pizza").is_empty());
    // Other kinds are not mixed in.
    assert!(search(&index, Kind::Account, "pasta").is_empty());
}

#[test]
fn last_word_matches_as_a_prefix_and_others_as_words() {
    let index = index_with(vec![
        video("a", "o1", "Sunday cooking with friends", &[], 0.0),
        video("b", "o1", "cookies for Sunday", &[], 0.0),
    ]);
    let mut hits = search(&index, Kind::Video, "cook");
    hits.sort();
    assert_eq!(hits, ["a", "b"]);
    assert_eq!(search(&index, Kind::Video, "friends cook"), ["a"]);
    // "cook" is not the last word here, so it must match a whole word: neither has one.
    assert!(search(&index, Kind::Video, "cook sunday").is_empty());
}

#[test]
fn more_words_matched_rank_higher() {
    let index = index_with(vec![
        video("one", "o1", "pasta night", &[], 0.0),
        video("all", "o1", "pasta carbonara recipe for tonight", &[], 0.0),
    ]);
    // Four words: one may be missing, and the full match wins.
    let hits = search(&index, Kind::Video, "pasta carbonara recipe tonight");
    assert_eq!(hits, ["all"]);
    let hits = search(&index, Kind::Video, "pasta carbonara recipe night");
    assert_eq!(hits, ["all"]);

    let index = index_with(vec![
        video("three", "o1", "pasta carbonara recipe", &[], 0.0),
        video("four", "o1", "pasta carbonara recipe tonight", &[], 0.0),
    ]);
    let hits = search(&index, Kind::Video, "pasta carbonara recipe tonight");
    assert_eq!(hits, ["four", "three"]);
}

#[test]
fn hashtags_are_found_with_and_without_the_sign() {
    let index = index_with(vec![
        video("tagged", "o1", "Sunday dinner", &["#Cooking"], 0.0),
        video("worded", "o1", "I love cooking", &[], 0.0),
        hashtag("cooking", 10.0),
        hashtag("cookingtips", 5.0),
    ]);
    let mut plain = search(&index, Kind::Video, "cooking");
    plain.sort();
    assert_eq!(plain, ["tagged", "worded"]);
    // With '#', only tags count.
    assert_eq!(search(&index, Kind::Video, "#cooking"), ["tagged"]);
    assert_eq!(search(&index, Kind::Video, "＃COOK"), ["tagged"]);
    assert_eq!(
        search(&index, Kind::Hashtag, "#cooking"),
        ["cooking", "cookingtips"]
    );
    assert_eq!(search(&index, Kind::Hashtag, "cookingt"), ["cookingtips"]);
}

#[test]
fn accounts_are_found_by_handle_prefix_name_and_bio() {
    let index = index_with(vec![
        account("a1", "ana_maria", "Ana María — recetas caseras", 100.0),
        account("a2", "bob", "Bob, I bake bread. Friend of Ana", 10.0),
    ]);
    assert_eq!(search(&index, Kind::Account, "an"), ["a1", "a2"]);
    assert_eq!(search(&index, Kind::Account, "@an"), ["a1"]);
    assert_eq!(search(&index, Kind::Account, "@ana_maria"), ["a1"]);
    assert_eq!(search(&index, Kind::Account, "maria"), ["a1"]);
    assert_eq!(search(&index, Kind::Account, "recetas"), ["a1"]);
    assert_eq!(search(&index, Kind::Account, "bread"), ["a2"]);
    let suggested = index.suggest(Some(Kind::Account), "an", &[], 10).unwrap();
    assert_eq!(ids(&suggested), ["a1"]);
}

#[test]
fn title_matches_outrank_body_matches() {
    let index = index_with(vec![
        account("in_bio", "chef_ben", "I cook pasta", 0.0),
        account("in_handle", "pasta", "I cook", 0.0),
    ]);
    assert_eq!(
        search(&index, Kind::Account, "pasta"),
        ["in_handle", "in_bio"]
    );
}

#[test]
fn popularity_breaks_ties_and_blends_with_relevance() {
    let index = index_with(vec![
        video("quiet", "o1", "pasta recipe", &[], 3.0),
        video("viral", "o1", "pasta recipe", &[], 50_000.0),
        video("medium", "o1", "pasta recipe", &[], 400.0),
    ]);
    let hits = index.search(Kind::Video, "pasta", &[], 10, 0).unwrap();
    assert_eq!(ids(&hits), ["viral", "medium", "quiet"]);
    assert!(hits.windows(2).all(|w| w[0].score > w[1].score));

    // Paging: the offset skips the best ones.
    let page2 = index.search(Kind::Video, "pasta", &[], 2, 1).unwrap();
    assert_eq!(ids(&page2), ["medium", "quiet"]);
    assert!(index
        .search(Kind::Video, "pasta", &[], 0, 0)
        .unwrap()
        .is_empty());
    assert!(index
        .search(Kind::Video, "pasta", &[], usize::MAX, usize::MAX)
        .unwrap()
        .is_empty());
}

#[test]
fn suggest_mixes_kinds_and_orders_by_popularity() {
    let index = index_with(vec![
        account("acc", "cookmaster", "", 50.0),
        video("vid-small", "o1", "My cooking diary", &[], 5.0),
        video("vid-big", "o1", "Cooking for 100 people", &[], 1_000_000.0),
        hashtag("cooking", 300.0),
        sound("snd", "o2", "Cookie Jazz", 7.0),
        video("other", "o1", "gardening", &[], 1e9),
    ]);
    let hits = index.suggest(None, "coo", &[], 10).unwrap();
    let kinds: std::collections::HashSet<Kind> = hits.iter().map(|h| h.kind).collect();
    assert_eq!(kinds.len(), 4, "{hits:?}");
    // First round: the best of each kind, by popularity; then the second video.
    assert_eq!(
        ids(&hits),
        ["vid-big", "cooking", "acc", "snd", "vid-small"]
    );
    assert_eq!(
        ids(&index.suggest(None, "coo", &[], 2).unwrap()),
        ["vid-big", "cooking"]
    );

    let videos = index.suggest(Some(Kind::Video), "COOK", &[], 10).unwrap();
    assert_eq!(ids(&videos), ["vid-big", "vid-small"]);
    assert_eq!(videos[0].score, 1_000_000.0);
    // A hashtag typed with its sign.
    let tags = index.suggest(Some(Kind::Hashtag), "#coo", &[], 10).unwrap();
    assert_eq!(ids(&tags), ["cooking"]);
    assert!(index.suggest(None, "  ", &[], 10).unwrap().is_empty());
    assert!(index.suggest(None, "xyz", &[], 10).unwrap().is_empty());
}

#[test]
fn suggest_lists_an_account_once_not_again_as_its_original_sound() {
    let index = index_with(vec![
        account("ana-id", "demo_ana", "", 1.0),
        sound("snd-ana", "ana-id", "original sound - @demo_ana", 1.0),
        sound("snd-other", "bob-id", "demo tape", 1.0),
    ]);
    assert_eq!(
        ids(&index.suggest(None, "demo", &[], 10).unwrap()),
        ["ana-id", "snd-other"]
    );
    // Asked for sounds only, the sound is there.
    assert_eq!(
        ids(&index.suggest(Some(Kind::Sound), "demo", &[], 10).unwrap()).len(),
        2
    );
}

#[test]
fn suggest_finds_cjk_and_accented_titles() {
    let index = index_with(vec![
        hashtag("東京グルメ", 3.0),
        account("a", "müller.koch", "", 1.0),
    ]);
    assert_eq!(
        ids(&index.suggest(None, "東", &[], 10).unwrap()),
        ["東京グルメ"]
    );
    assert_eq!(
        ids(&index.suggest(None, "東京グ", &[], 10).unwrap()),
        ["東京グルメ"]
    );
    assert_eq!(ids(&index.suggest(None, "mul", &[], 10).unwrap()), ["a"]);
    assert_eq!(ids(&index.suggest(None, "koch", &[], 10).unwrap()), ["a"]);
}

#[test]
fn remove_and_remove_owner_take_effect_at_commit() {
    let index = index_with(vec![
        account("alice", "alice", "", 0.0),
        video("v1", "alice", "pasta one", &[], 0.0),
        sound("s1", "alice", "pasta song", 0.0),
        video("v2", "bob", "pasta two", &[], 0.0),
        hashtag("pasta", 2.0),
    ]);
    assert_eq!(index.num_docs(), 5);

    index.remove(Kind::Video, "v2").unwrap();
    assert_eq!(
        search(&index, Kind::Video, "pasta").len(),
        2,
        "not before the commit"
    );
    index.commit().unwrap();
    assert_eq!(search(&index, Kind::Video, "pasta"), ["v1"]);

    index.remove_owner("alice").unwrap();
    index.commit().unwrap();
    assert!(search(&index, Kind::Video, "pasta").is_empty());
    assert!(search(&index, Kind::Sound, "pasta").is_empty());
    assert!(search(&index, Kind::Account, "alice").is_empty());
    assert_eq!(search(&index, Kind::Hashtag, "pasta"), ["pasta"]);
    assert_eq!(index.num_docs(), 1);

    // Removing what is not there is fine.
    index.remove(Kind::Sound, "nope").unwrap();
    index.remove_owner("nobody").unwrap();
    index.commit().unwrap();
}

#[test]
fn excluded_owners_are_left_out() {
    let index = index_with(vec![
        account("blocked", "pasta_queen", "", 1000.0),
        account("ok", "pasta_king", "", 1.0),
        video("v-blocked", "blocked", "pasta", &[], 0.0),
        video("v-ok", "ok", "pasta", &[], 0.0),
        hashtag("pasta", 1.0),
    ]);
    let blocked = vec!["blocked".to_owned(), "someone-else".to_owned()];
    let hits = index.search(Kind::Video, "pasta", &blocked, 10, 0).unwrap();
    assert_eq!(ids(&hits), ["v-ok"]);
    let hits = index
        .search(Kind::Account, "pasta", &blocked, 10, 0)
        .unwrap();
    assert_eq!(ids(&hits), ["ok"]);
    let hits = index.suggest(None, "pas", &blocked, 10).unwrap();
    let mut found = ids(&hits);
    found.sort();
    assert_eq!(found, ["ok", "pasta", "v-ok"]);
}

#[test]
fn upsert_replaces_the_document() {
    let index = index_with(vec![video("v", "o1", "old caption about pasta", &[], 1.0)]);
    index
        .upsert(video("v", "o1", "new caption about sushi", &[], 2.0))
        .unwrap();
    index
        .upsert(video("v", "o1", "newest caption about sushi", &[], 3.0))
        .unwrap();
    index.commit().unwrap();
    assert_eq!(index.num_docs(), 1);
    assert!(search(&index, Kind::Video, "pasta").is_empty());
    assert_eq!(search(&index, Kind::Video, "sushi"), ["v"]);
    // The same id in another kind is another document.
    index.upsert(sound("v", "o1", "sushi song", 0.0)).unwrap();
    index.commit().unwrap();
    assert_eq!(index.num_docs(), 2);
}

#[test]
fn hostile_queries_are_plain_text() {
    let index = index_with(vec![
        video(
            "v",
            "o1",
            "AND OR NOT title:pasta (brackets) \"quoted\"",
            &[],
            0.0,
        ),
        account("a", "ana", "", 0.0),
    ]);
    let nasty = [
        "",
        "   \t\n",
        "\"",
        "\"unterminated",
        "title:pasta",
        "AND",
        "OR OR OR",
        "NOT",
        "-",
        "+-!",
        "(((",
        ")]}",
        "[1 TO 5]",
        "{* TO *}",
        "*",
        "?",
        "pasta~2",
        "pasta^100",
        "\\",
        "'; DROP TABLE videos; --",
        "#",
        "@",
        "##@@",
        "🍝🔥",
        "👨‍👩‍👧‍👦",
        "\u{0}\u{1}\u{202e}",
        "\u{301}\u{301}",
        "ـــ",
        &"a".repeat(100_000),
        &"pasta ".repeat(5_000),
        &"東".repeat(10_000),
    ];
    for kind in Kind::ALL {
        for q in nasty {
            index.search(kind, q, &[], 10, 0).unwrap();
            index.suggest(Some(kind), q, &[], 10).unwrap();
        }
    }
    assert_eq!(search(&index, Kind::Video, "title:pasta"), ["v"]);
    assert_eq!(search(&index, Kind::Video, "\"quoted\" AND"), ["v"]);
    assert_eq!(search(&index, Kind::Video, "(brackets"), ["v"]);
    assert!(search(&index, Kind::Video, "🍝🔥").is_empty());
}

#[test]
fn odd_documents_are_accepted() {
    let index = index_with(vec![
        Doc {
            popularity: f64::NAN,
            owner: Some(String::new()),
            ..video("nan", "o", "pasta", &[], 0.0)
        },
        video("neg", "o1", "pasta", &[], -5.0),
        video("inf", "o1", "pasta", &[], f64::INFINITY),
        video("empty", "o1", "", &[], 0.0),
        video("emoji", "o1", "🍝🍝🍝", &[], 0.0),
    ]);
    assert_eq!(index.num_docs(), 5);
    let hits = index.search(Kind::Video, "pasta", &[], 10, 0).unwrap();
    assert_eq!(hits.len(), 3);
    assert!(hits.iter().all(|h| h.score.is_finite()));
    assert_eq!(hits[0].id, "inf");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_committer_makes_upserts_visible_within_a_second() {
    let index = SearchIndex::open_in_ram().unwrap();
    let committer = index.spawn_committer(Duration::from_millis(250));
    index
        .upsert(video("v", "o1", "fresh pasta", &[], 0.0))
        .unwrap();
    let start = Instant::now();
    loop {
        if search(&index, Kind::Video, "pasta") == ["v"] {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "not visible after 1 s"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    index.remove(Kind::Video, "v").unwrap();
    let start = Instant::now();
    while !search(&index, Kind::Video, "pasta").is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(1),
            "still visible after 1 s"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The task stops by itself once the index is dropped.
    drop(index);
    tokio::time::timeout(Duration::from_secs(2), committer)
        .await
        .unwrap()
        .unwrap();
}

#[test]
fn an_on_disk_index_keeps_its_documents() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("search");
    {
        let index = SearchIndex::open(&path).unwrap();
        assert!(index.is_fresh());
        index.upsert(video("v", "o1", "pasta", &[], 0.0)).unwrap();
        index.commit().unwrap();
        // The folder is held while open.
        assert!(SearchIndex::open(&path).is_err());
    }
    let index = SearchIndex::open(&path).unwrap();
    assert!(!index.is_fresh());
    assert_eq!(search(&index, Kind::Video, "pasta"), ["v"]);

    // Writes not yet committed are committed when the last handle goes.
    index
        .upsert(video("w", "o1", "pasta too", &[], 0.0))
        .unwrap();
    drop(index);
    let index = SearchIndex::open(&path).unwrap();
    assert!(!index.is_fresh());
    assert_eq!(index.num_docs(), 2);
}

#[test]
fn an_interrupted_reindex_starts_over() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = SearchIndex::open(dir.path()).unwrap();
        assert!(index.is_fresh());
        index.upsert(video("v", "o1", "pasta", &[], 0.0)).unwrap();
        // Dropped without an explicit commit: the re-index never finished.
    }
    let index = SearchIndex::open(dir.path()).unwrap();
    assert!(index.is_fresh());
    assert_eq!(index.num_docs(), 0);
}

#[test]
fn an_index_of_another_version_is_wiped() {
    let dir = tempfile::tempdir().unwrap();
    {
        let index = SearchIndex::open(dir.path()).unwrap();
        index.upsert(video("v", "o1", "pasta", &[], 0.0)).unwrap();
        index.commit().unwrap();
    }
    std::fs::write(dir.path().join("spool-search-version"), "spool-search 0\n").unwrap();
    let index = SearchIndex::open(dir.path()).unwrap();
    assert!(index.is_fresh());
    assert_eq!(index.num_docs(), 0);
    drop(index);

    // Garbage where an index should be.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("meta.json"), "{ not json").unwrap();
    std::fs::write(dir.path().join("spool-search-version"), "spool-search 1\n").unwrap();
    let index = SearchIndex::open(dir.path()).unwrap();
    assert!(index.is_fresh());
    index.upsert(video("v", "o1", "pasta", &[], 0.0)).unwrap();
    index.commit().unwrap();
    assert_eq!(index.num_docs(), 1);
}

#[test]
fn in_ram_indexes_are_fresh() {
    assert!(SearchIndex::open_in_ram().unwrap().is_fresh());
}
