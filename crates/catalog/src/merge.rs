//! Cross-article merging: one source per referent, with a stable id.
//!
//! People are matched by surname (spelling-folded, so Zelensky = Zelenskyy),
//! split by first name when two people share one; a lone surname joins its
//! person. Organisations, outlets, government bodies and places are matched by
//! their folded name. Unnamed groups and descriptions ("observers", "the head of
//! the ministry") stay within their article.

use claimscope_corpus::id::fnv1a32;
use claimscope_corpus::Corpus;
use claimscope_extract::{
    names::{fold, party_name},
    Extraction, Kind,
};
use claimscope_model::*;
use std::collections::{BTreeMap, BTreeSet};

pub struct Merged {
    pub sources: Vec<SourceRecord>,
    pub entities: Vec<EntityRecord>,
    /// `[article][actor]` → source id (None for places and untyped names).
    pub actor_ids: Vec<Vec<Option<String>>>,
    /// `[article][actor]` → entity id (None for groups, polls, untyped names).
    pub entity_ids: Vec<Vec<Option<String>>>,
}

struct Node<'a> {
    article: usize,
    actor: &'a claimscope_extract::Actor,
}

/// The key bodies and places are matched by: the folded name, except that
/// a name of three letters or fewer keeps its case ("Us" magazine is not the
/// "US").
fn body_key(name: &str) -> String {
    if let Some(party) = party_name(name) {
        return name_key(party);
    }
    if name.chars().count() <= 3 {
        name.to_string()
    } else {
        name_key(name)
    }
}

