/*!
What a store keeps derived from its articles, and keeps up to date: the
tenure graph (`derive::tenure`, so that SPARQL sees careers too) and the
memberships and tenures caches next to the store (`store::cache`), so that
`posts`, `history`, `holders`, `people` and `explain` answer in
milliseconds on large stores.

Why a module of its own, above the store and the reading layer: the
store only holds and writes graphs; what is derived from them is read
through `read` and folded by `derive`, and this module puts the result
back. A [`Writer`] is a store opened for writing with the memberships it
held when it opened (from the cache, or none in a new store); when it
closes, only the names of the articles it touched are derived again.

Uses: `store` (writes, cache files), `read::memberships`,
`derive::tenure`.
*/

use crate::derive::tenure::{self, Tenure};
use crate::read::memberships::{self, Membership, PostFilter};
use crate::read::scan::article_of;
use crate::store::{cache, Store};
use crate::Result;
use oxigraph::model::GraphName;
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// Tenures from memberships (see [`Derive`]).
pub type DeriveTenures<'a> = dyn Fn(&[Membership]) -> Vec<Tenure> + 'a;

/// What a writer derives from memberships when it closes: the tenures of
/// resolved people (see [`Writer::close`]).
pub struct Derive<'a> {
    /// Names how the tenures are derived (the gazetteer's fingerprint):
    /// tenures kept for another key are derived again.
    pub key: String,
    pub tenures: Box<DeriveTenures<'a>>,
}

/// The stamp of the tenures cache: the store's and how they were derived.
fn keyed(stamp: &str, derive: &Derive<'_>) -> String {
    format!("{stamp} {}", derive.key)
}

/// A store open for writing, with what it derives kept in step.
pub struct Writer {
    store: Store,
    /// The memberships of the store when it opened, if known (from the
    /// cache, or none in a new store).
    base: Option<Vec<Membership>>,
}

impl Writer {
    /// Opens the store at `path` for writing (see [`Store::open_writer`])
    /// with the memberships it holds, when its cache is valid.
    pub fn open(path: &Path) -> Result<Writer> {
        let store = Store::open_writer(path)?;
        let base = if store.created() {
            Some(Vec::new())
        } else {
            store
                .opened()
                .and_then(|s| cache::load(path, cache::MEMBERSHIPS, s))
        };
        // The graphs written are noted only when there is a base to
        // update.
        store.note_touched(base.is_some());
        Ok(Writer { store, base })
    }

    /// The store, for writing articles.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Closes the writer: the default graph keeps one preferred label per
    /// node (see `store::labels`), the tenure graph is brought up to date,
    /// the writes reach the disk (compacted after a write large for the
    /// store: `Store::worth_compacting`), and the memberships and tenures
    /// caches are saved while the writer lock is still held.
    ///
    /// `derive` gives the tenures of some memberships. It must treat the
    /// memberships of each name (`Membership::person`) apart from the
    /// others: then, when the writer opened with valid caches (the tenures
    /// derived with the same `derive.key`), only the names of the articles
    /// it touched are derived again, before and after, and the difference
    /// is written. Otherwise all is derived and the graph replaced.
    pub fn close(mut self, derive: &Derive<'_>) -> Result<()> {
        let store = &self.store;
        store.settle_labels()?;
        let changed = store.touched_count();
        // The tenures kept for the store as it opened, derived alike.
        let base: Option<Vec<Tenure>> = if store.created() {
            Some(Vec::new())
        } else {
            let opened = store.opened();
            opened.and_then(|s| cache::load(store.path(), cache::TENURES, &keyed(s, derive)))
        };
        let (rows, tenures) = match (self.base.take(), base) {
            (Some(before), Some(base)) => {
                let (after, names, old_rows) = memberships_after(store, before)?;
                let old = derive_by_names(derive, &old_rows);
                // All names touched (a new store): no copy of the rows.
                let new = if after.iter().all(|m| names.contains(&m.person)) {
                    derive_by_names(derive, &after)
                } else {
                    let rows: Vec<Membership> = after
                        .iter()
                        .filter(|m| names.contains(&m.person))
                        .cloned()
                        .collect();
                    derive_by_names(derive, &rows)
                };
                if old.is_empty() {
                    store.add_quads(tenure_quads(&new))?;
                } else {
                    store.update_quads(tenure::quads(&old), tenure::quads(&new))?;
                }
                let mut tenures: Vec<Tenure> = base
                    .into_iter()
                    .filter(|t| !names.contains(&t.name_iri))
                    .chain(new)
                    .collect();
                tenure::sort(&mut tenures);
                (after, tenures)
            }
            (before, _) => {
                let rows = match before {
                    Some(before) => memberships_after(store, before)?.0,
                    None => memberships::memberships(store.inner(), &PostFilter::default())?,
                };
                let mut tenures = derive_by_names(derive, &rows);
                tenure::sort(&mut tenures);
                store.replace_graph_streamed(&tenure::graph_name(), tenure_quads(&tenures))?;
                (rows, tenures)
            }
        };
        if store.worth_compacting(changed) {
            store.compact()?;
        }
        let (path, lock) = self.store.release();
        if let Some(stamp) = cache::stamp(&path) {
            let _ = cache::save(&path, cache::MEMBERSHIPS, &stamp, &rows);
            let _ = cache::save(&path, cache::TENURES, &keyed(&stamp, derive), &tenures);
        }
        drop(lock);
        Ok(())
    }
}

