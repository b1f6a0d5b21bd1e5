/*!
Multi-word tables matched on token keys, longest entry first, and the
vocabulary that numbers their words so a token looks its key up once.
Part of the gazetteer.
*/

use super::*;

/// A table of multi-word entries, matched on token keys, longest first.
///
/// Entries are grouped by their first word. A token that carries its
/// [`WordId`] (see [`Gazetteer::annotate`]) finds its group by number, with
/// no hashing, and is compared with the entries' words by number; any
/// other token by its key.
#[derive(Debug, Clone)]
pub struct Lexicon<T> {
    /// Entries sharing a first word, longest first.
    groups: Vec<Vec<Entry<T>>>,
    /// First word → index into `groups`.
    by_first: FxHashMap<String, usize>,
    /// Vocabulary id → index into `groups` plus one (0: no entry starts
    /// with that word); empty until [`Lexicon::index`].
    by_word: Vec<u32>,
    /// The lexicon's bit in the vocabulary's sets of lexicons.
    bit: u64,
}

/// An entry of a [`Lexicon`]: its words (token keys) and value.
#[derive(Debug, Clone)]
pub(super) struct Entry<T> {
    keys: Vec<String>,
    /// The words' numbers in the vocabulary the lexicon was indexed with
    /// (empty until then).
    ids: Vec<u32>,
    value: T,
}

impl<T> Entry<T> {
    /// Whether the entry's words after the first are the tokens' (`rest`,
    /// the tokens after the first).
    #[inline]
    fn follows(&self, rest: &[Token], indexed: bool) -> bool {
        let n = self.keys.len() - 1;
        if n > rest.len() {
            return false;
        }
        if !indexed {
            return self.keys[1..].iter().zip(rest).all(|(k, t)| *k == t.key);
        }
        self.ids[1..]
            .iter()
            .zip(&self.keys[1..])
            .zip(rest)
            .all(|((&id, k), t)| match t.word_id {
                WordId::Id { number, .. } => number == id,
                WordId::Absent => false,
                WordId::Unknown => *k == t.key,
            })
    }
}

impl<T> Default for Lexicon<T> {
    fn default() -> Self {
        Lexicon {
            groups: Vec::new(),
            by_first: FxHashMap::default(),
            by_word: Vec::new(),
            bit: 0,
        }
    }
}

impl<T> Lexicon<T> {
    /// Adds `surface` (tokenized like article text) with its value.
    pub fn insert(&mut self, surface: &str, value: T) {
        let keys: Vec<String> = tokenize(&key(surface))
            .into_iter()
            .map(|t| t.key.into())
            .collect();
        let Some(first) = keys.first().cloned() else {
            return;
        };
        let next = self.groups.len();
        let group = *self.by_first.entry(first).or_insert(next);
        if group == next {
            self.groups.push(Vec::new());
        }
        // A new first word is not in the vocabulary the lexicon was indexed
        // with: look words up by key again until the next `index`.
        self.by_word.clear();
        let list = &mut self.groups[group];
        let pos = list
            .iter()
            .position(|e| e.keys.len() < keys.len())
            .unwrap_or(list.len());
        let entry = Entry {
            keys,
            ids: Vec::new(),
            value,
        };
        list.insert(pos, entry);
    }

    /// The entries whose first word is the token's.
    #[inline]
    fn group(&self, token: &Token) -> Option<&[Entry<T>]> {
        let indexed = !self.by_word.is_empty();
        let group = match token.word_id {
            WordId::Absent if indexed => return None,
            // Most words start no entry of this lexicon: the token says so
            // without a look into the lexicon's own table.
            WordId::Id { starts, .. } if indexed && starts & self.bit == 0 => return None,
            WordId::Id { number, .. } if indexed => {
                (*self.by_word.get(number as usize)? as usize).checked_sub(1)?
            }
            _ => *self.by_first.get(token.key.as_str())?,
        };
        Some(&self.groups[group])
    }

    /// Whether an entry starts with the token's word.
    #[inline]
    pub fn starts(&self, token: &Token) -> bool {
        self.group(token).is_some()
    }

    /// The longest entry starting at `tokens[i]`: its length in tokens and value.
    #[inline]
    pub fn longest(&self, tokens: &[Token], i: usize) -> Option<(usize, &T)> {
        self.longest_where(tokens, i, |_| true)
    }

