//! The review queue's order: most urgent first.
//!
//! The score adds, in this order of weight: the category's severity (0..=100, ×10), an
//! automated finding (+150: a fingerprint match or a screening hit), reach (views in the
//! last 24 hours, 40 per doubling), the notice count (60 per doubling), and urgency:
//! the share of the deadline already used (up to +300), +500 once overdue. Ties go to
//! the nearer deadline.

/// What the order looks at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Urgency {
    pub severity: i64,
    pub automated: bool,
    pub reach_24h: i64,
    pub notice_count: i64,
    pub created_ms: i64,
    pub deadline_ms: i64,
}

pub fn score(u: &Urgency, now_ms: i64) -> f64 {
    let total = (u.deadline_ms - u.created_ms).max(1) as f64;
    let used = ((now_ms - u.created_ms) as f64 / total).clamp(0.0, 1.0);
    let overdue = if now_ms >= u.deadline_ms { 500.0 } else { 0.0 };
    u.severity as f64 * 10.0
        + if u.automated { 150.0 } else { 0.0 }
        + 40.0 * (1.0 + u.reach_24h.max(0) as f64).log2()
        + 60.0 * (1.0 + u.notice_count.max(0) as f64).log2()
        + 300.0 * used
        + overdue
}

/// Sorts items most urgent first.
pub fn order<T>(items: &mut [T], now_ms: i64, urgency: impl Fn(&T) -> Urgency) {
    items.sort_by(|a, b| {
        let (ua, ub) = (urgency(a), urgency(b));
        score(&ub, now_ms)
            .total_cmp(&score(&ua, now_ms))
            .then(ua.deadline_ms.cmp(&ub.deadline_ms))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(severity: i64, reach: i64, notices: i64, deadline: i64) -> Urgency {
        Urgency {
            severity,
            automated: false,
            reach_24h: reach,
            notice_count: notices,
            created_ms: 0,
            deadline_ms: deadline,
        }
    }

    #[test]
    fn severity_then_reach_then_notices_then_time() {
        let mut items = vec![
            u(10, 0, 1, 100),
            u(100, 0, 1, 100),
            u(10, 1000, 1, 100),
            u(10, 0, 8, 100),
        ];
        order(&mut items, 0, |x| *x);
        assert_eq!(items[0].severity, 100);
        assert_eq!(items[1].reach_24h, 1000);
        assert_eq!(items[2].notice_count, 8);
        // Same item, later: an overdue one jumps ahead of a graver fresh one.
        let mut items = vec![u(70, 0, 1, 1_000_000), u(20, 0, 1, 10)];
        order(&mut items, 20, |x| *x);
        assert_eq!(items[0].severity, 20);
    }
}
