/*!
Scoring (guide §4): system and gold facts of each article paired one to
one (a maximum-weight assignment), counted into the report, and each
difference written as a line for `--explain`.

Uses: `views::eval::{gold, system, keys, report}`.
*/

use std::collections::{BTreeMap, BTreeSet};

use super::gold::{FactEvent, FactRank, GoldArticle};
use super::keys::{match_org, match_text};
use super::report::Report;
use super::system::SystemArticle;

pub(super) fn evidence_note(label: &str, evidence: &str) -> String {
    if evidence.trim().is_empty() {
        String::new()
    } else {
        let one_line = evidence.split_whitespace().collect::<Vec<_>>().join(" ");
        format!(" — {label}: \"{one_line}\"")
    }
}

/// Pairs system facts with gold facts one to one: only facts of equal key
/// may pair, and each key's group takes the assignment of greatest total
/// weight, `weights(rows, cols)` giving one row per system fact and one
/// column per gold fact of the group. Returns each system fact's gold
/// partner and which gold facts were paired.
pub(super) fn pair_by_key<K: Ord>(
    sys_keys: &[K],
    gold_keys: &[K],
    weights: impl Fn(&[usize], &[usize]) -> Vec<Vec<i64>>,
) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut groups: BTreeMap<&K, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for (i, k) in sys_keys.iter().enumerate() {
        groups.entry(k).or_default().0.push(i);
    }
    for (j, k) in gold_keys.iter().enumerate() {
        groups.entry(k).or_default().1.push(j);
    }
    let mut sys_match: Vec<Option<usize>> = vec![None; sys_keys.len()];
    let mut gold_matched = vec![false; gold_keys.len()];
    for (rows, cols) in groups.values() {
        for (r, c) in assign(&weights(rows, cols)).into_iter().enumerate() {
            if let Some(c) = c {
                sys_match[rows[r]] = Some(cols[c]);
                gold_matched[cols[c]] = true;
            }
        }
    }
    (sys_match, gold_matched)
}

/// A post's matching keys: person, role, and every organization label.
pub(super) struct PostKey {
    pub(super) person: String,
    pub(super) role: String,
    pub(super) orgs: BTreeSet<String>,
}

impl PostKey {
    pub(super) fn new<'a>(
        person: &str,
        role: &str,
        orgs: impl IntoIterator<Item = &'a String>,
    ) -> PostKey {
        PostKey {
            person: match_text(person),
            role: match_org(role),
            orgs: orgs.into_iter().map(|o| match_org(o)).collect(),
        }
    }
}

pub(super) fn score_posts(
    report: &mut Report,
    s: &SystemArticle,
    g: &GoldArticle,
    lines: &mut Vec<String>,
) {
    let sys_keys: Vec<PostKey> = s
        .posts
        .iter()
        .map(|p| PostKey::new(&p.person, &p.role, &p.orgs))
        .collect();
    let gold_keys: Vec<PostKey> = g
        .posts
        .iter()
        .map(|p| PostKey::new(&p.person, &p.role, &p.orgs))
        .collect();

    // Posts: one-to-one within each (person, role) group.
    let person_role = |keys: &[PostKey]| -> Vec<(String, String)> {
        keys.iter()
            .map(|k| (k.person.clone(), k.role.clone()))
            .collect()
    };
    let (sys_match, gold_matched) = pair_by_key(
        &person_role(&sys_keys),
        &person_role(&gold_keys),
        |rows, cols| {
            let big = rows.len().min(cols.len()) as i64 + 1;
            rows.iter()
                .map(|&i| {
                    cols.iter()
                        .map(|&j| {
                            if sys_keys[i].orgs.is_disjoint(&gold_keys[j].orgs) {
                                0
                            } else {
                                big + i64::from(s.posts[i].status == g.posts[j].status)
                            }
                        })
                        .collect()
                })
                .collect()
        },
    );
    let matched = sys_match.iter().flatten().count();
    report.posts.add(matched, s.posts.len(), g.posts.len());
    for (i, m) in sys_match.iter().enumerate() {
        let p = &s.posts[i];
        match m {
            None => lines.push(format!(
                "spurious post: {} | {} | {} [{}]{}",
                p.person,
                p.role,
                p.orgs.first().map_or("", String::as_str),
                p.status,
                evidence_note("evidence", &p.evidence)
            )),
            Some(j) => {
                report.status.total += 1;
                let gp = &g.posts[*j];
                if p.status == gp.status {
                    report.status.correct += 1;
                } else {
                    lines.push(format!(
                        "wrong status: {} | {} | {}: system {}, gold {}{}",
                        gp.person,
                        gp.role,
                        gp.orgs.join(" | "),
                        display_or_none(&p.status),
                        gp.status,
                        evidence_note("evidence", &p.evidence)
                    ));
                }
            }
        }
    }
    for (j, gp) in g.posts.iter().enumerate() {
        if !gold_matched[j] {
            lines.push(format!(
                "missed post: {} | {} | {} [{}]{}",
                gp.person,
                gp.role,
                gp.orgs.join(" | "),
                gp.status,
                evidence_note("gold evidence", &gp.evidence)
            ));
        }
    }

    // Person+role: multiset intersection.
    let pr = |keys: &[PostKey]| -> Vec<(String, String)> {
        keys.iter()
            .map(|k| (k.person.clone(), k.role.clone()))
            .collect()
    };
    let (sys_pr, gold_pr) = (pr(&sys_keys), pr(&gold_keys));
    report.person_role.add(
        multiset_common(&sys_pr, &gold_pr),
        sys_pr.len(),
        gold_pr.len(),
    );

    // Persons: sets of names.
    let sys_persons: BTreeSet<&str> = sys_keys.iter().map(|k| k.person.as_str()).collect();
    let gold_persons: BTreeSet<&str> = gold_keys.iter().map(|k| k.person.as_str()).collect();
    let common = sys_persons.intersection(&gold_persons).count();
    report
        .persons
        .add(common, sys_persons.len(), gold_persons.len());
}

