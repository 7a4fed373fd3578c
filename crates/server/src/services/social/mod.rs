//! The social actions. Where each record lives follows `docs/data-placement.md`: the
//! actor's own activity in the actor's home cell, public content and counters in the
//! content's cell, notifications with their recipient.

pub mod blocks;
pub mod comments;
pub mod follows;
pub mod likes;
