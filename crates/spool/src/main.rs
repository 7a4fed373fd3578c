//! The `spool` binary. `main` only wires: command line, configuration, telemetry,
//! then the application.

use std::net::SocketAddr;
use std::path::PathBuf;

mod bench;
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
        #[arg(long, default_value_t = 3)]
        videos: u32,
        /// Password of the demo accounts.
        #[arg(long, default_value = "spool-demo-password")]
        password: String,
    },
    /// Benchmarks; results go to docs/benchmarks.md.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Subcommand)]
enum BenchCommand {
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

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            data,
            listen,
            config,
        } => {
            let overrides = Overrides {
                data_dir: data,
                listen,
            };
            let config = Config::load(config.as_deref(), &overrides)?;
            init_telemetry(&config);
            let app = Application::build(config.clone()).await?;
            let addr = app.local_addr()?;
            tracing::info!(%addr, data = %config.data_dir.display(), regions = ?config.regions.enabled, "spool is serving");
            // One plain line on stdout for scripts and the test harness to wait for.
            println!("spool listening on http://{addr}");
            app.run_until_stopped(shutdown_signal()).await?;
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
                },
            )?;
            init_telemetry(&config);
            seed::run(config, videos, &password).await?;
        }
        Command::Bench(BenchCommand::Ingest {
            width,
            height,
            secs,
            runs,
            threads,
            input,
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
    }
    Ok(())
}