/// Rows handed to one call of `derive.tenures` at most (see
/// [`derive_by_names`]).
const DERIVE_ROWS: usize = 5_000;

/// What `derive.tenures` gives for `rows`, derived [`DERIVE_ROWS`] rows
/// or so at a time: the names (`Membership::person`) are shared out among
/// chunks in the order they first come, each chunk keeping the rows'
/// order, as the rows of the names a write touched are. `derive` treats
/// each name apart (see [`Writer::close`]), so these are the tenures of a
/// single call, in chunk order (the callers sort them); resolving the
/// people of a whole store holds one chunk at a time.
fn derive_by_names(derive: &Derive<'_>, rows: &[Membership]) -> Vec<Tenure> {
    if rows.len() <= DERIVE_ROWS {
        return (derive.tenures)(rows);
    }
    let mut count: HashMap<&str, usize> = HashMap::new();
    for m in rows {
        *count.entry(m.person.as_str()).or_default() += 1;
    }
    let mut chunk_of: HashMap<&str, usize> = HashMap::new();
    let mut sizes: Vec<usize> = vec![0];
    for m in rows {
        let person = m.person.as_str();
        if chunk_of.contains_key(person) {
            continue;
        }
        let n = count[person];
        let last = sizes.len() - 1;
        if sizes[last] > 0 && sizes[last] + n > DERIVE_ROWS {
            sizes.push(0);
        }
        let chunk = sizes.len() - 1;
        sizes[chunk] += n;
        chunk_of.insert(person, chunk);
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); sizes.len()];
    for (i, m) in rows.iter().enumerate() {
        members[chunk_of[m.person.as_str()]].push(i);
    }
    let mut tenures = Vec::new();
    for indexes in members {
        let chunk: Vec<Membership> = indexes.into_iter().map(|i| rows[i].clone()).collect();
        tenures.extend((derive.tenures)(&chunk));
    }
    tenures
}

/// The quads of `tenures` (see [`tenure::quads`]), made a few thousand
/// tenures at a time as a bulk load takes them, so that the quads of all
/// tenures are never in memory at once. A person whose tenures straddle
/// two chunks is typed and named twice: the store keeps one copy.
fn tenure_quads(tenures: &[Tenure]) -> impl Iterator<Item = oxigraph::model::Quad> + '_ {
    tenures.chunks(2_000).flat_map(tenure::quads)
}

/// The memberships after a writer's changes, from those `before` them and
/// the graphs it touched; the names (name-based person IRIs) of the
/// articles touched, before and after; and the rows of those names
/// before. `before` is sorted (as the cache keeps it): the rows added are
/// merged in, the table is not sorted again.
fn memberships_after(
    store: &Store,
    before: Vec<Membership>,
) -> Result<(Vec<Membership>, HashSet<String>, Vec<Membership>)> {
    let graphs: Vec<GraphName> = store
        .take_touched()
        .into_iter()
        .filter(|g| !g.is_default_graph())
        .collect();
    let keys: HashSet<String> = graphs.iter().map(article_of).collect();
    let added = memberships::memberships_in(store.inner(), &graphs)?;
    let names: HashSet<String> = before
        .iter()
        .filter(|m| keys.contains(&m.article))
        .chain(&added)
        .map(|m| m.person.clone())
        .collect();
    let old_rows: Vec<Membership> = before
        .iter()
        .filter(|m| names.contains(&m.person))
        .cloned()
        .collect();
    let kept: Vec<Membership> = before
        .into_iter()
        .filter(|m| !keys.contains(&m.article))
        .collect();
    Ok((memberships::merge_memberships(kept, added), names, old_rows))
}

