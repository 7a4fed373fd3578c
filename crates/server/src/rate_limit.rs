//! Rate limits on sign-up and login, keyed by client address and by handle.

use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::config::RateLimitConfig;
use crate::error::{ApiError, ApiResult};

pub struct RateLimits {
    enabled: bool,
    signup_per_ip: DefaultKeyedRateLimiter<IpAddr>,
    login_per_ip: DefaultKeyedRateLimiter<IpAddr>,
    login_per_handle: DefaultKeyedRateLimiter<String>,
    uploads_per_account: DefaultKeyedRateLimiter<String>,
    staff_refusals_per_account: DefaultKeyedRateLimiter<String>,
}

fn nonzero(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

impl RateLimits {
    pub fn new(config: &RateLimitConfig) -> Self {
        Self {
            enabled: config.enabled,
            signup_per_ip: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.signup_per_ip_per_hour,
            ))),
            login_per_ip: RateLimiter::keyed(Quota::per_minute(nonzero(
                config.login_per_ip_per_minute,
            ))),
            login_per_handle: RateLimiter::keyed(Quota::per_minute(nonzero(
                config.login_per_handle_per_minute,
            ))),
            uploads_per_account: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.uploads_per_account_per_hour,
            ))),
            staff_refusals_per_account: RateLimiter::keyed(Quota::per_hour(nonzero(
                config.staff_refusals_per_account_per_hour,
            ))),
        }
    }

    pub fn signup(&self, ip: IpAddr) -> ApiResult<()> {
        self.check(&self.signup_per_ip, &ip)
    }

    /// One login attempt: counts against the address and against the handle's key.
    pub fn login(&self, ip: IpAddr, handle_key: &str) -> ApiResult<()> {
        self.check(&self.login_per_ip, &ip)?;
        self.check(&self.login_per_handle, &handle_key.to_owned())
    }

    /// One upload started by an account.
    pub fn upload(&self, account: &str) -> ApiResult<()> {
        self.check(&self.uploads_per_account, &account.to_owned())
    }

    /// One refused staff call by an account.
    pub fn staff_refusal(&self, account: &str) -> ApiResult<()> {
        self.check(&self.staff_refusals_per_account, &account.to_owned())
    }

    fn check<K>(&self, limiter: &DefaultKeyedRateLimiter<K>, key: &K) -> ApiResult<()>
    where
        K: std::hash::Hash + Eq + Clone,
    {
        if !self.enabled {
            return Ok(());
        }
        limiter.check_key(key).map_err(|not_until| {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            ApiError::rate_limited(wait.as_secs() + u64::from(wait.subsec_nanos() > 0))
        })
    }

    /// Forgets keys whose limits have fully recovered; run now and then to bound memory.
    pub fn shrink(&self) {
        self.signup_per_ip.retain_recent();
        self.login_per_ip.retain_recent();
        self.login_per_handle.retain_recent();
        self.uploads_per_account.retain_recent();
        self.staff_refusals_per_account.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sixth_attempt_on_one_handle_waits() {
        let limits = RateLimits::new(&RateLimitConfig::default());
        let ip: IpAddr = [127, 0, 0, 1].into();
        for _ in 0..5 {
            limits.login(ip, "ana").unwrap();
        }
        let err = limits.login(ip, "ana").unwrap_err();
        assert!(err.retry_after_secs.unwrap() >= 1);
        // Another handle from the same address is still fine.
        limits.login(ip, "bea").unwrap();
    }

    #[test]
    fn switched_off_means_no_limit() {
        let limits = RateLimits::new(&RateLimitConfig {
            enabled: false,
            ..RateLimitConfig::default()
        });
        for _ in 0..100 {
            limits.login([10, 0, 0, 1].into(), "ana").unwrap();
        }
    }
}
