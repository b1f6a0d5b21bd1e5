/*!
The scores of a run: true and false positives and negatives per metric,
status accuracy, and what went wrong per article; printed as the table of
`vnkg eval`.

Uses: nothing of the crate.
*/

use std::fmt;

/// True positives, false positives and false negatives of one metric.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Score {
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub(super) fn add(&mut self, tp: usize, system: usize, gold: usize) {
        self.true_pos += tp;
        self.false_pos += system - tp;
        self.false_neg += gold - tp;
    }
}

/// Share of matched posts whose status agrees with the gold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub correct: usize,
    pub total: usize,
}

impl Accuracy {
    /// 1 when nothing was matched (nothing was wrong).
    pub fn value(&self) -> f64 {
        ratio(self.correct, self.total)
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}

/// The missed, spurious and wrongly dated or stated facts of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleExplanation {
    pub article: String,
    /// One line per difference, e.g.
    /// `missed post: Lê Văn A | Bí thư | Tỉnh ủy X [held] — gold evidence: "…"`.
    pub lines: Vec<String>,
}

/// The scores of a run, and (with `explain`) what went wrong per article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub articles: usize,
    pub posts: Score,
    pub person_role: Score,
    pub persons: Score,
    pub ranks: Score,
    pub status: Accuracy,
    /// Event type (the `events_f1` of the last line).
    pub event_types: Score,
    pub event_dates: Score,
    pub participants: Score,
    /// Articles with at least one difference, in the order given; empty
    /// unless `explain` was asked for.
    pub explanations: Vec<ArticleExplanation>,
}

impl Report {
    pub fn posts_f1(&self) -> f64 {
        self.posts.f1()
    }
    pub fn events_f1(&self) -> f64 {
        self.event_types.f1()
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for article in &self.explanations {
            writeln!(f, "## {}", article.article)?;
            for line in &article.lines {
                writeln!(f, "  {line}")?;
            }
            writeln!(f)?;
        }
        writeln!(f, "articles: {}", self.articles)?;
        writeln!(
            f,
            "{:<22} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "metric", "P", "R", "F1", "TP", "FP", "FN"
        )?;
        let rows = [
            ("posts", &self.posts),
            ("person+role", &self.person_role),
            ("persons", &self.persons),
            ("ranks", &self.ranks),
            ("events: type", &self.event_types),
            ("events: type+date", &self.event_dates),
            ("events: participants", &self.participants),
        ];
        for (name, s) in rows {
            writeln!(
                f,
                "{:<22} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6}",
                name,
                s.precision(),
                s.recall(),
                s.f1(),
                s.true_pos,
                s.false_pos,
                s.false_neg
            )?;
        }
        writeln!(
            f,
            "{:<22} {:>6.3} ({}/{} matched posts)",
            "status accuracy",
            self.status.value(),
            self.status.correct,
            self.status.total
        )?;
        write!(
            f,
            "posts_f1={:.3} events_f1={:.3}",
            self.posts_f1(),
            self.events_f1()
        )
    }
}
