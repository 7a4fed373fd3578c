//! The NATS JetStream end of the bus: the connection, the names of every stream,
//! subject, consumer and bucket (all under `bus.prefix`), the streams themselves, and one
//! publisher task that sends in order and waits for each acknowledgement.
//!
//! Publishing never blocks a request: messages go through a channel to the publisher
//! task. A message the server did not acknowledge after a few tries is dropped with a
//! warning; the database still holds what it announced (a node rebuilds from it at
//! start, and the job relay republishes jobs nobody claimed).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use async_nats::jetstream::{self, stream};
use async_nats::HeaderMap;
use bytes::Bytes;
use spool_core::RegionCode;
use tokio::sync::mpsc;

use super::{CatalogChange, FeedEventMessage, JobMessage};
use crate::config::Config;

/// The header that names the publishing node.
pub(crate) const NODE_HEADER: &str = "Spool-Node";

/// Every name the deployment uses on the NATS server.
#[derive(Debug, Clone)]
pub(crate) struct Names {
    prefix: String,
}

impl Names {
    pub(crate) fn new(prefix: &str) -> Self {
        Self {
            prefix: prefix.to_owned(),
        }
    }

    /// One stream of interaction events per region.
    pub(crate) fn events_stream(&self, region: &str) -> String {
        format!("{}_events_{region}", self.prefix)
    }

    pub(crate) fn events_subject(&self, region: &str) -> String {
        format!("{}.events.{region}", self.prefix)
    }

    pub(crate) fn catalog_stream(&self) -> String {
        format!("{}_catalog", self.prefix)
    }

    pub(crate) fn catalog_subject(&self, tail: &str) -> String {
        format!("{}.catalog.{tail}", self.prefix)
    }

    pub(crate) fn jobs_stream(&self) -> String {
        format!("{}_jobs", self.prefix)
    }

    /// Jobs of a region that can wait (sounds, the rest of ladders).
    pub(crate) fn jobs_subject(&self, region: &str) -> String {
        format!("{}.jobs.{region}", self.prefix)
    }

    /// The durable consumer that the workers of a region share.
    pub(crate) fn jobs_consumer(&self, region: &str) -> String {
        format!("{}_jobs_{region}", self.prefix)
    }

    /// The urgent lane (priority [`spool_core::JobKind::URGENT`]: first renditions), a
    /// stream of its own so that a worker kept for urgent jobs reads only those.
    pub(crate) fn urgent_stream(&self) -> String {
        format!("{}_urgent", self.prefix)
    }

    pub(crate) fn urgent_subject(&self, region: &str) -> String {
        format!("{}.urgent.{region}", self.prefix)
    }

    pub(crate) fn urgent_consumer(&self, region: &str) -> String {
        format!("{}_urgent_{region}", self.prefix)
    }

    pub(crate) fn limits_bucket(&self) -> String {
        format!("{}_limits", self.prefix)
    }
}

enum Outgoing {
    Message {
        subject: String,
        payload: Bytes,
        /// JetStream's de-duplication id (`Nats-Msg-Id`).
        msg_id: Option<String>,
    },
    /// Answered once everything queued before it was sent.
    Flush(tokio::sync::oneshot::Sender<()>),
}

pub struct Nats {
    pub(crate) js: jetstream::Context,
    pub(crate) names: Names,
    node: String,
    outgoing: mpsc::UnboundedSender<Outgoing>,
    publisher: tokio::task::JoinHandle<()>,
    /// Messages handed to the publisher and not yet acknowledged (or given up on).
    unsent: Arc<AtomicU64>,
    /// Per stream this node reads, the last stream sequence it has applied (or skipped
    /// as its own): what it has caught up with.
    applied: Arc<Mutex<BTreeMap<String, u64>>>,
}

/// Where one stream stands, for [`Nats::progress`].
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct StreamProgress {
    pub stream: String,
    /// The stream's last sequence number on the NATS server now.
    pub last: u64,
    /// The last sequence this node applied (absent on a node that does not read it).
    pub applied: Option<u64>,
}

impl Drop for Nats {
    fn drop(&mut self) {
        self.publisher.abort();
    }
}

