//! The opaque paging cursor: an offset for shared lists, and the last creators and
//! sounds of the previous page so diversity holds across pages.

use base64::Engine as _;
use serde::{Deserialize, Serialize};

use super::{FeedEngine, PageItem};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Cursor {
    /// Non-personalized: offset into the shared list.
    #[serde(default)]
    pub(super) o: usize,
    /// Non-personalized: the list's generation.
    #[serde(default)]
    pub(super) g: u64,
    /// The last creators and sounds of the previous page, for diversity across pages.
    #[serde(default)]
    pub(super) c: Vec<String>,
    #[serde(default)]
    pub(super) s: Vec<String>,
}

pub(super) fn encode_cursor(c: &Cursor) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(serde_json::to_vec(c).unwrap_or_default())
}

pub(super) fn decode_cursor(s: &str) -> Option<Cursor> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

impl FeedEngine {
    pub(super) fn next_cursor(
        &self,
        items: &[PageItem],
        prev: Option<&Cursor>,
        generation: u64,
        offset: usize,
    ) -> Option<String> {
        if items.is_empty() {
            return None;
        }
        let st = self.state.read();
        let mut c: Vec<String> = prev.map(|p| p.c.clone()).unwrap_or_default();
        let mut s: Vec<String> = prev.map(|p| p.s.clone()).unwrap_or_default();
        for i in items {
            if let Some(m) = st.videos.get(&i.video) {
                c.push(format!("{:x}", m.creator));
                s.push(m.sound.map(|x| format!("{x:x}")).unwrap_or_default());
            }
        }
        let keep_c = self.config.creator_spacing.saturating_sub(1);
        let keep_s = self.config.sound_spacing.saturating_sub(1);
        let c = c.split_off(c.len().saturating_sub(keep_c));
        let s = s.split_off(s.len().saturating_sub(keep_s));
        Some(encode_cursor(&Cursor {
            o: offset,
            g: generation,
            c,
            s,
        }))
    }
}
