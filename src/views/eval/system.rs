/*!
The system's facts, read back from the store through the reading layer
(`read`), as the gold files state them: per article, the posts (role by
its preferred label, organization by every label of the merged graph),
the ranks and the events.

Uses: `read`, `views::eval::gold` (the fact types), `views::eval::keys`.
*/

use std::collections::{BTreeSet, HashMap, HashSet};

use oxigraph::store::Store;
use unicode_normalization::UnicodeNormalization;

use super::gold::{FactEvent, FactRank};
use super::keys::match_text;
use crate::read;
use crate::read::events::{EventFilter, EventRow};
use crate::read::memberships::{Membership, PostFilter};
use crate::Result;

#[derive(Debug, Default)]
pub(super) struct SystemArticle {
    pub(super) posts: Vec<SystemPost>,
    pub(super) ranks: Vec<FactRank>,
    pub(super) events: Vec<FactEvent>,
}

#[derive(Debug)]
pub(super) struct SystemPost {
    pub(super) person: String,
    pub(super) role: String,
    /// Preferred label first, then the alternative labels.
    pub(super) orgs: Vec<String>,
    pub(super) status: String,
    pub(super) evidence: String,
}

pub(super) struct System {
    pub(super) articles: HashMap<String, SystemArticle>,
}

/// Text as the gold files are compared: NFC.
pub(super) fn nfc(s: &str) -> String {
    s.nfc().collect()
}

impl System {
    /// The facts of the articles `wanted`, read through `read`: the
    /// memberships (each with the preferred label of its role and every
    /// label of its organization in the merged graph), the ranks and the
    /// events of each article.
    pub(super) fn read(store: &Store, wanted: &HashSet<&str>) -> Result<System> {
        let mut articles: HashMap<String, SystemArticle> = HashMap::new();

        let mut memberships: Vec<Membership> =
            read::memberships::memberships(store, &PostFilter::default())?
                .into_iter()
                .filter(|m| wanted.contains(m.article.as_str()))
                .collect();
        memberships.sort_by(|a, b| a.node.cmp(&b.node));
        let mut labels: HashMap<String, (Vec<String>, Vec<String>)> = HashMap::new();
        let mut labels_of = |iri: &str| -> Result<(Vec<String>, Vec<String>)> {
            if let Some(found) = labels.get(iri) {
                return Ok(found.clone());
            }
            let found = read::names::labels(store, iri)?;
            labels.insert(iri.to_owned(), found.clone());
            Ok(found)
        };
        for m in memberships {
            let role = labels_of(&m.role)?.0.iter().map(|l| nfc(l)).min();
            let (pref, alt) = labels_of(&m.org)?;
            let pref: BTreeSet<String> = pref.iter().map(|l| nfc(l)).collect();
            let alt: BTreeSet<String> = alt.iter().map(|l| nfc(l)).collect();
            let mut orgs: Vec<String> = pref.iter().cloned().collect();
            orgs.extend(alt.difference(&pref).cloned());
            articles
                .entry(m.article)
                .or_default()
                .posts
                .push(SystemPost {
                    person: nfc(&m.name),
                    role: role.unwrap_or_default(),
                    orgs,
                    status: m.status.as_str().to_owned(),
                    evidence: nfc(&m.evidence),
                });
        }

        for rank in read::ranks::ranks(store)? {
            if wanted.contains(rank.article.as_str()) {
                articles
                    .entry(rank.article)
                    .or_default()
                    .ranks
                    .push(FactRank {
                        person: nfc(&rank.name),
                        rank: nfc(&rank.rank),
                        evidence: String::new(),
                    });
            }
        }

        let mut events: Vec<EventRow> = read::events::events(store, &EventFilter::default())?
            .into_iter()
            .filter(|e| wanted.contains(e.article.as_str()))
            .collect();
        events.sort_by(|a, b| (&a.node, a.kind.as_str()).cmp(&(&b.node, b.kind.as_str())));
        for event in events {
            let mut participants: Vec<(&str, String)> = event
                .participants
                .iter()
                .map(|p| (p.iri.as_str(), nfc(&p.name)))
                .collect();
            participants.sort();
            articles
                .entry(event.article.clone())
                .or_default()
                .events
                .push(FactEvent {
                    kind: event.kind.as_str().to_owned(),
                    date: nfc(&event.date),
                    participants: participants.into_iter().map(|(_, name)| name).collect(),
                    evidence: nfc(&event.evidence),
                });
        }

        // Ranks have no evidence of their own in the contract: borrow a
        // sentence of the same article that names the person and the rank.
        for article in articles.values_mut() {
            let sentences: Vec<&str> = article
                .posts
                .iter()
                .map(|p| p.evidence.as_str())
                .chain(article.events.iter().map(|e| e.evidence.as_str()))
                .collect();
            let keyed: Vec<String> = sentences.iter().map(|s| match_text(s)).collect();
            for rank in &mut article.ranks {
                let (person, title) = (match_text(&rank.person), match_text(&rank.rank));
                if let Some(i) = keyed
                    .iter()
                    .position(|s| s.contains(&person) && s.contains(&title))
                {
                    rank.evidence = sentences[i].to_string();
                }
            }
        }
        Ok(System { articles })
    }
}
