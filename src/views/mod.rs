//! Views: placeholder

pub mod eval;
pub mod graph;
pub mod push;
pub mod report;