impl Nats {
    /// Connects and makes sure every stream exists (creating one is idempotent, so
    /// nodes starting together agree).
    pub(crate) async fn connect(config: &Config, node: &str) -> anyhow::Result<Self> {
        let bus = &config.bus;
        let client = async_nats::ConnectOptions::new()
            .name(format!("spool-{}-{node}", config.server.role.as_str()))
            .connection_timeout(Duration::from_secs(5))
            .connect(bus.url.as_str())
            .await
            .map_err(|e| anyhow::anyhow!("cannot reach NATS at {}: {e}", bus.url))?;
        let js = jetstream::new(client);
        let names = Names::new(&bus.prefix);
        let retention = Duration::from_secs(bus.retention_secs.max(60));
        for region in &config.regions.enabled {
            ensure_stream(
                &js,
                stream::Config {
                    name: names.events_stream(region.as_str()),
                    subjects: vec![names.events_subject(region.as_str())],
                    max_age: retention,
                    ..Default::default()
                },
            )
            .await?;
        }
        ensure_stream(
            &js,
            stream::Config {
                name: names.catalog_stream(),
                subjects: vec![names.catalog_subject(">")],
                max_age: retention,
                ..Default::default()
            },
        )
        .await?;
        for (name, subjects) in [
            (names.jobs_stream(), names.jobs_subject("*")),
            (names.urgent_stream(), names.urgent_subject("*")),
        ] {
            ensure_stream(
                &js,
                stream::Config {
                    name,
                    subjects: vec![subjects],
                    retention: stream::RetentionPolicy::WorkQueue,
                    duplicate_window: Duration::from_secs(600),
                    ..Default::default()
                },
            )
            .await?;
        }
        let (outgoing, rx) = mpsc::unbounded_channel();
        let unsent = Arc::new(AtomicU64::new(0));
        let publisher = tokio::spawn(publish_loop(
            js.clone(),
            node.to_owned(),
            rx,
            unsent.clone(),
        ));
        Ok(Self {
            js,
            names,
            node: node.to_owned(),
            outgoing,
            publisher,
            unsent,
            applied: Arc::default(),
        })
    }

    /// Messages published by this process that the NATS server has not acknowledged yet.
    pub(crate) fn unsent(&self) -> u64 {
        self.unsent.load(Ordering::SeqCst)
    }

    /// Notes that this node has applied `stream` up to `seq`.
    pub(crate) fn mark_applied(&self, stream: &str, seq: u64) {
        let mut applied = self.applied.lock().unwrap_or_else(PoisonError::into_inner);
        let at = applied.entry(stream.to_owned()).or_default();
        *at = (*at).max(seq);
    }

