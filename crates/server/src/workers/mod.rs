//! Background workers: every loop that runs beside the HTTP server is a [`Worker`],
//! started by [`start`] from the configuration (`[workers]`), so an API-only or
//! worker-only process is a switch of configuration, not other code.
//!
//! The shape follows Garage's workers: [`Worker::work`] does one bounded unit of work and
//! says whether more is waiting; [`Worker::wait_for_work`] sleeps until there may be
//! some. A worker stopped between two calls loses nothing; what a unit of work does when
//! it is cut off in the middle is documented on each worker.

pub mod jobs;
pub mod transcode;
mod upkeep;

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use tokio::task::JoinHandle;

use crate::state::AppState;

/// What a unit of work found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkState {
    /// More is waiting: call `work` again at once.
    Busy,
    /// Nothing to do now: wait for work.
    Idle,
}

pub type WorkFuture<'a> = Pin<Box<dyn Future<Output = anyhow::Result<WorkState>> + Send + 'a>>;
pub type WaitFuture<'a> = Pin<Box<dyn Future<Output = ()> + Send + 'a>>;

/// One background loop.
pub trait Worker: Send + 'static {
    /// For logs and metrics.
    fn name(&self) -> String;
    /// Does one unit of work.
    fn work(&mut self) -> WorkFuture<'_>;
    /// Returns when there may be work again.
    fn wait_for_work(&mut self) -> WaitFuture<'_>;
}

/// Runs a worker until its task is aborted. An error is logged and the worker waits
/// before trying again.
pub fn spawn(mut worker: impl Worker) -> JoinHandle<()> {
    tokio::spawn(async move {
        let name = worker.name();
        tracing::debug!(worker = %name, "worker started");
        loop {
            match worker.work().await {
                Ok(WorkState::Busy) => {}
                Ok(WorkState::Idle) => worker.wait_for_work().await,
                Err(e) => {
                    tracing::warn!(worker = %name, error = %e, "worker step failed");
                    worker.wait_for_work().await;
                }
            }
        }
    })
}

/// A worker that runs `task` every `every` (the first run after one period unless
/// `at_start`).
pub struct Periodic<F> {
    name: &'static str,
    every: Duration,
    first: bool,
    task: F,
}

impl<F, Fut> Periodic<F>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
{
    pub fn new(name: &'static str, every: Duration, at_start: bool, task: F) -> Self {
        Self {
            name,
            every: every.max(Duration::from_millis(10)),
            first: !at_start,
            task,
        }
    }
}

impl<F, Fut> Worker for Periodic<F>
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
{
    fn name(&self) -> String {
        self.name.to_owned()
    }

    fn work(&mut self) -> WorkFuture<'_> {
        if std::mem::take(&mut self.first) {
            return Box::pin(async { Ok(WorkState::Idle) });
        }
        let run = (self.task)();
        Box::pin(async move {
            run.await?;
            Ok(WorkState::Idle)
        })
    }

    fn wait_for_work(&mut self) -> WaitFuture<'_> {
        let every = self.every;
        Box::pin(tokio::time::sleep(every))
    }
}

/// The workers this process runs, stopped together.
#[derive(Default)]
pub struct Running(Vec<JoinHandle<()>>);

impl Running {
    pub fn stop(self) {
        for w in self.0 {
            w.abort();
        }
    }
}

/// Starts the workers the configuration and the role (`server.role`) ask for: the job
/// workers (`workers.jobs`, roles `worker` and `all`) and the upkeep loops
/// (`workers.upkeep`): a node that answers requests keeps its own search index and feed
/// engine current (roles `api` and `all`); the deployment's own upkeep —
/// housekeeping, pruning old feed events, the job relay — runs where the jobs run
/// (roles `worker` and `all`): each of its steps is idempotent, so more than one
/// worker node running it costs repeated work, never a wrong result.
pub fn start(state: &AppState) -> Running {
    let mut handles = Vec::new();
    let config = &state.config().workers;
    let role = state.config().server.role;
    if config.jobs && role.runs_jobs() {
        handles.extend(jobs::start(state));
    }
    if config.upkeep && role.serves_api() {
        handles.extend(upkeep::start_node(state));
    }
    if config.upkeep && role.runs_jobs() {
        handles.extend(upkeep::start_deployment(state));
    }
    Running(handles)
}
