//! The reasons shown with each item, in words and with arguments for localization.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{FeedEngine, Sources, State, Viewer, ViewerState};
use crate::model::{Feature, Vector};

/// A reason a person can read, with the arguments a client needs to localize it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reason {
    pub code: &'static str,
    pub text: String,
    pub args: BTreeMap<&'static str, String>,
}

pub(super) fn reason<const N: usize>(
    code: &'static str,
    text: String,
    args: [(&'static str, String); N],
) -> Reason {
    Reason {
        code,
        text,
        args: args.into_iter().collect(),
    }
}

/// A video shown again because the viewer has seen every new one for now.
pub(super) fn seen_before() -> Reason {
    reason(
        "seen_before",
        "You have seen every new video for you; watch this one again".into(),
        [],
    )
}

impl FeedEngine {
    pub(super) fn reasons(
        &self,
        st: &State,
        viewer: &Viewer,
        user: Option<&Vector>,
        vs: &ViewerState,
        v: u128,
        src: Sources,
    ) -> Vec<Reason> {
        let Some(meta) = st.videos.get(&v) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if src.following {
            out.push(reason(
                "follows_creator",
                format!("You follow @{}", meta.creator_handle),
                [("handle", meta.creator_handle.to_string())],
            ));
        }
        if src.exploration {
            out.push(reason(
                "new_video_test_audience",
                "New video — you are among its first viewers".into(),
                [],
            ));
        }
        if src.ann || src.similar {
            // The topic that pulls this viewer towards the video the most, if the viewer
            // has engaged with it repeatedly.
            let topic = meta
                .hashtags
                .iter()
                .filter(|t| vs.tag_counts.get(&***t).copied().unwrap_or(0.0) >= 2.0)
                .max_by(|a, b| {
                    let fa = user
                        .and_then(|u| st.model.feature_affinity(u, &Feature::Tag((*a).clone())))
                        .unwrap_or(0.0);
                    let fb = user
                        .and_then(|u| st.model.feature_affinity(u, &Feature::Tag((*b).clone())))
                        .unwrap_or(0.0);
                    fa.total_cmp(&fb)
                });
            if let Some(t) = topic {
                out.push(reason(
                    "topic",
                    format!("You watched several #{t} videos"),
                    [("hashtag", t.to_string())],
                ));
            } else if src.similar {
                out.push(reason(
                    "similar_to_liked",
                    "Similar to videos you liked".into(),
                    [],
                ));
            } else {
                out.push(reason(
                    "taste_match",
                    "Matches what you watch to the end".into(),
                    [],
                ));
            }
        }
        if src.trending {
            out.push(reason(
                "trending_region",
                format!("Popular in your region ({}) today", viewer.region),
                [("region", viewer.region.clone())],
            ));
        }
        if src.trending_language {
            if let Some(l) = &viewer.language {
                out.push(reason(
                    "trending_language",
                    format!("Popular in your language ({l})"),
                    [("language", l.clone())],
                ));
            }
        }
        if out.is_empty() {
            out.push(reason("fresh", "New on Spool".into(), []));
        }
        out
    }
}