    /// Every stream of interaction events and of catalog changes: its last sequence on
    /// the server and how far this node applied it. A node has caught up with the
    /// others once `applied >= last` everywhere (and their `unsent` is 0).
    pub(crate) async fn progress(&self, regions: &[String]) -> anyhow::Result<Vec<StreamProgress>> {
        let mut names: Vec<String> = regions
            .iter()
            .map(|r| self.names.events_stream(r))
            .collect();
        names.push(self.names.catalog_stream());
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            let mut stream = self
                .js
                .get_stream(&name)
                .await
                .map_err(|e| anyhow::anyhow!("the NATS stream {name}: {e}"))?;
            let last = stream
                .info()
                .await
                .map_err(|e| anyhow::anyhow!("the NATS stream {name}: {e}"))?
                .state
                .last_sequence;
            let applied = self
                .applied
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .get(&name)
                .copied();
            out.push(StreamProgress {
                stream: name,
                last,
                applied,
            });
        }
        Ok(out)
    }

    pub(crate) fn node(&self) -> &str {
        &self.node
    }

    fn send(&self, subject: String, payload: Vec<u8>, msg_id: Option<String>) {
        self.unsent.fetch_add(1, Ordering::SeqCst);
        let sent = self.outgoing.send(Outgoing::Message {
            subject,
            payload: payload.into(),
            msg_id,
        });
        if sent.is_err() {
            self.unsent.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Waits until everything published so far has been sent (or given up on).
    pub(crate) async fn flush(&self) {
        let (tx, rx) = tokio::sync::oneshot::channel();
        if self.outgoing.send(Outgoing::Flush(tx)).is_ok() {
            let _ = tokio::time::timeout(Duration::from_secs(10), rx).await;
        }
    }

    pub(crate) fn publish_event(&self, event: &FeedEventMessage) {
        match serde_json::to_vec(event) {
            Ok(payload) => self.send(self.names.events_subject(&event.region), payload, None),
            Err(e) => tracing::warn!(error = %e, "cannot encode a feed event"),
        }
    }

    pub(crate) fn publish_catalog(&self, change: &CatalogChange) {
        match serde_json::to_vec(change) {
            Ok(payload) => self.send(
                self.names.catalog_subject(change.subject_tail()),
                payload,
                None,
            ),
            Err(e) => tracing::warn!(error = %e, "cannot encode a catalog change"),
        }
    }

    /// Word of a queued job. `generation` tells republications apart for JetStream's
    /// de-duplication (the same word twice within its window is stored once).
    pub(crate) fn publish_job(
        &self,
        region: &RegionCode,
        kind: &str,
        subject: &str,
        generation: &str,
    ) {
        let job = JobMessage {
            region: region.to_string(),
            kind: kind.to_owned(),
            subject: subject.to_owned(),
        };
        let urgent = spool_core::JobKind::parse(kind)
            .is_ok_and(|k| k.priority() == spool_core::JobKind::URGENT);
        let lane = if urgent {
            self.names.urgent_subject(region.as_str())
        } else {
            self.names.jobs_subject(region.as_str())
        };
        match serde_json::to_vec(&job) {
            Ok(payload) => self.send(
                lane,
                payload,
                Some(format!("{region}.{kind}.{subject}.{generation}")),
            ),
            Err(e) => tracing::warn!(error = %e, "cannot encode a job"),
        }
    }
}

/// Gets or creates a stream. Nodes start together and each makes the streams it needs:
/// when two create one at once, the server can refuse the loser ("subjects overlap",
/// seen with nats-server 2.9) although the stream now exists, so a failed attempt is
/// tried again after a pause and succeeds once the winner's stream is there.
pub(crate) async fn ensure_stream(
    js: &jetstream::Context,
    config: stream::Config,
) -> anyhow::Result<()> {
    let name = config.name.clone();
    let mut attempt = 0u32;
    loop {
        match js.get_or_create_stream(config.clone()).await {
            Ok(_) => return Ok(()),
            Err(e) if attempt < 5 => {
                attempt += 1;
                tracing::info!(stream = %name, attempt, error = %e, "creating the NATS stream again");
                tokio::time::sleep(Duration::from_millis(100 * u64::from(attempt))).await;
            }
            Err(e) => return Err(anyhow::anyhow!("cannot create the NATS stream {name}: {e}")),
        }
    }
}

async fn publish_loop(
    js: jetstream::Context,
    node: String,
    mut rx: mpsc::UnboundedReceiver<Outgoing>,
    unsent: Arc<AtomicU64>,
) {
    while let Some(out) = rx.recv().await {
        let (subject, payload, msg_id) = match out {
            Outgoing::Message {
                subject,
                payload,
                msg_id,
            } => (subject, payload, msg_id),
            Outgoing::Flush(done) => {
                let _ = done.send(());
                continue;
            }
        };
        let mut tries = 0;
        loop {
            let mut headers = HeaderMap::new();
            headers.insert(NODE_HEADER, node.as_str());
            if let Some(id) = &msg_id {
                headers.insert(async_nats::header::NATS_MESSAGE_ID, id.as_str());
            }
            let sent = match js
                .publish_with_headers(subject.clone(), headers, payload.clone())
                .await
            {
                Ok(ack) => ack.await.map(|_| ()).map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            match sent {
                Ok(()) => break,
                Err(e) if tries < 5 => {
                    tries += 1;
                    tracing::debug!(error = %e, %subject, "publish failed; retrying");
                    tokio::time::sleep(Duration::from_millis(100 << tries)).await;
                }
                Err(e) => {
                    tracing::warn!(error = %e, %subject, "cannot publish to NATS; the database still has it");
                    break;
                }
            }
        }
        unsent.fetch_sub(1, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_carries_the_prefix() {
        let n = Names::new("t-1");
        assert_eq!(n.events_stream("eu"), "t-1_events_eu");
        assert_eq!(n.events_subject("eu"), "t-1.events.eu");
        assert_eq!(n.catalog_stream(), "t-1_catalog");
        assert_eq!(n.catalog_subject(">"), "t-1.catalog.>");
        assert_eq!(n.jobs_subject("*"), "t-1.jobs.*");
        assert_eq!(n.jobs_consumer("us"), "t-1_jobs_us");
        assert_eq!(n.urgent_subject("*"), "t-1.urgent.*");
        assert_eq!(n.urgent_consumer("us"), "t-1_urgent_us");
        assert_eq!(n.limits_bucket(), "t-1_limits");
    }
}
