//! Rate-limit counters shared by every node, in a NATS key-value bucket.
//!
//! Each limit counts per fixed window (a minute or an hour) under the key
//! `<limit>.<window length>.<window number>.<hash of what is limited>`, and the allowance
//! is a sliding window: the previous window's count, weighted by how much of it still
//! overlaps the last `window` seconds, plus the current one's. Counting is
//! compare-and-set on the entry's revision (create when absent, update at the revision
//! read), retried when another node wrote in between, so two nodes never count one
//! slot twice. The bucket keeps entries two hours, which covers the longest window and
//! its predecessor. Hashing the key keeps addresses and handles out of the bucket.

use std::time::Duration;

use async_nats::jetstream::{kv, stream};
use bytes::Bytes;
use sha2::{Digest, Sha256};

use super::Nats;

/// Attempts at a compare-and-set before giving up (another node kept winning).
const CAS_TRIES: usize = 16;

/// What one [`SharedCounters::take_n`] saw and did (counts in its window's units).
struct Taken {
    previous: u64,
    current: u64,
    added: u64,
    limit: u64,
    window: u64,
    now: u64,
}

pub struct SharedCounters {
    kv: kv::Store,
}

#[derive(Debug, thiserror::Error)]
#[error("shared rate limits: {0}")]
pub struct CounterError(String);

fn err(e: impl std::fmt::Display) -> CounterError {
    CounterError(e.to_string())
}

/// The sliding-window estimate of events in the last `window` at `now` (seconds),
/// from the previous and the current fixed window's counts.
fn estimate(previous: u64, current: u64, window: u64, now: u64) -> f64 {
    let into = (now % window) as f64 / window as f64;
    previous as f64 * (1.0 - into) + current as f64
}

/// How long until one more event fits under `limit`.
fn wait_for_room(previous: u64, current: u64, limit: u64, window: u64, now: u64) -> Duration {
    let into = now % window;
    let to_next = window - into;
    if current + 1 > limit || previous == 0 {
        // Only the next window has room (and there this one's count is the previous).
        return Duration::from_secs(to_next.max(1));
    }
    // previous * (window - into - t) / window + current + 1 <= limit
    let room = (limit - current - 1) as f64;
    let t = (window - into) as f64 - room * window as f64 / previous as f64;
    Duration::from_secs_f64(t.clamp(1.0, to_next as f64))
}

impl SharedCounters {
    pub(crate) async fn open(nats: &Nats) -> anyhow::Result<Self> {
        let bucket = nats.names.limits_bucket();
        // The bucket's stream is made here with the key-value conventions (`KV_<bucket>`,
        // `$KV.<bucket>.>`, one value per key, roll-ups): the client's own bucket
        // creation first asks for account details in a shape Debian's nats-server 2.9
        // does not answer with.
        let stream = stream::Config {
            name: format!("KV_{bucket}"),
            subjects: vec![format!("$KV.{bucket}.>")],
            max_messages_per_subject: 1,
            max_age: Duration::from_secs(2 * 3600),
            discard: stream::DiscardPolicy::New,
            allow_rollup: true,
            deny_delete: true,
            allow_direct: true,
            ..Default::default()
        };
        super::nats::ensure_stream(&nats.js, stream)
            .await
            .map_err(|e| anyhow::anyhow!("the key-value bucket {bucket}: {e}"))?;
        let kv = nats
            .js
            .get_key_value(&bucket)
            .await
            .map_err(|e| anyhow::anyhow!("the key-value bucket {bucket}: {e}"))?;
        Ok(Self { kv })
    }

    fn key(limit: &str, window: u64, n: u64, subject: &str) -> String {
        let hash = Sha256::digest(subject.as_bytes());
        format!("{limit}.{window}.{n}.{}", hex::encode(&hash[..16]))
    }

    async fn read(&self, key: &str) -> Result<(u64, Option<u64>), CounterError> {
        match self.kv.entry(key).await.map_err(err)? {
            Some(e) if e.operation == kv::Operation::Put => {
                let n = std::str::from_utf8(&e.value)
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                Ok((n, Some(e.revision)))
            }
            Some(e) => Ok((0, Some(e.revision))),
            None => Ok((0, None)),
        }
    }

    /// Adds `room(current)` to `key` (nothing when it is 0), in one compare-and-set;
    /// returns the count before and what was added.
    async fn add_up_to(
        &self,
        key: &str,
        room: impl Fn(u64) -> u64,
    ) -> Result<(u64, u64), CounterError> {
        for _ in 0..CAS_TRIES {
            let (n, revision) = self.read(key).await?;
            let add = room(n);
            if add == 0 {
                return Ok((n, 0));
            }
            let value = Bytes::from((n + add).to_string());
            let written = match revision {
                None => self.kv.create(key, value).await.map(|_| ()).map_err(|e| {
                    (
                        e.kind() == kv::CreateErrorKind::AlreadyExists,
                        e.to_string(),
                    )
                }),
                Some(r) => self
                    .kv
                    .update(key, value, r)
                    .await
                    .map(|_| ())
                    .map_err(|e| {
                        (
                            e.kind() == kv::UpdateErrorKind::WrongLastRevision,
                            e.to_string(),
                        )
                    }),
            };
            match written {
                Ok(()) => return Ok((n, add)),
                Err((true, _)) => continue,
                Err((false, e)) => return Err(CounterError(e)),
            }
        }
        Err(CounterError(format!("{key}: too much contention")))
    }