pub fn merge(corpus: &Corpus, extractions: &[Extraction]) -> Merged {
    let nodes: Vec<Node> = extractions
        .iter()
        .enumerate()
        .flat_map(|(article, x)| x.actors.iter().map(move |actor| Node { article, actor }))
        .collect();
    let mut sets = UnionFind::new(nodes.len());

    // Organisations, outlets, places: by folded name (and alias).
    let mut by_name: BTreeMap<String, usize> = BTreeMap::new();
    // Which full name each short form was first given for.
    let mut acronym_of: BTreeMap<String, String> = BTreeMap::new();
    // People: by surname, then first name.
    let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (n, node) in nodes.iter().enumerate() {
        let a = node.actor;
        if !a.named || personish(a) {
            continue;
        }
        let full = body_key(&a.name);
        // ("Institute of Fiscal Studies", "Institute for Fiscal Studies",
        // "World Trade Organization": one body each.)
        let spelled: String = full
            .split(' ')
            .filter(|w| !matches!(*w, "of" | "for" | "the" | "and" | "on" | "in"))
            .map(|w| w.replace("isation", "ization"))
            .collect();
        for name in std::iter::once(&a.name).chain(&a.aliases) {
            let key = body_key(name);
            // "WTO" is the World Trade Organisation in one article and the
            // World Tourism Organisation in another: a short form joins
            // two bodies only when their full names agree.
            // (A lone "WTO" in an article that never spells it out joins
            // the body the short form was first given for.)
            let key = if key != full && claimscope_extract::names::is_acronym(name) {
                let owner = acronym_of
                    .entry(key.clone())
                    .or_insert_with(|| spelled.clone());
                if *owner == spelled {
                    key
                } else {
                    format!("{key}\u{0}{spelled}")
                }
            } else {
                key
            };
            match by_name.get(&key) {
                Some(&m) => sets.union(m, n),
                None => {
                    by_name.insert(key, n);
                }
            }
        }
    }
    // People after bodies: a lone word that only looked like a person ("Yukos
    // said", with nothing else to tell) joins the body another article named
    // so, rather than a surname. (Not a place: "Jordan said" may be Eddie.)
    for (n, node) in nodes.iter().enumerate() {
        let a = node.actor;
        if !a.named || !personish(a) {
            continue;
        }
        let lone_guess = (a.kind_guessed || a.kind == Kind::Unknown) && !a.name.contains(' ');
        let body = by_name.get(&body_key(&a.name)).copied().filter(|&m| {
            matches!(
                nodes[m].actor.kind,
                Kind::Organization | Kind::Media | Kind::Government
            )
        });
        match body {
            Some(m) if lone_guess => sets.union(m, n),
            _ => by_surname.entry(surname_key(&a.name)).or_default().push(n),
        }
    }
    for members in by_surname.values() {
        // Clusters by first name; a surname alone joins the most mentioned one.
        let mut by_first: BTreeMap<String, usize> = BTreeMap::new();
        for &n in members {
            if let Some(first) = first_name_key(&nodes[n].actor.name) {
                match by_first.get(&first) {
                    Some(&m) => sets.union(m, n),
                    None => {
                        by_first.insert(first, n);
                    }
                }
            }
        }
        let main = by_first.values().copied().max_by_key(|&m| {
            (
                // `find` only compresses paths: the partition is unchanged.
                mention_count(&nodes, members, &mut sets, m),
                std::cmp::Reverse(m),
            )
        });
        // ("Welch", whom the Korn article calls "he", is not Raquel Welch:
        // a lone surname joins only a person the text does not make the
        // other sex; failing the most mentioned, the most mentioned that fits.)
        let fits = |m: usize, n: usize| match (nodes[m].actor.gender, nodes[n].actor.gender) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        for &n in members {
            if first_name_key(&nodes[n].actor.name).is_none() {
                let fitting = main.filter(|&m| fits(m, n)).or_else(|| {
                    by_first
                        .values()
                        .copied()
                        .filter(|&m| fits(m, n))
                        .max_by_key(|&m| {
                            (
                                mention_count(&nodes, members, &mut sets, m),
                                std::cmp::Reverse(m),
                            )
                        })
                });
                match (fitting, main) {
                    (Some(m), _) => sets.union(m, n),
                    (None, None) => sets.union(members[0], n),
                    // Another person of that surname, of whom only it is known.
                    (None, Some(_)) => {}
                }
            }
        }
    }

    // Build one record per set.
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for n in 0..nodes.len() {
        groups.entry(sets.find(n)).or_default().push(n);
    }
    let surname_clusters: BTreeMap<String, BTreeSet<usize>> = by_surname
        .iter()
        .map(|(k, members)| (k.clone(), members.iter().map(|&n| sets.find(n)).collect()))
        .collect();

    let mut used: BTreeSet<String> = BTreeSet::new();
    let mut actor_ids: Vec<Vec<Option<String>>> = extractions
        .iter()
        .map(|x| vec![None; x.actors.len()])
        .collect();
    let mut entity_ids = actor_ids.clone();
    let mut sources = Vec::new();
    let mut entities = Vec::new();
    let mut order: Vec<(String, Vec<usize>)> = Vec::new();
    for members in groups.into_values() {
        let kind = vote_kind(&nodes, &members);
        let name = canonical_name(&nodes, &members, kind);
        let first = &nodes[members[0]];
        let base = if !first.actor.named {
            let article = &corpus.articles[first.article].id;
            format!(
                "{}-{:06x}",
                slug(&name),
                fnv1a32(article.as_bytes()) & 0xff_ffff
            )
        } else if matches!(kind, Kind::Person | Kind::Unknown)
            && surname_clusters
                .get(&surname_key(&name))
                .is_some_and(|c| c.len() == 1)
        {
            slug(name.split_whitespace().last().unwrap_or(&name))
        } else {
            slug(&name)
        };
        let base = if base.is_empty() {
            format!("source-{:08x}", fnv1a32(name.as_bytes()))
        } else {
            base
        };
        order.push((base, members));
        let _ = kind;
    }
    // Ids in a stable order, collisions broken by type then a counter.
    order.sort();
    for (base, members) in order {
        let kind = vote_kind(&nodes, &members);
        let mut id = base.clone();
        if used.contains(&id) {
            id = format!("{base}-{}", kind.name());
        }
        let mut k = 2;
        while used.contains(&id) {
            id = format!("{base}-{k}");
            k += 1;
        }
        used.insert(id.clone());
        let name = canonical_name(&nodes, &members, kind);
        let mut aliases: BTreeSet<String> = BTreeSet::new();
        for &n in &members {
            let a = nodes[n].actor;
            aliases.insert(a.name.clone());
            aliases.extend(a.aliases.iter().cloned());
        }
        aliases.remove(&name);
        let cited = members.iter().any(|&n| nodes[n].actor.cited);
        let mut articles: Vec<String> = members
            .iter()
            .map(|&n| corpus.articles[nodes[n].article].id.clone())
            .collect();
        articles.sort();
        articles.dedup();
        let role = members
            .iter()
            .filter_map(|&n| nodes[n].actor.role.clone())
            .next();
        let named = nodes[members[0]].actor.named;
        let source_type = match kind {
            Kind::Person => Some(SourceType::Person),
            Kind::Organization => Some(SourceType::Organization),
            Kind::Media => Some(SourceType::Media),
            Kind::Government => Some(SourceType::Government),
            Kind::Poll => Some(SourceType::Poll),
            Kind::Unnamed => Some(SourceType::Unnamed),
            Kind::Unknown if cited => Some(SourceType::Person),
            // "Ukraine said": a country that speaks is its government.
            Kind::Place
                if members
                    .iter()
                    .any(|&n| nodes[n].actor.cited && nodes[n].actor.kind == Kind::Government) =>
            {
                Some(SourceType::Government)
            }
            Kind::Unknown | Kind::Place => None,
        };
        let entity_type = match kind {
            _ if !named => None,
            Kind::Person => Some(EntityType::Person),
            Kind::Place => Some(EntityType::Place),
            Kind::Organization | Kind::Media | Kind::Government => Some(EntityType::Organization),
            _ => None,
        };
        for &n in &members {
            let node = &nodes[n];
            let index = extractions[node.article]
                .actors
                .iter()
                .position(|x| std::ptr::eq(x, node.actor))
                .expect("the node's own actor");
            if source_type.is_some() {
                actor_ids[node.article][index] = Some(id.clone());
            }
            if entity_type.is_some() {
                entity_ids[node.article][index] = Some(id.clone());
            }
        }
        let aliases: Vec<String> = aliases.into_iter().collect();
        if let Some(kind) = source_type {
            sources.push(SourceRecord {
                id: id.clone(),
                name: name.clone(),
                aliases: aliases.clone(),
                kind,
                role,
                cited,
                articles,
            });
        }
        if let Some(kind) = entity_type {
            entities.push(EntityRecord {
                id,
                name,
                aliases,
                kind,
            });
        }
    }
    Merged {
        sources,
        entities,
        actor_ids,
        entity_ids,
    }
}

