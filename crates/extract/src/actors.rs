//! Who an article is about: every named person, organisation, outlet, place, and
//! every unnamed group or description that speaks, merged into one actor per
//! referent within the article (Lukashenko = Alexander Lukashenko; Zelensky =
//! Zelenskyy).

use crate::lexicon::Pronoun;
use crate::names::{fold, Kind, Name};
use crate::tokens::Token;
use claimscope_corpus::Span;

#[derive(Debug, Clone)]
pub struct Actor {
    /// The fullest form seen (e.g. "Alexander Lukashenko").
    pub name: String,
    /// Every other form seen.
    pub aliases: Vec<String>,
    pub kind: Kind,
    /// Roles as the text gives them ("Belarusian President", "a researcher at ...").
    pub roles: Vec<String>,
    pub gender: Option<Pronoun>,
    /// Byte spans of its mentions, in order.
    pub mentions: Vec<Span>,
    /// Token index of each mention's last word, in order.
    pub mention_tokens: Vec<usize>,
    /// Something is attributed to it (a quote, a claim, "according to").
    pub cited: bool,
    /// Known by a description or a group noun, not by a name.
    pub described: bool,
}

#[derive(Default)]
pub struct Actors {
    pub list: Vec<Actor>,
}

impl Actors {
    /// Records a name mention and returns its actor.
    pub fn add_name(&mut self, text: &str, tokens: &[Token], name: &Name) -> usize {
        let written = name_text(text, tokens, name.first, name.end);
        let span = Span::new(tokens[name.first].start, tokens[name.end - 1].end);
        let last = name.end - 1;
        let index = self
            .find_for(&written, name.kind, name.end - name.first)
            .unwrap_or_else(|| {
                self.list.push(Actor {
                    name: written.clone(),
                    aliases: Vec::new(),
                    kind: name.kind,
                    roles: Vec::new(),
                    gender: None,
                    mentions: Vec::new(),
                    mention_tokens: Vec::new(),
                    cited: false,
                    described: false,
                });
                self.list.len() - 1
            });
        let actor = &mut self.list[index];
        if written != actor.name && !actor.aliases.contains(&written) {
            // Keep the fullest form as the name.
            if written.split_whitespace().count() > actor.name.split_whitespace().count()
                && name.kind == Kind::Person
            {
                let old = std::mem::replace(&mut actor.name, written);
                actor.aliases.push(old);
            } else {
                actor.aliases.push(written);
            }
        }
        if actor.kind == Kind::Unknown && name.kind != Kind::Unknown {
            actor.kind = name.kind;
        }
        if let Some(role) = &name.role {
            add_role(actor, role);
        }
        if name.titled {
            let role = name.role.as_deref().unwrap_or("").to_lowercase();
            let words: Vec<&str> = role.split(|c: char| !c.is_alphanumeric()).collect();
            if words
                .iter()
                .any(|w| matches!(*w, "mr" | "sir" | "lord" | "king" | "prince"))
            {
                actor.gender = Some(Pronoun::He);
            } else if words.iter().any(|w| {
                matches!(
                    *w,
                    "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess"
                )
            }) {
                actor.gender = Some(Pronoun::She);
            }
        }
        actor.mentions.push(span);
        actor.mention_tokens.push(last);
        index
    }

    /// An unnamed group or an unresolved description ("observers", "the head of
    /// the ministry"), keyed by its words.
    pub fn add_described(
        &mut self,
        description: &str,
        kind: Kind,
        span: Span,
        token: usize,
    ) -> usize {
        let key = fold(description);
        let index = match self
            .list
            .iter()
            .position(|a| a.kind == kind && fold(&a.name) == key)
        {
            Some(i) => i,
            None => {
                self.list.push(Actor {
                    name: description.to_string(),
                    aliases: Vec::new(),
                    kind,
                    roles: Vec::new(),
                    gender: None,
                    mentions: Vec::new(),
                    mention_tokens: Vec::new(),
                    cited: false,
                    described: true,
                });
                self.list.len() - 1
            }
        };
        self.list[index].mentions.push(span);
        self.list[index].mention_tokens.push(token);
        index
    }

    fn find_for(&self, written: &str, kind: Kind, words: usize) -> Option<usize> {
        let key = fold(written.strip_prefix("the ").unwrap_or(written));
        let surname = fold(written.split_whitespace().last().unwrap_or(""));
        let personish = matches!(kind, Kind::Person | Kind::Unknown);
        // Same full name, any kind.
        if let Some(i) = self
            .list
            .iter()
            .position(|a| fold(&a.name) == key || a.aliases.iter().any(|x| fold(x) == key))
        {
            return Some(i);
        }
        if personish && surname.len() >= 3 {
            // A surname alone, or a full name whose surname is known.
            let by_surname = |a: &Actor| {
                matches!(a.kind, Kind::Person | Kind::Unknown)
                    && (fold(a.name.split_whitespace().last().unwrap_or("")) == surname)
            };
            if words == 1 {
                let first_name = |a: &Actor| {
                    a.kind == Kind::Person
                        && a.name.split_whitespace().count() >= 2
                        && fold(a.name.split_whitespace().next().unwrap_or("")) == surname
                };
                // "Sir John" after "Sir John Stevens": a first name with a title.
                return self
                    .list
                    .iter()
                    .rposition(|a| a.kind == Kind::Person && by_surname(a))
                    .or_else(|| self.list.iter().rposition(by_surname))
                    .or_else(|| self.list.iter().rposition(first_name));
            }
            if kind == Kind::Person {
                return self.list.iter().rposition(|a| {
                    by_surname(a)
                        && (a.name.split_whitespace().count() == 1 || fold(&a.name) == key)
                });
            }
        }
        None
    }

    pub fn add_role(&mut self, actor: usize, role: &str) {
        add_role(&mut self.list[actor], role);
    }
}

fn add_role(actor: &mut Actor, role: &str) {
    let role = role.trim().trim_matches(',').trim();
    if !role.is_empty() && !actor.roles.iter().any(|r| r.eq_ignore_ascii_case(role)) {
        actor.roles.push(role.to_string());
    }
}

/// The name as written, without a possessive ending.
pub fn name_text(text: &str, tokens: &[Token], first: usize, end: usize) -> String {
    let raw = &text[tokens[first].start..tokens[end - 1].end];
    let raw = raw
        .strip_suffix("’s")
        .or_else(|| raw.strip_suffix("'s"))
        .unwrap_or(raw);
    let raw = if raw.ends_with("s’") || raw.ends_with("s'") {
        &raw[..raw.len() - raw.chars().last().map_or(0, char::len_utf8)]
    } else {
        raw
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}
