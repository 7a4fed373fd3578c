//! Rate limits: sign-up per address; log-in per address and per (handle, address); a
//! slow failure budget per handle; password checks, exports and uploads per account.
//!
//! Addresses are keyed by [`address_key`]: an IPv4 address as it is, an IPv6 address by
//! its /64 (one subscriber's whole prefix), so rotating through a prefix gains nothing.
//!
//! Log-in is guarded so that a stranger cannot lock the owner out: attempts count per
//! address and per (handle, address) pair, and the handle-wide budget counts only
//! failures and, once spent, refuses only addresses that have themselves failed for that
//! handle within the hour. A correct password from an address with no recent failure
//! still logs in.
//!
//! One node counts in memory ([`LocalLimits`]). With the NATS bus, every limit counts in
//! a key-value bucket that all nodes share ([`crate::bus::limits`]), so a client gains
//! nothing by spreading its attempts over nodes; should that bucket be unreachable, a
//! node falls back to its own counts (limits still hold per node) and logs it.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use parking_lot::Mutex;
use spool_core::AccountId;

use crate::bus::limits::{CounterError, SharedCounters};
use crate::config::RateLimitConfig;
use crate::error::{ApiError, ApiResult};

/// How long a failed log-in marks its (handle, address) pair while the handle's failure
/// budget is spent.
const FAILURE_MEMORY: Duration = Duration::from_secs(3600);
/// Bound on the remembered failure keys; past it the oldest are forgotten first.
const MAX_FAILURE_KEYS: usize = 100_000;

