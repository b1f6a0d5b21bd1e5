//! placeholder

pub mod kept;
pub mod resolve;
pub mod tenure;
