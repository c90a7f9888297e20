//! Who an article is about: every named person, organisation, outlet, place, and
//! every unnamed group or description that speaks, merged into one actor per
//! referent within the article (Lukashenko = Alexander Lukashenko; Zelensky =
//! Zelenskyy).

use crate::lexicon::Pronoun;
use crate::names::{fold, fold_into, Kind, Name};
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
    /// Token at which each role was first given, so a description is matched
    /// only against what the reader has been told by then.
    pub role_tokens: Vec<usize>,
    pub gender: Option<Pronoun>,
    /// Byte spans of its mentions, in order.
    pub mentions: Vec<Span>,
    /// Token index of each mention's last word, in order.
    pub mention_tokens: Vec<usize>,
    /// Something is attributed to it (a quote, a claim, "according to").
    pub cited: bool,
    /// Known by a description or a group noun, not by a name.
    pub described: bool,
    /// An organisation that has spoken through a person ("a spokesman for the
    /// BPI said"), so "he said" right after can be it.
    pub has_spokesperson: bool,
    /// `kind` is `Person` only because the name was cited with nothing else
    /// to tell what it names ("Yukos said"): later evidence overrides it.
    pub kind_guessed: bool,
}

#[derive(Default)]
pub struct Actors {
    pub list: Vec<Actor>,
    /// Folded names of each actor, kept beside `list` so lookups never re-fold.
    keys: Vec<Keys>,
    /// Buffers for the folded forms of the mention being looked up.
    key_buffer: String,
    surname_buffer: String,
}

/// Folded forms of one actor's name, updated as forms arrive.
struct Keys {
    name: String,
    surname: String,
    first: Option<String>,
    aliases: Vec<String>,
}

impl Keys {
    fn of(actor: &Actor) -> Keys {
        let words: Vec<&str> = actor.name.split_whitespace().collect();
        Keys {
            name: fold(actor.name.strip_prefix("the ").unwrap_or(&actor.name)),
            surname: fold(words.last().copied().unwrap_or("")),
            first: (words.len() >= 2).then(|| fold(words[0])),
            aliases: actor.aliases.iter().map(|a| fold(a)).collect(),
        }
    }
}

impl Actor {
    /// A lone word only guessed a person ("Yukos said"), which a body's
    /// description may still claim. (Not "Bill Ford", whose surname the
    /// company shares: a full name; nor one a pronoun or title gave a sex.)
    pub fn is_lone_guess(&self) -> bool {
        self.kind_guessed && !self.name.contains(' ') && self.gender.is_none()
    }
}

