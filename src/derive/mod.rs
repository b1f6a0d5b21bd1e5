//! Who is who and careers: placeholder

pub mod resolve;
pub mod tenure;
