//! Speaker rules, one invented paragraph each: the shape of text a rule exists
//! for, and the speaker every direct quote must get. The annotated articles
//! measure quality; these pin each rule so a later change cannot undo it
//! unnoticed.

use claimscope_extract::{extract, QuoteKind};

/// The speaker's name for each direct quote, in reading order.
fn speakers(text: &str) -> Vec<Option<String>> {
    let x = extract(text);
    x.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.speaker.map(|s| x.actors[s as usize].name.clone()))
        .collect()
}

/// Every direct quote is given to the person with this surname.
fn assert_all_by(text: &str, surname: &str) {
    let found = speakers(text);
    assert!(!found.is_empty(), "no direct quotes in {text:?}");
    for (i, s) in found.iter().enumerate() {
        assert!(
            s.as_deref().is_some_and(|s| s.ends_with(surname)),
            "quote {i}: {s:?}, not {surname}, in {text:?}"
        );
    }
}

#[test]
fn a_demonym_after_an_honorific_is_a_surname() {
    assert_all_by(
        "Gadgets\n\nMaria Irish, editor of a gadget magazine, spoke first. \"The new player is \
         good,\" said Ms Irish. \"Demand is huge,\" said Ms Irish. \"Gadgets are lifestyle \
         products now.\"\n",
        "Irish",
    );
}

#[test]
fn a_sentence_opened_by_a_person_is_theirs_past_its_first_comma() {
    let text = "Coach faces inquiry\n\nThe federation has acted against coach Luis Aragones over \
                comments about Thierry Henry.\n\nAragones insisted the comments, made to \
                Henry's club-mate Jose Reyes, were meant to motivate the player.\n\n\"I never \
                intended to offend anyone,\" he said at the time.\n";
    assert_all_by(text, "Aragones");
}

#[test]
fn a_role_after_a_quote_is_not_an_age() {
    let x =
        extract("Title\n\nThe toy sold out. \"It is this year's Tracey Island,\" said Mr Jones.\n");
    for actor in &x.actors {
        let role = actor.role.as_deref().unwrap_or("");
        assert!(!role.contains("year-old"), "{}: {role:?}", actor.name);
    }
}

#[test]
fn a_surname_ending_like_a_participle_is_a_name_mid_sentence() {
    assert_all_by(
        "Title\n\nRobin Soderling won the final on Sunday afternoon. \"I'm delighted,\" said \
         Soderling. \"I was really on form.\"\n",
        "Soderling",
    );
}

#[test]
fn a_nationality_as_a_noun_is_the_person_the_article_is_about() {
    assert_all_by(
        "Davenport hits out at the tournament\n\nWorld number one Lindsay Davenport has criticised the tournament over prize \
         money.\n\nReacting to a comment by chairman Tim Phillips, the American said: \"I think \
         it is highly insulting.\"\n",
        "Davenport",
    );
}

#[test]
fn the_spokesman_is_the_one_already_met_not_a_name_in_his_quote() {
    assert_all_by(
        "Troops to help\n\nDowning Street said an offer might be made. However a spokesman \
         pointed out that there were difficulties. The spokesman said: \"The government has \
         offered a company from 2nd Battalion Royal Gurkha Rifles. \"This is in addition to the \
         ships.\"\n",
        "spokesman",
    );
}

#[test]
fn former_is_no_part_of_a_name() {
    let x = extract(
        "Title\n\nMarcel Desailly insists Chelsea will win.\n\nFormer Chelsea captain Desailly \
         says there is no comparison. \"They are much stronger,\" the 36-year-old said.\n",
    );
    assert!(x.actors.iter().all(|a| !a.name.starts_with("Former")));
    assert_all_by(
        "Title\n\nMarcel Desailly insists Chelsea will win.\n\nFormer Chelsea captain Desailly \
         says there is no comparison. \"They are much stronger,\" the 36-year-old said.\n",
        "Desailly",
    );
}

#[test]
fn a_name_modifying_a_description_is_not_its_referent() {
    assert_all_by(
        "Beckham rules out management\n\nReal Madrid midfielder David Beckham has no plans to \
         become a manager.\n\n\"I am not interested in being a coach,\" the England captain said \
         on television.\n",
        "Beckham",
    );
    assert_all_by(
        "Ferguson backs Smith\n\nAlex Ferguson has backed Walter Smith for the job.\n\nFerguson \
         said: \"He would be the outstanding candidate.\" The Man Utd boss continued: \"I do not \
         know what credentials are needed.\"\n",
        "Ferguson",
    );
}

#[test]
fn a_party_before_a_name_is_a_role() {
    let x = extract(
        "Title\n\nBut fellow Tory David Heathcoat-Amory said the system was folly. \"The pact \
         has turned out to be a fake,\" he said.\n",
    );
    assert!(
        x.actors.iter().any(|a| a.name == "David Heathcoat-Amory"),
        "{:?}",
        x.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
    assert_all_by(
        "Title\n\nBut fellow Tory David Heathcoat-Amory said the system was folly. \"The pact \
         has turned out to be a fake,\" he said.\n",
        "Heathcoat-Amory",
    );
}