pub(super) fn display_or_none(s: &str) -> &str {
    if s.is_empty() {
        "(none)"
    } else {
        s
    }
}

pub(super) fn score_ranks(
    report: &mut Report,
    s: &SystemArticle,
    g: &GoldArticle,
    lines: &mut Vec<String>,
) {
    let key = |r: &FactRank| (match_text(&r.person), match_text(&r.rank));
    let sys: Vec<(String, String)> = s.ranks.iter().map(key).collect();
    let gold: Vec<(String, String)> = g.ranks.iter().map(key).collect();
    report
        .ranks
        .add(multiset_common(&sys, &gold), sys.len(), gold.len());
    let mut gold_left = counts(&gold);
    let mut sys_left = counts(&sys);
    for (r, k) in s.ranks.iter().zip(&sys) {
        if !take(&mut gold_left, k) {
            lines.push(format!(
                "spurious rank: {} | {}{}",
                r.person,
                r.rank,
                evidence_note("evidence", &r.evidence)
            ));
        }
    }
    for (r, k) in g.ranks.iter().zip(&gold) {
        if !take(&mut sys_left, k) {
            lines.push(format!("missed rank: {} | {}", r.person, r.rank));
        }
    }
}

pub(super) fn score_events(
    report: &mut Report,
    s: &SystemArticle,
    g: &GoldArticle,
    lines: &mut Vec<String>,
) {
    let names = |e: &FactEvent| -> BTreeSet<String> {
        e.participants.iter().map(|p| match_text(p)).collect()
    };
    let sys_names: Vec<BTreeSet<String>> = s.events.iter().map(names).collect();
    let gold_names: Vec<BTreeSet<String>> = g.events.iter().map(names).collect();
    let date = |d: &str| d.trim().to_string();

    let kinds = |events: &[FactEvent]| -> Vec<String> {
        events.iter().map(|e| e.kind.to_lowercase()).collect()
    };
    let (sys_match, gold_matched) =
        pair_by_key(&kinds(&s.events), &kinds(&g.events), |rows, cols| {
            let people: usize = rows.iter().map(|&i| sys_names[i].len()).sum::<usize>()
                + cols.iter().map(|&j| gold_names[j].len()).sum::<usize>();
            let date_weight = people as i64 + 1;
            let pair_weight = (rows.len().min(cols.len()) as i64 + 1) * date_weight;
            rows.iter()
                .map(|&i| {
                    cols.iter()
                        .map(|&j| {
                            let same_date = date(&s.events[i].date) == date(&g.events[j].date);
                            let shared = sys_names[i].intersection(&gold_names[j]).count();
                            pair_weight + i64::from(same_date) * date_weight + shared as i64
                        })
                        .collect()
                })
                .collect()
        });

    let pairs = sys_match.iter().flatten().count();
    report
        .event_types
        .add(pairs, s.events.len(), g.events.len());
    let mut dated = 0;
    let mut shared_total = 0;
    for (i, m) in sys_match.iter().enumerate() {
        let e = &s.events[i];
        let Some(j) = *m else {
            lines.push(format!(
                "spurious event: {} {} ({}){}",
                e.kind,
                display_or_none(&e.date),
                e.participants.join("; "),
                evidence_note("evidence", &e.evidence)
            ));
            continue;
        };
        let ge = &g.events[j];
        if date(&e.date) == date(&ge.date) {
            dated += 1;
        } else {
            lines.push(format!(
                "wrong date: {}: system {}, gold {}{}",
                ge.kind,
                display_or_none(&e.date),
                display_or_none(&ge.date),
                evidence_note("evidence", &e.evidence)
            ));
        }
        shared_total += sys_names[i].intersection(&gold_names[j]).count();
        for p in &e.participants {
            if !gold_names[j].contains(&match_text(p)) {
                lines.push(format!(
                    "spurious participant: {} {}: {}{}",
                    ge.kind,
                    display_or_none(&ge.date),
                    p,
                    evidence_note("evidence", &e.evidence)
                ));
            }
        }
        for p in &ge.participants {
            if !sys_names[i].contains(&match_text(p)) {
                lines.push(format!(
                    "missed participant: {} {}: {}",
                    ge.kind,
                    display_or_none(&ge.date),
                    p
                ));
            }
        }
    }
    for (j, ge) in g.events.iter().enumerate() {
        if !gold_matched[j] {
            lines.push(format!(
                "missed event: {} {} ({})",
                ge.kind,
                display_or_none(&ge.date),
                ge.participants.join("; ")
            ));
        }
    }
    report
        .event_dates
        .add(dated, s.events.len(), g.events.len());
    let sys_people: usize = sys_names.iter().map(BTreeSet::len).sum();
    let gold_people: usize = gold_names.iter().map(BTreeSet::len).sum();
    report
        .participants
        .add(shared_total, sys_people, gold_people);
}

