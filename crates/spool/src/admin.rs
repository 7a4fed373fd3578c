//! `spool audit verify` and `spool staff add-role` (bootstrap of the first admin).

use std::path::{Path, PathBuf};

use spool_core::{HandleKey, RegionCode};
use spool_server::Config;

/// Checks a region's whole audit log and signed heads, offline. Returns whether it is
/// intact; prints the first entry where anything was changed otherwise.
pub fn verify(data: &Path, region: &str, public_key: Option<PathBuf>) -> anyhow::Result<bool> {
    let key_path = public_key.unwrap_or_else(|| spool_server::audit::key_paths(data, region).1);
    let key = spool_audit::read_public_key(&key_path)?;
    let dir = spool_server::audit::log_dir(data, region);
    let report = spool_audit::verify_dir(&dir, region, &key);
    match &report.problem {
        None => {
            println!(
                "audit log of region {region}: OK — {} entries, {} signed tree heads, all signatures valid (key {})",
                report.entries,
                report.heads,
                key_path.display()
            );
            if let Some(h) = &report.latest_head {
                let root: String = h.root_hash.iter().map(|b| format!("{b:02x}")).collect();
                println!("latest signed head: size {} root {root}", h.tree_size);
            }
            Ok(true)
        }
        Some(p) => {
            match p.first_bad_entry {
                Some(i) => println!("audit log of region {region}: FAILED at entry {i}: {p}"),
                None => println!("audit log of region {region}: FAILED: {p}"),
            }
            Ok(false)
        }
    }
}

/// Gives an existing account a staff role in a region, logged as done by the operator.
/// Run it while the server is stopped (one process holds a region's audit log).
pub async fn add_role(
    config: Config,
    handle: &str,
    role: &str,
    region: &str,
) -> anyhow::Result<()> {
    anyhow::ensure!(
        spool_server::routes::staff::ROLES.contains(&role),
        "role is one of {:?}",
        spool_server::routes::staff::ROLES
    );
    let region = RegionCode::parse(region).map_err(|e| anyhow::anyhow!("{}", e.message))?;
    let store =
        spool_store::Store::open_embedded(&config.data_dir, &config.regions.enabled).await?;
    let cell = store
        .cell(&region)
        .ok_or_else(|| anyhow::anyhow!("region {region} is not enabled"))?;
    let entry = store
        .directory()
        .lookup(&HandleKey::of(handle))
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account @{handle}"))?;
    let added = cell
        .add_staff_role(entry.account_id, &entry.region, role, None)
        .await?;
    let logs = spool_server::audit::AuditLogs::open(&config)?;
    if added {
        let log = logs
            .log(&region)
            .ok_or_else(|| anyhow::anyhow!("no audit log for {region}"))?;
        log.append(spool_audit::NewEntry {
            actor: "operator:cli".into(),
            action: "role_granted".into(),
            subject: None,
            details: serde_json::json!({"role": role, "account": entry.account_id.0.to_string()}),
        })?;
    }
    println!(
        "@{handle}: roles in {region}: {:?}",
        cell.staff_roles(entry.account_id).await?
    );
    Ok(())
}