fn personish(a: &claimscope_extract::Actor) -> bool {
    a.kind == Kind::Person || (a.kind == Kind::Unknown && a.name.split_whitespace().count() == 1)
}

fn surname_key(name: &str) -> String {
    fold(name.split_whitespace().last().unwrap_or(name))
}

fn first_name_key(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    (words.len() >= 2).then(|| fold(words[0]))
}

fn name_key(name: &str) -> String {
    let lower = name.to_lowercase();
    fold(lower.strip_prefix("the ").unwrap_or(&lower))
}

fn mention_count(nodes: &[Node], members: &[usize], sets: &mut UnionFind, root_of: usize) -> usize {
    let root = sets.find(root_of);
    members
        .iter()
        .filter(|&&n| sets.find(n) == root)
        .map(|&n| nodes[n].actor.mentions.len())
        .sum()
}

fn vote_kind(nodes: &[Node], members: &[usize]) -> Kind {
    // A kind some article had evidence for outvotes one only guessed ("Boeing
    // said" alone reads as a person; "Boeing said it" elsewhere is a body).
    let evidence = members.iter().any(|&n| {
        let a = nodes[n].actor;
        a.kind != Kind::Unknown && !a.kind_guessed
    });
    let mut votes: BTreeMap<Kind, usize> = BTreeMap::new();
    for &n in members {
        let a = nodes[n].actor;
        if a.kind != Kind::Unknown && !(evidence && a.kind_guessed) {
            *votes.entry(a.kind).or_default() +=
                a.mentions.len().max(1) + if a.cited { 5 } else { 0 };
        }
    }
    votes
        .into_iter()
        .max_by_key(|&(k, v)| (v, std::cmp::Reverse(k)))
        .map_or(Kind::Unknown, |(k, _)| k)
}

/// The fullest name (most words), then the most used, then the first in order.
fn canonical_name(nodes: &[Node], members: &[usize], kind: Kind) -> String {
    // A party goes by its full name, however the articles wrote it.
    let party = members
        .iter()
        .find_map(|&n| party_name(&nodes[n].actor.name));
    if let Some(party) = party.filter(|_| kind != Kind::Person) {
        return party.to_string();
    }
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &n in members {
        *counts.entry(nodes[n].actor.name.as_str()).or_default() +=
            nodes[n].actor.mentions.len().max(1);
    }
    counts
        .into_iter()
        .max_by(|a, b| {
            let words = |s: &str| {
                if kind == Kind::Person {
                    s.split_whitespace().count()
                } else {
                    0
                }
            };
            (words(a.0), a.1, std::cmp::Reverse(a.0)).cmp(&(
                words(b.0),
                b.1,
                std::cmp::Reverse(b.0),
            ))
        })
        .map_or_else(String::new, |(name, _)| name.to_string())
}

#[derive(Clone)]
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }
    fn find(&mut self, x: usize) -> usize {
        let mut root = x;
        while self.parent[root] != root {
            root = self.parent[root];
        }
        let mut x = x;
        while self.parent[x] != root {
            let next = self.parent[x];
            self.parent[x] = root;
            x = next;
        }
        root
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index stays root, so results do not depend on order of calls.
            let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[child] = root;
        }
    }
}
