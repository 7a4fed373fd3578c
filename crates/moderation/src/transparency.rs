//! The public transparency report's arithmetic: counts, the median and 90th percentile
//! of the time from first notice to decision, and the CSV layout.

use std::collections::BTreeMap;

use serde::Serialize;

/// One decision or appeal outcome, as the public log keeps it.
#[derive(Debug, Clone)]
pub struct LogRow {
    /// `decision` or `appeal`.
    pub kind: String,
    pub action: String,
    pub category: String,
    pub ground: String,
    pub automated_detection: bool,
    pub automated_decision: bool,
    pub scope: Vec<String>,
    pub legal_order: bool,
    pub screening_flagged: bool,
    pub notice_ms: Option<i64>,
    pub deadline_ms: Option<i64>,
    pub reversed: bool,
    pub created_ms: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Notices {
    pub total: i64,
    pub by_category: BTreeMap<String, i64>,
    pub by_source: BTreeMap<String, i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Decisions {
    pub total: i64,
    pub by_action: BTreeMap<String, i64>,
    pub by_category: BTreeMap<String, i64>,
    pub by_ground: BTreeMap<String, i64>,
    pub automated_detection_share: f64,
    pub automated_decision_share: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Durations {
    pub median: Option<f64>,
    pub p90: Option<f64>,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Appeals {
    pub total: i64,
    pub upheld: i64,
    pub rejected: i64,
    pub open: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Screening {
    /// Decided items that automated screening had flagged.
    pub decided: i64,
    /// Of those, decided against the content (not `no_violation`).
    pub confirmed: i64,
    /// confirmed / decided; `None` before any.
    pub precision: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Report {
    pub region: String,
    pub from: String,
    pub to: String,
    pub notices: Notices,
    pub decisions: Decisions,
    pub time_to_decision_hours: Durations,
    pub deadline_misses: i64,
    pub appeals: Appeals,
    pub reversals: i64,
    pub suspensions: i64,
    pub legal_orders: BTreeMap<String, i64>,
    pub screening: Screening,
}

/// The nearest-rank percentile (`q` in 0..=1) of sorted values.
pub fn percentile(sorted: &[f64], q: f64) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (q * sorted.len() as f64).ceil().max(1.0) as usize;
    sorted.get(rank.min(sorted.len()) - 1).copied()
}

/// Builds the report from the period's notice counts `(category, source, count)`, log
/// rows and appeal counts `(state, count)`.
pub fn report(
    region: &str,
    from: &str,
    to: &str,
    notice_counts: &[(String, String, i64)],
    rows: &[LogRow],
    appeal_counts: &[(String, i64)],
) -> Report {
    let mut r = Report {
        region: region.to_owned(),
        from: from.to_owned(),
        to: to.to_owned(),
        ..Report::default()
    };
    for (category, source, n) in notice_counts {
        r.notices.total += n;
        *r.notices.by_category.entry(category.clone()).or_default() += n;
        *r.notices.by_source.entry(source.clone()).or_default() += n;
    }
    let mut hours = Vec::new();
    let (mut detected, mut automated) = (0i64, 0i64);
    for row in rows {
        if row.kind == "appeal" {
            if row.action == "reversed" {
                r.reversals += 1;
            }
            continue;
        }
        r.decisions.total += 1;
        *r.decisions.by_action.entry(row.action.clone()).or_default() += 1;
        *r.decisions.by_category.entry(row.category.clone()).or_default() += 1;
        *r.decisions.by_ground.entry(row.ground.clone()).or_default() += 1;
        detected += i64::from(row.automated_detection);
        automated += i64::from(row.automated_decision);
        if let Some(n) = row.notice_ms {
            hours.push((row.created_ms - n).max(0) as f64 / 3_600_000.0);
        }
        if row.deadline_ms.is_some_and(|d| row.created_ms > d) {
            r.deadline_misses += 1;
        }
        if row.action == "suspend" {
            r.suspensions += 1;
        }
        if row.legal_order {
            let scope = if row.scope.is_empty() {
                vec!["all".to_owned()]
            } else {
                row.scope.clone()
            };
            for s in scope {
                *r.legal_orders.entry(s).or_default() += 1;
            }
        }
        if row.screening_flagged {
            r.screening.decided += 1;
            if row.action != "no_violation" {
                r.screening.confirmed += 1;
            }
        }
    }
    if r.decisions.total > 0 {
        r.decisions.automated_detection_share = detected as f64 / r.decisions.total as f64;
        r.decisions.automated_decision_share = automated as f64 / r.decisions.total as f64;
    }
    if r.screening.decided > 0 {
        r.screening.precision = Some(r.screening.confirmed as f64 / r.screening.decided as f64);
    }
    hours.sort_by(f64::total_cmp);
    r.time_to_decision_hours = Durations {
        median: percentile(&hours, 0.5),
        p90: percentile(&hours, 0.9),
        count: hours.len(),
    };
    for (state, n) in appeal_counts {
        r.appeals.total += n;
        match state.as_str() {
            "upheld" => r.appeals.upheld += n,
            "rejected" => r.appeals.rejected += n,
            _ => r.appeals.open += n,
        }
    }
    r
}

/// The report as CSV, one `section,key,value` row per figure, in the order of the
/// EU's harmonised transparency-report template where it applies (notices received,
/// own-initiative and automated moderation, complaints, median times).
pub fn csv(r: &Report) -> String {
    let mut out = String::from("section,key,value\n");
    let mut row = |section: &str, key: &str, value: String| {
        let esc = |s: &str| {
            if s.contains([',', '"', '\n']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s.to_owned()
            }
        };
        out.push_str(&format!("{},{},{}\n", esc(section), esc(key), esc(&value)));
    };
    row("period", "region", r.region.clone());
    row("period", "from", r.from.clone());
    row("period", "to", r.to.clone());
    row("notices_art16", "total", r.notices.total.to_string());
    for (k, v) in &r.notices.by_category {
        row("notices_art16_by_category", k, v.to_string());
    }
    for (k, v) in &r.notices.by_source {
        row("notices_by_source", k, v.to_string());
    }
    row("decisions", "total", r.decisions.total.to_string());
    for (k, v) in &r.decisions.by_action {
        row("decisions_by_restriction", k, v.to_string());
    }
    for (k, v) in &r.decisions.by_category {
        row("decisions_by_category", k, v.to_string());
    }
    for (k, v) in &r.decisions.by_ground {
        row("decisions_by_ground", k, v.to_string());
    }
    row(
        "automated_means",
        "detection_share",
        format!("{:.4}", r.decisions.automated_detection_share),
    );
    row(
        "automated_means",
        "decision_share",
        format!("{:.4}", r.decisions.automated_decision_share),
    );
    let opt = |v: Option<f64>| v.map(|x| format!("{x:.3}")).unwrap_or_default();
    row("time_to_decision_hours", "median", opt(r.time_to_decision_hours.median));
    row("time_to_decision_hours", "p90", opt(r.time_to_decision_hours.p90));
    row("time_to_decision_hours", "count", r.time_to_decision_hours.count.to_string());
    row("deadlines", "missed", r.deadline_misses.to_string());
    row("complaints_art20", "total", r.appeals.total.to_string());
    row("complaints_art20", "upheld", r.appeals.upheld.to_string());
    row("complaints_art20", "rejected", r.appeals.rejected.to_string());
    row("complaints_art20", "open", r.appeals.open.to_string());
    row("complaints_art20", "reversals", r.reversals.to_string());
    row("accounts", "suspensions", r.suspensions.to_string());
    for (k, v) in &r.legal_orders {
        row("orders_art9_by_region", k, v.to_string());
    }
    row("screening", "decided", r.screening.decided.to_string());
    row("screening", "confirmed", r.screening.confirmed.to_string());
    row("screening", "precision", opt(r.screening.precision));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(action: &str, notice_h: Option<f64>, at_h: f64) -> LogRow {
        LogRow {
            kind: "decision".into(),
            action: action.into(),
            category: "spam".into(),
            ground: "incompatible".into(),
            automated_detection: action == "remove",
            automated_decision: false,
            scope: vec![],
            legal_order: false,
            screening_flagged: action != "label",
            notice_ms: notice_h.map(|h| (h * 3_600_000.0) as i64),
            deadline_ms: Some(10 * 3_600_000),
            reversed: false,
            created_ms: (at_h * 3_600_000.0) as i64,
        }
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let v: Vec<f64> = (1..=10).map(f64::from).collect();
        assert_eq!(percentile(&v, 0.5), Some(5.0));
        assert_eq!(percentile(&v, 0.9), Some(9.0));
        assert_eq!(percentile(&[3.0], 0.9), Some(3.0));
        assert_eq!(percentile(&[], 0.5), None);
    }

    #[test]
    fn the_report_counts_what_happened() {
        let rows = vec![
            row("remove", Some(0.0), 1.0),
            row("no_violation", Some(0.0), 3.0),
            row("label", None, 12.0),
            LogRow {
                kind: "appeal".into(),
                action: "reversed".into(),
                ..row("x", None, 13.0)
            },
        ];
        let r = report(
            "eu",
            "a",
            "b",
            &[("spam".into(), "account".into(), 2), ("spam".into(), "anonymous".into(), 1)],
            &rows,
            &[("upheld".into(), 1), ("open".into(), 2)],
        );
        assert_eq!(r.notices.total, 3);
        assert_eq!(r.decisions.total, 3);
        assert_eq!(r.time_to_decision_hours.median, Some(1.0));
        assert_eq!(r.time_to_decision_hours.p90, Some(3.0));
        assert_eq!(r.deadline_misses, 1);
        assert_eq!(r.reversals, 1);
        assert_eq!(r.appeals.total, 3);
        assert_eq!(r.screening.precision, Some(0.5));
        assert!((r.decisions.automated_detection_share - 1.0 / 3.0).abs() < 1e-9);
        let text = csv(&r);
        assert!(text.contains("complaints_art20,upheld,1\n"));
        assert!(text.starts_with("section,key,value\n"));
    }
}
