//! Stub: being written.
pub fn normalize(s: &str) -> String {
    s.to_string()
}
