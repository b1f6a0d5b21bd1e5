/*!
Dates in questions: the one parser of the date bounds a user gives
(`--from`, `--to`, `--at`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`), and how a
fact's date is compared with them.

Facts carry dates of any precision (`2024`, `2024-12`, `2024-12-10`, an
event's `--12-10` without year, an `xsd:date` with a time zone). They are
compared as text after padding to a fixed width, `00` or `99` standing for
a missing month or day, so that `2024` < `2024-12` < `2024-12-05`. Three
questions use them:
- the events table keeps an event whose start date, cut to the bound's
  length, lies within the bounds ([`date_within`]);
- the graph keeps a fact whose span (start to end) overlaps the range
  ([`DateRange`]);
- the posts table asks who held a post on a date (`derive::tenure`, with
  [`lo`] and [`hi`]).

Uses: `model` (the calendar).
*/

use crate::{Error, Result};

/// Parses a date bound: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits, a month
/// of the year, a day of the month), around white space. Gives it
/// trimmed.
pub fn parse_bound(s: &str) -> Option<&str> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    let month = |m: &str| digits(m, 2) && (1..=12).contains(&m.parse::<u32>().unwrap_or(0));
    let ok = match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && month(m),
        [y, m, d] if digits(y, 4) && month(m) && digits(d, 2) => {
            let (year, mm, dd): (i32, u32, u32) = (
                y.parse().unwrap_or(0),
                m.parse().unwrap_or(0),
                d.parse().unwrap_or(0),
            );
            (1..=crate::model::days_in_month(year, mm)).contains(&dd)
        }
        _ => false,
    };
    ok.then_some(s)
}

/// Checks a date bound given on the command line (see [`parse_bound`]).
pub fn parse_date_bound(s: &str) -> std::result::Result<String, String> {
    match parse_bound(s) {
        Some(bound) => Ok(bound.to_owned()),
        None => Err(format!(
            "'{}' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)",
            s.trim()
        )),
    }
}

/// Whether an event date (`YYYY-MM-DD`, or `--MM-DD` without year) lies
/// within the bounds; a date without year matches no bound.
pub fn date_within(date: &str, from: Option<&str>, to: Option<&str>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    if date.is_empty() || date.starts_with("--") {
        return false;
    }
    let prefix = |bound: &str| {
        date.get(..bound.len().min(date.len()))
            .unwrap_or(date)
            .to_owned()
    };
    from.is_none_or(|f| prefix(f).as_str() >= f) && to.is_none_or(|t| prefix(t).as_str() <= t)
}

/// A date padded for comparison as the earliest day it may stand for
/// (`2024` → `2024-00-00`).
pub fn lo(date: &str) -> String {
    pad(date, "00")
}

/// A date padded for comparison as the latest day it may stand for
/// (`2024-12` → `2024-12-99`).
pub fn hi(date: &str) -> String {
    pad(date, "99")
}

fn pad(date: &str, fill: &str) -> String {
    let mut out = date.to_owned();
    while out.len() < 10 {
        out.push('-');
        out.push_str(fill);
    }
    out
}

/// An inclusive date range from `--from` / `--to`, as fixed-width keys
/// (`YYYY-MM-DD`, with `00` / `99` standing for a missing month or day) so
/// that dates of any precision compare as strings.
#[derive(Default, Clone, Debug)]
pub struct DateRange {
    lo: Option<String>,
    hi: Option<String>,
}

impl DateRange {
    /// The range between two bounds ([`parse_bound`]; empty: no bound).
    pub fn new(from: Option<&str>, to: Option<&str>) -> Result<DateRange> {
        let parse = |flag: &str, s: Option<&str>, low: bool| -> Result<Option<String>> {
            match s.map(str::trim).filter(|s| !s.is_empty()) {
                None => Ok(None),
                Some(s) => parse_bound(s)
                    .and_then(|s| date_key(s, low))
                    .map(Some)
                    .ok_or_else(|| {
                        Error::Usage(format!(
                            "{flag}: {s:?} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"
                        ))
                    }),
            }
        };
        let range = DateRange {
            lo: parse("--from", from, true)?,
            hi: parse("--to", to, false)?,
        };
        if let (Some(lo), Some(hi)) = (&range.lo, &range.hi) {
            if lo > hi {
                return Err(Error::Usage(format!(
                    "--from {} is after --to {}",
                    from.unwrap_or_default().trim(),
                    to.unwrap_or_default().trim()
                )));
            }
        }
        Ok(range)
    }

    pub fn is_set(&self) -> bool {
        self.lo.is_some() || self.hi.is_some()
    }

    /// Whether a fact dated `start` (..`end`) falls in the range. Undated
    /// facts, and dates without a year, match only when no range is set.
    pub fn contains(&self, start: Option<&str>, end: Option<&str>) -> bool {
        if !self.is_set() {
            return true;
        }
        let Some(lo) = start.and_then(|s| date_key(s, true)) else {
            return false;
        };
        let hi = end
            .and_then(|s| date_key(s, false))
            .or_else(|| start.and_then(|s| date_key(s, false)))
            .unwrap_or_else(|| lo.clone());
        self.lo.as_ref().is_none_or(|from| &hi >= from)
            && self.hi.as_ref().is_none_or(|to| &lo <= to)
    }
}

/// The key of a fact's date: `2024` → `2024-00-00` (low) or `2024-99-99`
/// (high); `2024-12` → `2024-12-00` / `2024-12-99`; `2024-12-10` (and
/// `2024-12-10+07:00`) → `2024-12-10`. Anything else (including
/// `--12-10`) → `None`.
pub fn date_key(s: &str, low: bool) -> Option<String> {
    let s = s.trim();
    let s = s.get(..10.min(s.len())).unwrap_or(s);
    // Whole: no white space inside the first ten characters.
    let s = parse_bound(s).filter(|b| b.len() == s.len())?;
    let fill = if low { "00" } else { "99" };
    Some(match s.len() {
        4 => format!("{s}-{fill}-{fill}"),
        7 => format!("{s}-{fill}"),
        _ => s.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_keys_compare_across_precisions() {
        assert_eq!(date_key("2024", true).unwrap(), "2024-00-00");
        assert_eq!(date_key("2024-12", false).unwrap(), "2024-12-99");
        assert_eq!(date_key("2024-12-10+07:00", true).unwrap(), "2024-12-10");
        assert_eq!(date_key("--12-10", true), None);
        let r = DateRange::new(Some("2024-12"), None).unwrap();
        assert!(r.contains(Some("2024-12-10"), None));
        assert!(r.contains(Some("2024"), None));
        assert!(r.contains(Some("2024-11-30"), Some("2024-12-01")));
        assert!(!r.contains(Some("2024-11-30"), None));
        assert!(!r.contains(None, None));
        assert!(DateRange::default().contains(None, None));
    }
}