/// The memberships of the store that pass `filter` (see
/// [`memberships::memberships`]); a reader takes them from the
/// memberships cache when it matches the store, and otherwise leaves one
/// behind after reading them all.
pub fn memberships(store: &Store, filter: &PostFilter) -> Result<Vec<Membership>> {
    let Some(stamp) = store.stamp() else {
        return memberships::memberships(store.inner(), filter);
    };
    if let Some(all) = cache::load(store.path(), cache::MEMBERSHIPS, stamp) {
        return memberships::filter_memberships(store.inner(), all, filter);
    }
    let found = memberships::memberships(store.inner(), filter)?;
    if filter.person.is_none() && filter.org.is_none() {
        // A cache only; a folder we may not write to is no error.
        let _ = cache::save(store.path(), cache::MEMBERSHIPS, stamp, &found);
    }
    Ok(found)
}

/// The tenures of all people in the store (what `derive` gives for all
/// memberships, see [`Writer::close`]); a reader takes them from the
/// tenures cache when it matches the store, and otherwise leaves one
/// behind.
pub fn tenures(store: &Store, derive: &Derive<'_>) -> Result<Vec<Tenure>> {
    let stamp = store.stamp().map(|s| keyed(s, derive));
    if let Some(stamp) = &stamp {
        if let Some(all) = cache::load(store.path(), cache::TENURES, stamp) {
            return Ok(all);
        }
    }
    let all = (derive.tenures)(&memberships(store, &PostFilter::default())?);
    if let Some(stamp) = &stamp {
        // A cache only; a folder we may not write to is no error.
        let _ = cache::save(store.path(), cache::TENURES, stamp, &all);
    }
    Ok(all)
}

/// The tenures of the names matching `person` (`read::names::name_matches`),
/// as [`tenures`] gives them: from the tenures cache when it matches the
/// store, reading only those rows; otherwise derived from the memberships
/// of those names alone, which gives the same tenures since `derive`
/// treats each name apart (see [`Writer::close`]).
pub fn tenures_named(store: &Store, derive: &Derive<'_>, person: &str) -> Result<Vec<Tenure>> {
    let matches = |name: &str| crate::read::names::name_matches(name, person);
    if let Some(stamp) = store.stamp().map(|s| keyed(s, derive)) {
        if let Some(found) =
            cache::load_where(store.path(), cache::TENURES, &stamp, "name", matches)
        {
            return Ok(found);
        }
    }
    let filter = PostFilter {
        person: Some(person.to_owned()),
        org: None,
    };
    Ok((derive.tenures)(&memberships(store, &filter)?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    fn row(person: usize, article: usize) -> Membership {
        Membership {
            node: format!("m{person}-{article}"),
            person: format!("p{person}"),
            name: format!("Người {person}"),
            role: "r".into(),
            role_label: "Bí thư".into(),
            org: "o".into(),
            org_label: "Tỉnh ủy Thanh Hóa".into(),
            status: crate::Status::Held,
            date: String::new(),
            article: format!("a{article}"),
            evidence: String::new(),
        }
    }

    #[test]
    fn a_large_derivation_hands_each_name_whole_to_one_call() {
        // 3,000 names with 1 to 7 rows each, interleaved.
        let mut rows = Vec::new();
        for article in 0..7 {
            for person in 0..3_000 {
                if article <= person % 7 {
                    rows.push(row(person, article));
                }
            }
        }
        assert!(rows.len() > 2 * DERIVE_ROWS);
        let calls: RefCell<Vec<Vec<Membership>>> = RefCell::default();
        let derive = Derive {
            key: String::new(),
            tenures: Box::new(|chunk: &[Membership]| {
                calls.borrow_mut().push(chunk.to_vec());
                Vec::new()
            }),
        };
        derive_by_names(&derive, &rows);
        drop(derive);
        let calls = calls.into_inner();
        assert!(calls.len() > 2);
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, chunk) in calls.iter().enumerate() {
            assert!(chunk.len() <= DERIVE_ROWS);
            for m in chunk {
                assert_eq!(*seen.entry(m.person.clone()).or_insert(i), i);
            }
            // The rows keep their order.
            let positions: Vec<usize> = chunk
                .iter()
                .map(|m| rows.iter().position(|r| r == m).unwrap())
                .collect();
            assert!(positions.windows(2).all(|w| w[0] < w[1]));
        }
        assert_eq!(calls.iter().map(Vec::len).sum::<usize>(), rows.len());
    }
}