impl Actors {
    /// Records a name mention and returns its actor.
    pub fn add_name(&mut self, text: &str, tokens: &[Token<'_>], name: &Name) -> usize {
        let written = name_text(text, tokens, name.first, name.end);
        let span = Span::new(tokens[name.first].start, tokens[name.end - 1].end);
        let last = name.end - 1;
        // ("Baroness Kennedy", "Lord Falconer": a peer's title kept in the
        // name says the sex too.)
        let peerage = match tokens[name.first].lower {
            "baroness" | "lady" | "dame" | "countess" | "duchess" => Some(Pronoun::She),
            "lord" | "baron" | "sir" | "earl" | "duke" => Some(Pronoun::He),
            _ => None,
        };
        let honorific = honorific_gender(name).or(peerage.filter(|_| name.end - name.first >= 2));
        // "Mr Blair" after "Sir Ian Blair": a plain honorific is not the knight.
        let plain = name
            .role
            .as_deref()
            .is_some_and(|r| crate::lexicon::is_plain_honorific(&r.to_lowercase()));
        let found = self.find_for(
            &written,
            name.kind,
            name.end - name.first,
            honorific,
            last,
            plain,
        );
        let found = found.or_else(|| {
            (name.end - name.first == 1 && matches!(name.kind, Kind::Person | Kind::Unknown))
                .then(|| self.misspelt_surname(text, &written))
                .flatten()
        });
        let index = match found {
            Some(index) => index,
            None => {
                // The lookup has just folded this very form: its keys are in the buffers.
                let first = written.split_once(' ').map(|(first, _)| fold(first));
                self.keys.push(Keys {
                    name: self.key_buffer.clone(),
                    surname: self.surname_buffer.clone(),
                    first,
                    aliases: Vec::new(),
                });
                self.list.push(Actor {
                    name: written.to_string(),
                    aliases: Vec::new(),
                    kind: name.kind,
                    roles: Vec::new(),
                    role_tokens: Vec::new(),
                    gender: None,
                    mentions: Vec::new(),
                    mention_tokens: Vec::new(),
                    cited: false,
                    described: false,
                    has_spokesperson: false,
                    kind_guessed: false,
                });
                self.list.len() - 1
            }
        };
        let actor = &mut self.list[index];
        let whole_name = *written == actor.name;
        if *written != actor.name && !actor.aliases.iter().any(|a| *a == *written) {
            let written = written.into_owned();
            // Keep the fullest form as the name.
            if written.split_whitespace().count() > actor.name.split_whitespace().count()
                && name.kind == Kind::Person
            {
                let old = std::mem::replace(&mut actor.name, written);
                actor.aliases.push(old);
                self.keys[index] = Keys::of(actor);
            } else {
                self.keys[index].aliases.push(fold(&written));
                actor.aliases.push(written);
            }
        }
        if (actor.kind == Kind::Unknown || actor.kind_guessed) && name.kind != Kind::Unknown {
            actor.kind_guessed = false;
            actor.kind = name.kind;
        }
        // "Jessops, Boots and Snappy Snaps ... Ann Simpson, marketing manager
        // at Snappy Snaps": two capitalised words looked like a person until a
        // later mention showed a body; no first name, honorific or pronoun
        // ever said otherwise.
        let first_named = actor
            .name
            .split_whitespace()
            .next()
            .is_some_and(|w| crate::lexicon::is_first_name(&w.to_lowercase()));
        // (The whole name again: "partner Gudjohnsen" after "Eidur
        // Gudjohnsen" is the man.)
        if actor.kind == Kind::Person
            && name.kind == Kind::Organization
            && whole_name
            && actor.gender.is_none()
            && actor.roles.is_empty()
            && !first_named
        {
            actor.kind = Kind::Organization;
        }
        if let Some(role) = &name.role {
            add_role(actor, role, last);
        }
        // "Victoria Wood ... she said": a first name is a prior for the pronoun,
        // which an honorific ("Mr") or a resolved pronoun overrides.
        if actor.gender.is_none() && actor.kind == Kind::Person && name.end - name.first >= 2 {
            actor.gender = crate::lexicon::first_name_gender(tokens[name.first].lower);
        }
        if let Some(gender) = honorific {
            actor.gender = Some(gender);
        }
        actor.mentions.push(span);
        actor.mention_tokens.push(last);
        index
    }

    /// "said Daveport" in an article about Lindsay Davenport: a lone word
    /// written once, one slip of the keyboard (a letter dropped, added, changed
    /// or swapped) from the surname of a person named in full and more than once,
    /// is that surname misspelt. Short surnames are left alone: "Hall" and
    /// "Hill" are both names.
    fn misspelt_surname(&self, text: &str, written: &str) -> Option<usize> {
        if written.chars().count() < 6 {
            return None;
        }
        let folded = fold(written);
        let mut matches = (0..self.list.len()).filter(|&i| {
            let actor = &self.list[i];
            actor.kind == Kind::Person
                && actor.name.split_whitespace().count() >= 2
                && actor.mentions.len() >= 2
                && self.keys[i].surname.len() >= 6
                && self.keys[i].surname.chars().next() == folded.chars().next()
                && one_edit_apart(&self.keys[i].surname, &folded)
        });
        let only = matches.next()?;
        // (Counted last: most lone words have no near namesake to check.)
        (matches.next().is_none() && text.matches(written).count() == 1).then_some(only)
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
        let index = match (0..self.list.len())
            .find(|&i| self.list[i].kind == kind && self.keys[i].name == key)
        {
            Some(i) => i,
            None => {
                self.list.push(Actor {
                    name: description.to_string(),
                    aliases: Vec::new(),
                    kind,
                    roles: Vec::new(),
                    role_tokens: Vec::new(),
                    gender: None,
                    mentions: Vec::new(),
                    mention_tokens: Vec::new(),
                    cited: false,
                    // A poll is named by its organisation and merges across articles.
                    described: kind != Kind::Poll,
                    has_spokesperson: false,
                    kind_guessed: false,
                });
                self.keys
                    .push(Keys::of(self.list.last().expect("just pushed")));
                self.list.len() - 1
            }
        };
        self.mention(index, span, token);
        index
    }

    fn find_for(
        &mut self,
        written: &str,
        kind: Kind,
        words: usize,
        honorific: Option<Pronoun>,
        at: usize,
        plain_honorific: bool,
    ) -> Option<usize> {
        fold_into(
            written.strip_prefix("the ").unwrap_or(written),
            &mut self.key_buffer,
        );
        fold_into(
            written.split_whitespace().last().unwrap_or(""),
            &mut self.surname_buffer,
        );
        let key = &self.key_buffer;
        let surname = &self.surname_buffer;
        // "Kanye West ... West said": a lone word that names a place is the
        // surname of a person already named in full (looked up by surname below).
        let surname_of_person = kind == Kind::Place
            && words == 1
            && (0..self.keys.len()).any(|i| {
                self.list[i].kind == Kind::Person
                    && self.keys[i].surname == self.surname_buffer
                    // ("Stade de France" is no person's name, whatever its kind says.)
                    && self.list[i].name.split(' ').count() >= 2
                    && self.list[i]
                        .name
                        .split(' ')
                        .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            });
        let personish = matches!(kind, Kind::Person | Kind::Unknown) || surname_of_person;
        let keys = &self.keys;
        // Same full name, any kind. (A name of three letters or fewer must
        // match in case too: "Us" magazine is not the "US".)
        let short = written.chars().count() <= 3;
        let list = &self.list;
        let same_case = |i: usize| {
            !short
                || std::iter::once(&list[i].name)
                    .chain(&list[i].aliases)
                    .any(|form| form == written)
        };
        if let Some(i) = (0..keys.len())
            .find(|&i| (keys[i].name == *key || keys[i].aliases.contains(key)) && same_case(i))
        {
            return Some(i);
        }
        // "Lycos" after "Lycos Europe", "Contrack" after "Contrack
        // International", "Merrill" after "Merrill Lynch": the first word of a
        // company's two-word name, alone, is the company (a person is not
        // called by a first name alone so often, and a company is not known
        // to be one unless the text showed it).
        let lone = written.to_lowercase();
        if words == 1
            && kind != Kind::Place
            && !crate::lexicon::is_title(&lone)
            && !crate::lexicon::is_function_word(&lone)
            // ("PC" is no short name for "PC Pro".)
            && !crate::names::is_acronym(written)
        {
            // ("Scott" after "Ridley Scott" and his company "Scott Free": the
            // person's surname.)
            let someones_surname =
                (0..keys.len()).any(|i| list[i].kind == Kind::Person && keys[i].surname == *key);
            let arm = (0..keys.len()).find(|&i| {
                !someones_surname
                    && list[i].kind == Kind::Organization
                    && keys[i].first.as_deref() == Some(key.as_str())
                    && list[i].name.split(' ').count() == 2
            });
            if arm.is_some() {
                return arm;
            }
        }
        if personish && surname.len() >= 3 {
            // A surname alone, or a full name whose surname is known.
            let by_surname = |i: &usize| {
                matches!(self.list[*i].kind, Kind::Person | Kind::Unknown)
                    && keys[*i].surname == *surname
            };
            if words == 1 {
                // "Sir John" after "Sir John Stevens": a first name with a title.
                let first_name = |i: &usize| {
                    self.list[*i].kind == Kind::Person
                        && keys[*i].first.as_deref() == Some(surname.as_str())
                };
                // "Mr Jackson" after "Katherine Jackson": the man of that name.
                let same_sex = |i: &usize| {
                    let knighted = || {
                        self.list[*i]
                            .roles
                            .iter()
                            .any(|r| crate::lexicon::is_peerage_title(&r.to_lowercase()))
                    };
                    match (honorific, self.list[*i].gender) {
                        (Some(a), Some(b)) => a == b && !(plain_honorific && knighted()),
                        _ => true,
                    }
                };
                let nearest = |fits: &dyn Fn(&usize) -> bool| self.nearest_to(at, fits);
                return nearest(&|i| {
                    self.list[*i].kind == Kind::Person && by_surname(i) && same_sex(i)
                })
                .or_else(|| nearest(&by_surname))
                .or_else(|| nearest(&first_name));
            }
            if kind == Kind::Person {
                // "J den Hartog", or a garbled title ("Me den Hartog" for "Mr"): a
                // first word of one or two letters that is no first name does not
                // make a new person.
                let initial_like = written.split(' ').next().is_some_and(|w| {
                    w.chars().filter(|c| c.is_alphabetic()).count() <= 2
                        && !crate::lexicon::is_first_name(&w.to_lowercase())
                });
                // "Katherine Jackson" after "Mr Jackson": his mother, not him.
                // (Only namesakes reach this test, so the lowercase copy is rare.)
                let same_sex = |i: &usize| {
                    let Some(known) = self.list[*i].gender else {
                        return true;
                    };
                    written
                        .split(' ')
                        .next()
                        .and_then(|w| crate::lexicon::first_name_gender(&w.to_lowercase()))
                        .is_none_or(|g| g == known)
                };
                return (0..keys.len()).rev().find(|i| {
                    by_surname(i)
                        && (keys[*i].first.is_none() || keys[*i].name == *key || initial_like)
                        && same_sex(i)
                });
            }
        }
        None
    }

    /// Of the actors that fit, the one named last before token `at` ("Rhys
    /// Williams says ... said Williams ... Matt Williams' side": Rhys), or
    /// else the first named after it; among actors not yet mentioned, the
    /// newest.
    fn nearest_to(&self, at: usize, fits: &dyn Fn(&usize) -> bool) -> Option<usize> {
        let candidates = || (0..self.list.len()).filter(|i| fits(i));
        let before = candidates()
            .filter_map(|i| {
                let t = self.list[i]
                    .mention_tokens
                    .iter()
                    .filter(|&&t| t < at)
                    .max()?;
                Some((*t, i))
            })
            .max()
            .map(|(_, i)| i);
        let after = || {
            candidates()
                .filter_map(|i| {
                    let t = self.list[i]
                        .mention_tokens
                        .iter()
                        .filter(|&&t| t > at)
                        .min()?;
                    Some((std::cmp::Reverse(*t), i))
                })
                .max()
                .map(|(_, i)| i)
        };
        before.or_else(after).or_else(|| candidates().last())
    }

    /// Records one more mention of an actor by a description or a pronoun
    /// ("the source", "the council's spokesperson") ending at `token`.
    pub fn mention(&mut self, actor: usize, span: Span, token: usize) {
        self.list[actor].mentions.push(span);
        self.list[actor].mention_tokens.push(token);
    }

    /// Records another written form of an actor.
    pub fn add_alias(&mut self, actor: usize, written: &str, span: Span, token: usize) {
        let a = &mut self.list[actor];
        if a.name != written && !a.aliases.iter().any(|x| x == written) {
            a.aliases.push(written.to_string());
            self.keys[actor].aliases.push(fold(written));
        }
        self.mention(actor, span, token);
    }

    pub fn add_role(&mut self, actor: usize, role: &str, at: usize) {
        add_role(&mut self.list[actor], role, at);
    }
}

/// He or she from an honorific or title before the name ("Mr", "Dame").
fn honorific_gender(name: &Name) -> Option<Pronoun> {
    if !name.titled {
        return None;
    }
    // Word by word, without a lowercase copy: this runs for every titled mention.
    let role = name.role.as_deref().unwrap_or("");
    let words = || role.split(|c: char| !c.is_alphanumeric());
    let any_of = |set: &[&str]| words().any(|w| set.iter().any(|s| w.eq_ignore_ascii_case(s)));
    if any_of(&["mr", "sir", "lord", "king", "prince"]) {
        Some(Pronoun::He)
    } else if any_of(&["mrs", "ms", "miss", "dame", "lady", "queen", "princess"]) {
        Some(Pronoun::She)
    } else {
        None
    }
}

fn add_role(actor: &mut Actor, role: &str, at: usize) {
    let role = role.trim().trim_matches(',').trim();
    if role.is_empty() {
        return;
    }
    match actor
        .roles
        .iter()
        .position(|r| r.eq_ignore_ascii_case(role))
    {
        Some(known) => actor.role_tokens[known] = actor.role_tokens[known].min(at),
        None => {
            actor.roles.push(role.to_string());
            actor.role_tokens.push(at);
        }
    }
}

/// The name as written, without a possessive ending.
pub fn name_text<'t>(
    text: &'t str,
    tokens: &[Token<'_>],
    first: usize,
    end: usize,
) -> std::borrow::Cow<'t, str> {
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
    // Usually written with single spaces already: one allocation, no join.
    let single_spaced = raw
        .split(' ')
        .all(|w| !w.is_empty() && !w.contains(char::is_whitespace));
    if single_spaced {
        return std::borrow::Cow::Borrowed(raw);
    }
    std::borrow::Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether `a` becomes `b` by one letter dropped, added, changed, or two
/// neighbours swapped (and they differ).
fn one_edit_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]
        }
    }
}