/// The key an address is rate-limited by: IPv4 as it is (IPv4-mapped IPv6 too), IPv6 cut
/// to its /64.
pub fn address_key(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

struct LocalLimits {
    enabled: bool,
    signup_per_ip: DefaultKeyedRateLimiter<IpAddr>,
    login_per_ip: DefaultKeyedRateLimiter<IpAddr>,
    login_per_pair: DefaultKeyedRateLimiter<(String, IpAddr)>,
    handle_failures: LeakyBuckets<String>,
    pair_failures: Mutex<HashMap<(String, IpAddr), Instant>>,
    uploads_per_account: DefaultKeyedRateLimiter<String>,
    password_checks: DefaultKeyedRateLimiter<AccountId>,
    exports: DefaultKeyedRateLimiter<AccountId>,
    remote_lookups: DefaultKeyedRateLimiter<AccountId>,
    staff_refusals_per_account: DefaultKeyedRateLimiter<String>,
    notices_per_account: DefaultKeyedRateLimiter<AccountId>,
    notices_per_ip: DefaultKeyedRateLimiter<IpAddr>,
}

fn nonzero(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl LocalLimits {
    fn new(config: &RateLimitConfig) -> Self {
        Self {
            enabled: config.enabled,
            signup_per_ip: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.signup_per_ip_per_hour,
            ))),
            login_per_ip: RateLimiter::keyed(Quota::per_minute(nonzero(
                config.login_per_ip_per_minute,
            ))),
            login_per_pair: RateLimiter::keyed(Quota::per_minute(nonzero(
                config.login_per_handle_per_minute,
            ))),
            handle_failures: LeakyBuckets::new(
                config.login_failures_per_handle_per_hour.max(1),
                Duration::from_secs(3600),
            ),
            pair_failures: Mutex::new(HashMap::new()),
            uploads_per_account: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.uploads_per_account_per_hour,
            ))),
            password_checks: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.password_checks_per_account_per_hour,
            ))),
            exports: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.exports_per_account_per_hour,
            ))),
            remote_lookups: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.remote_lookups_per_account_per_hour,
            ))),
            staff_refusals_per_account: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.staff_refusals_per_account_per_hour,
            ))),
            notices_per_account: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.notices_per_account_per_hour,
            ))),
            notices_per_ip: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.notices_per_ip_per_hour,
            ))),
        }
    }

    pub fn signup(&self, ip: IpAddr) -> ApiResult<()> {
        self.check(&self.signup_per_ip, &address_key(ip))
    }

    /// Before a log-in attempt's password is checked: counts the attempt against the
    /// address and the (handle, address) pair, and refuses an address that failed for
    /// this handle lately while the handle's failure budget is spent.
    pub fn login(&self, ip: IpAddr, handle_key: &str) -> ApiResult<()> {
        self.login_at(ip, handle_key, Instant::now())
    }

    fn login_at(&self, ip: IpAddr, handle_key: &str, now: Instant) -> ApiResult<()> {
        if !self.enabled {
            return Ok(());
        }
        let ip = address_key(ip);
        self.check(&self.login_per_ip, &ip)?;
        let pair = (handle_key.to_owned(), ip);
        self.check(&self.login_per_pair, &pair)?;
        if let Some(full_for) = self.handle_failures.full_for(&pair.0, now) {
            let failed_at = self.pair_failures.lock().get(&pair).copied();
            if let Some(at) = failed_at {
                let forgotten_in = FAILURE_MEMORY.saturating_sub(now.saturating_duration_since(at));
                if !forgotten_in.is_zero() {
                    return Err(rate_limited(full_for.min(forgotten_in)));
                }
            }
        }
        Ok(())
    }

    /// A log-in with a wrong password (or an unknown handle): spends one unit of the
    /// handle's failure budget and marks the pair.
    pub fn login_failed(&self, ip: IpAddr, handle_key: &str) {
        self.login_failed_at(ip, handle_key, Instant::now());
    }

    fn login_failed_at(&self, ip: IpAddr, handle_key: &str, now: Instant) {
        if !self.enabled {
            return;
        }
        self.handle_failures.add(handle_key.to_owned(), now);
        let mut pairs = self.pair_failures.lock();
        if pairs.len() >= MAX_FAILURE_KEYS {
            pairs.retain(|_, at| now.saturating_duration_since(*at) < FAILURE_MEMORY);
            if pairs.len() >= MAX_FAILURE_KEYS {
                forget_oldest_half(&mut pairs);
            }
        }
        pairs.insert((handle_key.to_owned(), address_key(ip)), now);
    }

    /// A successful log-in clears its pair's mark.
    pub fn login_succeeded(&self, ip: IpAddr, handle_key: &str) {
        self.pair_failures
            .lock()
            .remove(&(handle_key.to_owned(), address_key(ip)));
    }

    /// One upload started by an account.
    pub fn upload(&self, account: &str) -> ApiResult<()> {
        self.check(&self.uploads_per_account, &account.to_owned())
    }

    /// One check of an account's password by a logged-in caller (deleting the account,
    /// moving it, changing the password): a stolen session cannot guess on.
    pub fn password_check(&self, account: AccountId) -> ApiResult<()> {
        self.check(&self.password_checks, &account)
    }

    /// One data export.
    pub fn remote_lookup(&self, account: AccountId) -> ApiResult<()> {
        self.check(&self.remote_lookups, &account)
    }

    pub fn export(&self, account: AccountId) -> ApiResult<()> {
        self.check(&self.exports, &account)
    }

    /// One refused staff call by an account.
    pub fn staff_refusal(&self, account: &str) -> ApiResult<()> {
        self.check(&self.staff_refusals_per_account, &account.to_owned())
    }

    /// One notice sent by an account.
    pub fn notice_by_account(&self, account: AccountId) -> ApiResult<()> {
        self.check(&self.notices_per_account, &account)
    }

    /// One notice sent by a logged-out visitor.
    pub fn notice_by_visitor(&self, ip: IpAddr) -> ApiResult<()> {
        self.check(&self.notices_per_ip, &address_key(ip))
    }

    fn check<K>(&self, limiter: &DefaultKeyedRateLimiter<K>, key: &K) -> ApiResult<()>
    where
        K: Hash + Eq + Clone,
    {
        if !self.enabled {
            return Ok(());
        }
        limiter.check_key(key).map_err(|not_until| {
            rate_limited(not_until.wait_time_from(DefaultClock::default().now()))
        })
    }

    /// Forgets keys whose limits have fully recovered; run now and then to bound memory.
    pub fn shrink(&self) {
        let now = Instant::now();
        self.signup_per_ip.retain_recent();
        self.login_per_ip.retain_recent();
        self.login_per_pair.retain_recent();
        self.uploads_per_account.retain_recent();
        self.staff_refusals_per_account.retain_recent();
        self.password_checks.retain_recent();
        self.exports.retain_recent();
        self.remote_lookups.retain_recent();
        self.notices_per_account.retain_recent();
        self.notices_per_ip.retain_recent();
        self.handle_failures.shrink(now);
        self.pair_failures
            .lock()
            .retain(|_, at| now.saturating_duration_since(*at) < FAILURE_MEMORY);
    }
}