    /// Takes one unit of `limit` per `window` for `subject`; `Err(wait)` when the
    /// allowance is spent (nothing is taken then).
    pub async fn take(
        &self,
        name: &str,
        subject: &str,
        limit: u32,
        window: Duration,
    ) -> Result<Result<(), Duration>, CounterError> {
        let t = self.take_n(name, subject, 1, limit, window).await?;
        Ok(if t.added == 1 {
            Ok(())
        } else {
            Err(wait_for_room(
                t.previous, t.current, t.limit, t.window, t.now,
            ))
        })
    }

    /// Takes up to `want` units of `limit` per `window` for `subject` at once; returns
    /// how many it took (0 when the allowance is spent).
    pub async fn take_up_to(
        &self,
        name: &str,
        subject: &str,
        want: u64,
        limit: u32,
        window: Duration,
    ) -> Result<u64, CounterError> {
        Ok(self.take_n(name, subject, want, limit, window).await?.added)
    }

    /// Adds as many of `want` as fit under the sliding-window estimate in one
    /// compare-and-set, and says what it saw.
    async fn take_n(
        &self,
        name: &str,
        subject: &str,
        want: u64,
        limit: u32,
        window: Duration,
    ) -> Result<Taken, CounterError> {
        let window = window.as_secs().max(1);
        let limit = u64::from(limit.max(1));
        let now = now_secs();
        let n = now / window;
        let (previous, _) = self
            .read(&Self::key(name, window, n.saturating_sub(1), subject))
            .await?;
        let (current, added) = self
            .add_up_to(&Self::key(name, window, n, subject), |current| {
                let room = (limit as f64 - estimate(previous, current, window, now)).floor();
                want.min(room.max(0.0) as u64)
            })
            .await?;
        Ok(Taken {
            previous,
            current,
            added,
            limit,
            window,
            now,
        })
    }

    /// Counts one event without a limit (failures towards a budget).
    pub async fn add(
        &self,
        name: &str,
        subject: &str,
        window: Duration,
    ) -> Result<(), CounterError> {
        let window = window.as_secs().max(1);
        let n = now_secs() / window;
        self.add_up_to(&Self::key(name, window, n, subject), |_| 1)
            .await?;
        Ok(())
    }

    /// How long the budget of `limit` per `window` stays spent, if it is spent (the
    /// next event would pass it).
    pub async fn spent_for(
        &self,
        name: &str,
        subject: &str,
        limit: u32,
        window: Duration,
    ) -> Result<Option<Duration>, CounterError> {
        let window = window.as_secs().max(1);
        let limit = u64::from(limit.max(1));
        let now = now_secs();
        let n = now / window;
        let (previous, _) = self
            .read(&Self::key(name, window, n.saturating_sub(1), subject))
            .await?;
        let (current, _) = self.read(&Self::key(name, window, n, subject)).await?;
        Ok(
            (estimate(previous, current, window, now) + 1.0 > limit as f64)
                .then(|| wait_for_room(previous, current, limit, window, now)),
        )
    }

    fn mark_key(name: &str, subject: &str) -> String {
        let hash = Sha256::digest(subject.as_bytes());
        format!("{name}.mark.{}", hex::encode(&hash[..16]))
    }

    /// Remembers that `subject` happened now (a failed log-in of a pair).
    pub async fn mark(&self, name: &str, subject: &str) -> Result<(), CounterError> {
        self.kv
            .put(
                Self::mark_key(name, subject),
                Bytes::from(now_secs().to_string()),
            )
            .await
            .map_err(err)?;
        Ok(())
    }

    /// Seconds since `subject` was last marked, if it was.
    pub async fn marked_ago(
        &self,
        name: &str,
        subject: &str,
    ) -> Result<Option<Duration>, CounterError> {
        let Some(entry) = self
            .kv
            .entry(Self::mark_key(name, subject))
            .await
            .map_err(err)?
        else {
            return Ok(None);
        };
        if entry.operation != kv::Operation::Put {
            return Ok(None);
        }
        let at: u64 = std::str::from_utf8(&entry.value)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Ok(Some(Duration::from_secs(now_secs().saturating_sub(at))))
    }

    pub async fn unmark(&self, name: &str, subject: &str) -> Result<(), CounterError> {
        self.kv
            .delete(Self::mark_key(name, subject))
            .await
            .map_err(err)?;
        Ok(())
    }
}

fn now_secs() -> u64 {
    u64::try_from(chrono::Utc::now().timestamp()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sliding_window_weighs_the_previous_window_by_its_overlap() {
        // A quarter into the current minute: three quarters of the previous one count.
        assert_eq!(estimate(8, 1, 60, 60 * 10 + 15), 8.0 * 0.75 + 1.0);
        assert_eq!(estimate(8, 1, 60, 60 * 10), 9.0);
        assert_eq!(estimate(0, 5, 3600, 7), 5.0);
    }

    #[test]
    fn the_wait_is_until_one_more_fits() {
        // The current window alone is full: wait for the next one.
        assert_eq!(
            wait_for_room(0, 5, 5, 60, 600 + 20),
            Duration::from_secs(40)
        );
        // 10 from the previous minute, 0 now, limit 5, at second 30: 10 * (30 - t) / 60
        // + 1 <= 5 once t >= 6.
        let wait = wait_for_room(10, 0, 5, 60, 600 + 30);
        assert_eq!(wait, Duration::from_secs(6));
        assert!(estimate(10, 0, 60, 600 + 36) + 1.0 <= 5.0);
        // Never less than a second, never past the window's end.
        assert_eq!(
            wait_for_room(10, 0, 10, 60, 600 + 59),
            Duration::from_secs(1)
        );
    }
}
