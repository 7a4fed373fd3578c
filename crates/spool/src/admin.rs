//! `spool audit verify` and `spool staff add-role` / `remove-role` (bootstrap of the first
//! admin, and the operator's repairs).

use std::collections::BTreeSet;
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

/// The regions that have an audit log or an audit public key in the data folder.
pub fn regions_with_logs(data: &Path) -> anyhow::Result<BTreeSet<String>> {
    let mut found = BTreeSet::new();
    let regions = data.join("regions");
    if regions.is_dir() {
        for dir in std::fs::read_dir(&regions)? {
            let dir = dir?;
            if dir.path().join("audit").is_dir() {
                found.insert(dir.file_name().to_string_lossy().into_owned());
            }
        }
    }
    let secrets = data.join("secrets");
    if secrets.is_dir() {
        for file in std::fs::read_dir(&secrets)? {
            let name = file?.file_name().to_string_lossy().into_owned();
            if let Some(region) = name
                .strip_prefix("audit-")
                .and_then(|n| n.strip_suffix(".pub"))
            {
                found.insert(region.to_owned());
            }
        }
    }
    Ok(found)
}

/// Verifies every region's log found in the data folder (a region with a key but no log,
/// or a log but no key, fails). Returns whether all are intact.
pub fn verify_all(data: &Path) -> anyhow::Result<bool> {
    let regions = regions_with_logs(data)?;
    anyhow::ensure!(
        !regions.is_empty(),
        "no audit logs in {} (no regions/<code>/audit/ folder, no secrets/audit-<code>.pub)",
        data.display()
    );
    println!(
        "verifying the audit logs of every region in {}: {}",
        data.display(),
        regions.iter().cloned().collect::<Vec<_>>().join(", ")
    );
    let mut failed = Vec::new();
    for region in &regions {
        let ok = match verify(data, region, None) {
            Ok(ok) => ok,
            Err(e) => {
                println!("audit log of region {region}: FAILED: {e:#}");
                false
            }
        };
        if !ok {
            failed.push(region.clone());
        }
    }
    if failed.is_empty() {
        println!("all {} regions: OK", regions.len());
        Ok(true)
    } else {
        println!(
            "{} of {} regions FAILED: {}",
            failed.len(),
            regions.len(),
            failed.join(", ")
        );
        Ok(false)
    }
}

/// Gives an existing account a staff role in a region (`add`), or takes it away, logged
/// in the region's audit log as done by the operator before it takes effect. Run it while
/// the server is stopped (one process holds a region's audit log).
pub async fn change_role(
    config: Config,
    handle: &str,
    role: &str,
    region: &str,
    add: bool,
) -> anyhow::Result<()> {
    anyhow::ensure!(
        spool_server::routes::staff::ROLES.contains(&role),
        "role is one of {:?}",
        spool_server::routes::staff::ROLES
    );
    let region = RegionCode::parse(region).map_err(|e| anyhow::anyhow!("{}", e.message))?;
    let store = spool_store::Store::open(
        &config.data_dir,
        &config.regions.enabled,
        &config.store_engine()?,
    )
    .await?;
    let cell = store
        .cell(&region)
        .ok_or_else(|| anyhow::anyhow!("region {region} is not enabled"))?;
    let entry = store
        .directory()
        .lookup(&HandleKey::of(handle))
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account @{handle}"))?;
    // The log is opened (and checked) before anything changes.
    let logs = spool_server::audit::AuditLogs::open(&config)?;
    let log = logs
        .log(&region)
        .ok_or_else(|| anyhow::anyhow!("no audit log for {region}"))?;
    let change = if add {
        cell.begin_add_staff_role(entry.account_id, &entry.region, role, None)
            .await?
    } else {
        cell.begin_remove_staff_role(entry.account_id, role).await?
    };
    if change.changed {
        log.append(spool_audit::NewEntry {
            actor: "operator:cli".into(),
            action: if add { "role_granted" } else { "role_removed" }.into(),
            subject: None,
            details: spool_server::routes::staff::role_details(
                role,
                entry.account_id,
                &entry.region,
                change.at_ms,
            ),
        })?;
    }
    change.commit().await?;
    println!(
        "@{handle}: roles in {region}: {:?}",
        cell.staff_roles(entry.account_id).await?
    );
    Ok(())
}

/// `spool moderation export-statements`: the period's statements of reasons in the DSA
/// Transparency Database's submission format.
pub async fn export_statements(
    config: Config,
    region: Option<String>,
    from: Option<String>,
    to: Option<String>,
    out: Option<PathBuf>,
) -> anyhow::Result<()> {
    let state = spool_server::open_state(config).await?;
    let doc = spool_server::services::moderation::public::export_statements(
        &state,
        region.as_deref(),
        from.as_deref(),
        to.as_deref(),
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let text = serde_json::to_string_pretty(&doc)?;
    let count = doc["statements"].as_array().map_or(0, Vec::len);
    match out {
        Some(path) => {
            std::fs::write(&path, text + "\n")?;
            eprintln!("wrote {count} statements to {}", path.display());
        }
        None => println!("{text}"),
    }
    Ok(())
}