const MINUTE: Duration = Duration::from_secs(60);
const HOUR: Duration = Duration::from_secs(3600);

/// The rate limits of this node, shared with the others when the bus is NATS.
pub struct RateLimits {
    config: RateLimitConfig,
    local: LocalLimits,
    shared: Option<SharedCounters>,
}

impl RateLimits {
    pub fn new(config: &RateLimitConfig, shared: Option<SharedCounters>) -> Self {
        Self {
            config: config.clone(),
            local: LocalLimits::new(config),
            shared,
        }
    }

    /// Takes one unit of a shared limit, or of the local one (`local`) when there is no
    /// shared store or it cannot be reached.
    async fn take(
        &self,
        name: &str,
        subject: &str,
        limit: u32,
        window: Duration,
        local: impl FnOnce(&LocalLimits) -> ApiResult<()>,
    ) -> ApiResult<()> {
        if !self.config.enabled {
            return Ok(());
        }
        let Some(shared) = &self.shared else {
            return local(&self.local);
        };
        match shared.take(name, subject, limit, window).await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(wait)) => Err(rate_limited(wait)),
            Err(e) => {
                tracing::warn!(error = %e, "shared rate limits unreachable; counting on this node");
                local(&self.local)
            }
        }
    }

    /// Takes up to `want` interaction events from an account's per-minute allowance
    /// (`limit`) in the counters every node shares; `None` without them (or when they
    /// cannot be reached): the caller counts on this node. Always on, whether rate
    /// limits are enabled or not: it guards the feed model, not only the server.
    pub async fn shared_events(
        &self,
        account: AccountId,
        want: usize,
        limit: u32,
    ) -> Option<usize> {
        let shared = self.shared.as_ref()?;
        match shared
            .take_up_to("events", &account.to_string(), want as u64, limit, MINUTE)
            .await
        {
            Ok(n) => Some(n as usize),
            Err(e) => {
                tracing::warn!(error = %e, "shared rate limits unreachable; counting on this node");
                None
            }
        }
    }

    pub async fn signup(&self, ip: IpAddr) -> ApiResult<()> {
        let key = address_key(ip).to_string();
        let limit = self.config.signup_per_ip_per_hour;
        self.take("signup", &key, limit, HOUR, |l| l.signup(ip))
            .await
    }

    /// Before a log-in attempt's password is checked: counts the attempt against the
    /// address and the (handle, address) pair, and refuses an address that failed for
    /// this handle lately while the handle's failure budget is spent.
    pub async fn login(&self, ip: IpAddr, handle_key: &str) -> ApiResult<()> {
        if !self.config.enabled {
            return Ok(());
        }
        let Some(shared) = &self.shared else {
            return self.local.login(ip, handle_key);
        };
        match self.shared_login(shared, ip, handle_key).await {
            Ok(answer) => answer,
            Err(e) => {
                tracing::warn!(error = %e, "shared rate limits unreachable; counting on this node");
                self.local.login(ip, handle_key)
            }
        }
    }

    async fn shared_login(
        &self,
        shared: &SharedCounters,
        ip: IpAddr,
        handle_key: &str,
    ) -> Result<ApiResult<()>, CounterError> {
        let c = &self.config;
        let addr = address_key(ip).to_string();
        if let Err(wait) = shared
            .take("login_ip", &addr, c.login_per_ip_per_minute, MINUTE)
            .await?
        {
            return Ok(Err(rate_limited(wait)));
        }
        let pair = format!("{handle_key}|{addr}");
        if let Err(wait) = shared
            .take("login_pair", &pair, c.login_per_handle_per_minute, MINUTE)
            .await?
        {
            return Ok(Err(rate_limited(wait)));
        }
        let budget = c.login_failures_per_handle_per_hour;
        if let Some(full_for) = shared
            .spent_for("login_failures", handle_key, budget, HOUR)
            .await?
        {
            if let Some(ago) = shared.marked_ago("login_failed_pair", &pair).await? {
                let forgotten_in = FAILURE_MEMORY.saturating_sub(ago);
                if !forgotten_in.is_zero() {
                    return Ok(Err(rate_limited(full_for.min(forgotten_in))));
                }
            }
        }
        Ok(Ok(()))
    }

    /// A log-in with a wrong password (or an unknown handle): spends one unit of the
    /// handle's failure budget and marks the pair.
    pub async fn login_failed(&self, ip: IpAddr, handle_key: &str) {
        if !self.config.enabled {
            return;
        }
        let Some(shared) = &self.shared else {
            return self.local.login_failed(ip, handle_key);
        };
        let pair = format!("{handle_key}|{}", address_key(ip));
        let recorded = async {
            shared.add("login_failures", handle_key, HOUR).await?;
            shared.mark("login_failed_pair", &pair).await
        };
        if let Err(e) = recorded.await {
            tracing::warn!(error = %e, "shared rate limits unreachable; counting on this node");
            self.local.login_failed(ip, handle_key);
        }
    }

    /// A successful log-in clears its pair's mark.
    pub async fn login_succeeded(&self, ip: IpAddr, handle_key: &str) {
        self.local.login_succeeded(ip, handle_key);
        if let Some(shared) = &self.shared {
            let pair = format!("{handle_key}|{}", address_key(ip));
            if let Err(e) = shared.unmark("login_failed_pair", &pair).await {
                tracing::warn!(error = %e, "shared rate limits unreachable");
            }
        }
    }

    /// One upload started by an account.
    pub async fn upload(&self, account: &str) -> ApiResult<()> {
        let limit = self.config.uploads_per_account_per_hour;
        self.take("uploads", account, limit, HOUR, |l| l.upload(account))
            .await
    }

    /// One check of an account's password by a logged-in caller (deleting the account,
    /// moving it, changing the password): a stolen session cannot guess on.
    pub async fn password_check(&self, account: AccountId) -> ApiResult<()> {
        let limit = self.config.password_checks_per_account_per_hour;
        self.take("password_checks", &account.to_string(), limit, HOUR, |l| {
            l.password_check(account)
        })
        .await
    }

    /// One data export.
    pub async fn export(&self, account: AccountId) -> ApiResult<()> {
        let limit = self.config.exports_per_account_per_hour;
        self.take("exports", &account.to_string(), limit, HOUR, |l| {
            l.export(account)
        })
        .await
    }

    /// One look-up of an account on another instance (a search by address or a follow:
    /// each fetches from that instance).
    pub async fn remote_lookup(&self, account: AccountId) -> ApiResult<()> {
        let limit = self.config.remote_lookups_per_account_per_hour;
        self.take("remote_lookups", &account.to_string(), limit, HOUR, |l| {
            l.remote_lookup(account)
        })
        .await
    }

    /// One refused staff call by an account.
    pub async fn staff_refusal(&self, account: &str) -> ApiResult<()> {
        let limit = self.config.staff_refusals_per_account_per_hour;
        self.take("staff_refusals", account, limit, HOUR, |l| {
            l.staff_refusal(account)
        })
        .await
    }

    /// One notice sent by an account.
    pub async fn notice_by_account(&self, account: AccountId) -> ApiResult<()> {
        let limit = self.config.notices_per_account_per_hour;
        self.take("notices_account", &account.to_string(), limit, HOUR, |l| {
            l.notice_by_account(account)
        })
        .await
    }

    /// One notice sent by a logged-out visitor.
    pub async fn notice_by_visitor(&self, ip: IpAddr) -> ApiResult<()> {
        let key = address_key(ip).to_string();
        let limit = self.config.notices_per_ip_per_hour;
        self.take("notices_ip", &key, limit, HOUR, |l| l.notice_by_visitor(ip))
            .await
    }

    /// Forgets local keys whose limits have fully recovered (shared ones expire in
    /// their bucket).
    pub fn shrink(&self) {
        self.local.shrink();
    }
}