pub(super) fn counts<T: Ord + Clone>(items: &[T]) -> BTreeMap<T, usize> {
    let mut map = BTreeMap::new();
    for item in items {
        *map.entry(item.clone()).or_insert(0) += 1;
    }
    map
}

/// Takes one `key` out of a multiset; false when none is left.
pub(super) fn take<T: Ord>(left: &mut BTreeMap<T, usize>, key: &T) -> bool {
    match left.get_mut(key) {
        Some(n) if *n > 0 => {
            *n -= 1;
            true
        }
        _ => false,
    }
}

pub(super) fn multiset_common<T: Ord + Clone>(a: &[T], b: &[T]) -> usize {
    let mut left = counts(b);
    a.iter().filter(|x| take(&mut left, x)).count()
}

/// Maximum-weight assignment of rows to columns (Hungarian algorithm on the
/// square matrix padded with zeros). Returns each row's column; pairs of
/// weight ≤ 0 are left unassigned.
pub(super) fn assign(weights: &[Vec<i64>]) -> Vec<Option<usize>> {
    let n = weights.len();
    let m = weights.first().map_or(0, Vec::len);
    let mut result = vec![None; n];
    if n == 0 || m == 0 {
        return result;
    }
    let size = n.max(m);
    let max = weights.iter().flatten().copied().max().unwrap_or(0).max(0);
    let cost = |i: usize, j: usize| -> i64 {
        if i < n && j < m {
            max - weights[i][j].max(0)
        } else {
            max
        }
    };
    // Potentials and the column → row matching, 1-based with 0 as sentinel.
    let mut u = vec![0i64; size + 1];
    let mut v = vec![0i64; size + 1];
    let mut row_of = vec![0usize; size + 1];
    let mut way = vec![0usize; size + 1];
    for i in 1..=size {
        row_of[0] = i;
        let mut j0 = 0;
        let mut min_v = vec![i64::MAX; size + 1];
        let mut used = vec![false; size + 1];
        loop {
            used[j0] = true;
            let i0 = row_of[j0];
            let mut delta = i64::MAX;
            let mut j1 = 0;
            for j in 1..=size {
                if !used[j] {
                    let cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if cur < min_v[j] {
                        min_v[j] = cur;
                        way[j] = j0;
                    }
                    if min_v[j] < delta {
                        delta = min_v[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=size {
                if used[j] {
                    u[row_of[j]] += delta;
                    v[j] -= delta;
                } else {
                    min_v[j] -= delta;
                }
            }
            j0 = j1;
            if row_of[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            row_of[j0] = row_of[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    for j in 1..=m {
        let i = row_of[j];
        if (1..=n).contains(&i) && weights[i - 1][j - 1] > 0 {
            result[i - 1] = Some(j - 1);
        }
    }
    result
}