    /// Whether `tokens` end with an entry `accept` lets through (the
    /// longest such entry at the token it starts on).
    pub fn ends_with_where(&self, tokens: &[Token], accept: impl Fn(&T) -> bool) -> bool {
        (0..tokens.len()).any(|i| {
            self.longest_where(tokens, i, &accept)
                .is_some_and(|(n, _)| i + n == tokens.len())
        })
    }

    /// Like [`Lexicon::longest`], among the entries `accept` lets through.
    #[inline]
    pub fn longest_where(
        &self,
        tokens: &[Token],
        i: usize,
        accept: impl Fn(&T) -> bool,
    ) -> Option<(usize, &T)> {
        // Most tokens start no entry: that answer stays inline and cheap.
        // (Written out, not through `matches_at`: that costs 3% more
        // instructions in extraction.)
        let list = self.group(tokens.get(i)?)?;
        let indexed = !self.by_word.is_empty();
        let rest = &tokens[i + 1..];
        list.iter()
            .find(|e| e.follows(rest, indexed) && accept(&e.value))
            .map(|e| (e.keys.len(), &e.value))
    }

    /// Every entry starting at `tokens[i]`, longest first: its length in
    /// tokens and value.
    pub fn matches_at<'a, 't>(
        &'a self,
        tokens: &'t [Token],
        i: usize,
    ) -> impl Iterator<Item = (usize, &'a T)> + use<'a, 't, T> {
        let list = tokens.get(i).and_then(|t| self.group(t)).unwrap_or(&[]);
        let indexed = !self.by_word.is_empty();
        let rest = &tokens[(i + 1).min(tokens.len())..];
        list.iter()
            .filter(move |e| e.follows(rest, indexed))
            .map(|e| (e.keys.len(), &e.value))
    }

    pub fn len(&self) -> usize {
        self.groups.iter().map(Vec::len).sum()
    }

    /// Every value, in no particular order.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.by_first
            .values()
            .flat_map(|&g| &self.groups[g])
            .map(|e| &e.value)
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }
}

/// What indexing by word number needs of a lexicon, whatever its values.
pub(super) trait Indexed {
    /// Adds the words of the entries to `vocabulary`, the first words
    /// marked with the lexicon's `bit`.
    fn add_words(&self, vocabulary: &mut Vocabulary, bit: u64);
    /// Numbers the groups and the entries' words by the vocabulary's ids,
    /// for tokens annotated with that vocabulary.
    fn index(&mut self, vocabulary: &Vocabulary, bit: u64);
}

impl<T> Indexed for Lexicon<T> {
    fn add_words(&self, vocabulary: &mut Vocabulary, bit: u64) {
        for e in self.groups.iter().flatten() {
            e.keys.iter().for_each(|w| vocabulary.add(w));
            let first = vocabulary.ids[e.keys[0].as_str()];
            vocabulary.starts[first as usize] |= bit;
        }
    }

    fn index(&mut self, vocabulary: &Vocabulary, bit: u64) {
        self.bit = bit;
        self.by_word = vec![0; vocabulary.ids.len()];
        for (word, &group) in &self.by_first {
            let id = vocabulary.ids[word.as_str()];
            self.by_word[id as usize] = group as u32 + 1;
        }
        for e in self.groups.iter_mut().flatten() {
            e.ids = e.keys.iter().map(|w| vocabulary.ids[w.as_str()]).collect();
        }
    }
}

/// The words of every lexicon of a gazetteer, numbered: a sentence's
/// tokens look their keys up once, and each of the dozen lexicons consulted
/// per token then finds its entries, and compares their words, by number.
///
/// Each lexicon has a bit (the 64th and later share all bits), and each
/// word the bits of the lexicons with an entry starting with it: a token
/// tells at once that a lexicon has nothing for it, which is the answer
/// to most questions.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, u32>,
    /// Word id → the bits of the lexicons with an entry starting with it.
    starts: Vec<u64>,
}

impl Vocabulary {
    fn add(&mut self, word: &str) {
        if !self.ids.contains_key(word) {
            let id = self.ids.len() as u32;
            self.ids.insert(word.to_owned(), id);
            self.starts.push(0);
        }
    }

    /// The bit of the `n`th lexicon.
    pub(super) fn bit(n: usize) -> u64 {
        if n < 64 {
            1 << n
        } else {
            u64::MAX
        }
    }

    /// The id of a token key.
    pub fn id(&self, key: &str) -> WordId {
        self.ids
            .get(key)
            .map_or(WordId::Absent, |&number| WordId::Id {
                number,
                starts: self.starts[number as usize],
            })
    }
}