fn rate_limited(wait: Duration) -> ApiError {
    ApiError::rate_limited(wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
}

fn forget_oldest_half<K: Clone + Hash + Eq>(map: &mut HashMap<K, Instant>) {
    let mut times: Vec<Instant> = map.values().copied().collect();
    times.sort_unstable();
    if let Some(cut) = times.get(times.len() / 2).copied() {
        map.retain(|_, at| *at > cut);
    }
}

/// Leaky buckets: each failure adds one; a bucket drains `capacity` per `period`; a
/// full bucket refuses until it has drained below capacity.
struct LeakyBuckets<K> {
    capacity: f64,
    /// Units drained per second.
    drain: f64,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

impl<K: Hash + Eq + Clone> LeakyBuckets<K> {
    fn new(capacity: u32, period: Duration) -> Self {
        Self {
            capacity: f64::from(capacity),
            drain: f64::from(capacity) / period.as_secs_f64().max(1.0),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn level(&self, stored: (f64, Instant), now: Instant) -> f64 {
        let (level, at) = stored;
        (level - now.saturating_duration_since(at).as_secs_f64() * self.drain).max(0.0)
    }

    /// How long the bucket stays full, if it is full.
    fn full_for(&self, key: &K, now: Instant) -> Option<Duration> {
        let stored = self.buckets.lock().get(key).copied()?;
        let level = self.level(stored, now);
        // Full while more than capacity - 1 units are in it (the next failure would
        // overflow it).
        let excess = level - (self.capacity - 1.0);
        (excess > 0.0).then(|| Duration::from_secs_f64(excess / self.drain))
    }

    fn add(&self, key: K, now: Instant) {
        let mut buckets = self.buckets.lock();
        if buckets.len() >= MAX_FAILURE_KEYS && !buckets.contains_key(&key) {
            let drain = self.drain;
            buckets.retain(|_, (level, at)| {
                *level - now.saturating_duration_since(*at).as_secs_f64() * drain > 0.0
            });
        }
        let level = buckets
            .get(&key)
            .map_or(0.0, |stored| self.level(*stored, now));
        buckets.insert(key, ((level + 1.0).min(self.capacity), now));
    }

    fn shrink(&self, now: Instant) {
        let drain = self.drain;
        self.buckets.lock().retain(|_, (level, at)| {
            *level - now.saturating_duration_since(*at).as_secs_f64() * drain > 0.0
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_sixth_attempt_on_one_handle_from_one_address_waits() {
        let limits = LocalLimits::new(&RateLimitConfig::default());
        let here = ip("127.0.0.1");
        for _ in 0..5 {
            limits.login(here, "ana").unwrap();
        }
        let err = limits.login(here, "ana").unwrap_err();
        assert!(err.retry_after_secs.unwrap() >= 1);
        // Another handle from the same address is still fine, and so is the same
        // handle from another address.
        limits.login(here, "bea").unwrap();
        limits.login(ip("10.0.0.9"), "ana").unwrap();
    }

    #[test]
    fn a_spent_failure_budget_refuses_only_addresses_that_failed() {
        let limits = LocalLimits::new(&RateLimitConfig {
            login_failures_per_handle_per_hour: 3,
            login_per_handle_per_minute: 100,
            ..RateLimitConfig::default()
        });
        let start = Instant::now();
        let stranger = ip("203.0.113.7");
        for i in 0..3 {
            limits.login_at(stranger, "ana", start).unwrap();
            limits.login_failed_at(stranger, "ana", start + Duration::from_millis(i));
        }
        let later = start + Duration::from_secs(1);
        let err = limits.login_at(stranger, "ana", later).unwrap_err();
        // Until one failure has drained (20 minutes at 3 per hour).
        let retry = err.retry_after_secs.unwrap();
        assert!((1..=1200).contains(&retry), "{retry}");
        // The owner, from an address without failures, gets to try.
        let owner = ip("198.51.100.20");
        limits.login_at(owner, "ana", later).unwrap();
        limits.login_succeeded(owner, "ana");
        // Other handles are untouched.
        limits.login_at(stranger, "bea", later).unwrap();
        // Once the bucket has drained below capacity, the stranger may try again.
        limits
            .login_at(stranger, "ana", start + Duration::from_secs(1300))
            .unwrap();
    }

    #[test]
    fn ipv6_addresses_share_a_key_per_64() {
        assert_eq!(
            address_key(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")),
            ip("2001:db8:1:2::")
        );
        assert_eq!(address_key(ip("2001:db8:1:2::1")), ip("2001:db8:1:2::"));
        assert_ne!(address_key(ip("2001:db8:1:3::1")), ip("2001:db8:1:2::"));
        assert_eq!(address_key(ip("::ffff:192.0.2.1")), ip("192.0.2.1"));
        assert_eq!(address_key(ip("192.0.2.1")), ip("192.0.2.1"));

        // Every limiter keyed by address sees one key per /64.
        let limits = LocalLimits::new(&RateLimitConfig {
            signup_per_ip_per_hour: 2,
            login_per_ip_per_minute: 2,
            login_per_handle_per_minute: 100,
            ..RateLimitConfig::default()
        });
        limits.signup(ip("2001:db8:1:2::1")).unwrap();
        limits.signup(ip("2001:db8:1:2::2")).unwrap();
        assert!(limits.signup(ip("2001:db8:1:2:ffff::3")).is_err());
        limits.signup(ip("2001:db8:1:3::1")).unwrap();
        limits.login(ip("2001:db8:9:9::1"), "a").unwrap();
        limits.login(ip("2001:db8:9:9::2"), "b").unwrap();
        assert!(limits.login(ip("2001:db8:9:9::3"), "c").is_err());
    }

    #[test]
    fn password_checks_and_exports_are_limited_per_account() {
        let limits = LocalLimits::new(&RateLimitConfig {
            password_checks_per_account_per_hour: 2,
            exports_per_account_per_hour: 1,
            ..RateLimitConfig::default()
        });
        let (a, b) = (AccountId::new(), AccountId::new());
        limits.password_check(a).unwrap();
        limits.password_check(a).unwrap();
        assert!(limits.password_check(a).is_err());
        limits.password_check(b).unwrap();
        limits.export(a).unwrap();
        let err = limits.export(a).unwrap_err();
        assert!(err.retry_after_secs.unwrap() > 60);
    }

    #[test]
    fn switched_off_means_no_limit() {
        let limits = LocalLimits::new(&RateLimitConfig {
            enabled: false,
            ..RateLimitConfig::default()
        });
        for _ in 0..100 {
            limits.login([10, 0, 0, 1].into(), "ana").unwrap();
            limits.login_failed([10, 0, 0, 1].into(), "ana");
            limits.password_check(AccountId(uuid::Uuid::nil())).unwrap();
        }
    }
}
