//! Claim-source rules, one invented paragraph each: the shape of sentence a
//! rule exists for, and the body or person its claim is attributed to. As in
//! `speakers.rs`, the annotated articles measure quality; these pin each rule.

use claimscope_extract::extract;

/// The source of the claim whose text starts with `opening`.
fn source_of(text: &str, opening: &str) -> Option<String> {
    let x = extract(text);
    let claim = x
        .claims
        .iter()
        .find(|c| text[c.span.range()].starts_with(opening))
        .unwrap_or_else(|| panic!("no claim opens with {opening:?} in {text:?}"));
    claim.source.map(|s| x.actors[s as usize].name.clone())
}

#[test]
fn a_name_and_estimates_then_a_clause_is_the_names_estimate() {
    let text = "Hybrid sales\n\nResearch group Motorwatch estimates sales will reach 200,000 in \
                2005, despite higher prices.\n";
    assert_eq!(
        source_of(text, "Research group").as_deref(),
        Some("Motorwatch")
    );
}

#[test]
fn a_sentence_adverb_between_commas_does_not_hide_the_subject() {
    let text = "Carmakers\n\nOthers remain more sceptical. Brandtwerke, meanwhile, says it will \
                focus on diesel engines instead.\n";
    assert_eq!(
        source_of(text, "Brandtwerke").as_deref(),
        Some("Brandtwerke")
    );
}

#[test]
fn it_in_a_joined_clause_is_the_body_that_opens_the_sentence() {
    let text = "Carmakers\n\nGM has a hybrid pickup on the market and is showing two concept \
                cars in Detroit. Even sports car maker Porsche may join the race, although it \
                insists it is still considering whether to build one.\n";
    assert_eq!(source_of(text, "Even sports").as_deref(), Some("Porsche"));
}

#[test]
fn it_after_reported_words_is_their_reporter_not_the_subject() {
    let text = "Rules\n\nThe Securities Commission said it had considered the rules of other \
                countries. The European Union, in particular, was imposing new reporting \
                standards in 2005, it noted.\n";
    assert_eq!(
        source_of(text, "The European Union").as_deref(),
        Some("Securities Commission")
    );
}

#[test]
fn research_from_a_described_body_is_the_bodys() {
    let text = "Mail\n\nAccording to research from message analysts the Radicati Group, up to \
                45% of business information is stored in e-mail.\n";
    assert_eq!(
        source_of(text, "According to").as_deref(),
        Some("Radicati Group")
    );
}

#[test]
fn a_body_before_comma_which_said_is_the_source() {
    let text = "Roma\n\nIt took up the case of six travellers, and that of the European Roma \
                Rights Centre, which said the measures unfairly penalised Roma people.\n";
    assert_eq!(
        source_of(text, "It took up").as_deref(),
        Some("European Roma Rights Centre")
    );
}

#[test]
fn a_body_that_reported_that_is_the_claims_source() {
    let text = "Computers\n\nLast year, the Office for National Statistics reported that more \
                than half of all households had a home computer.\n";
    assert_eq!(
        source_of(text, "Last year").as_deref(),
        Some("Office for National Statistics")
    );
}

#[test]
fn according_to_figures_released_by_a_body_is_that_body() {
    let text = "Music\n\nUK consumers buy the most music, according to new figures released \
                on Tuesday by the British Phonographic Industry (BPI).\n";
    assert_eq!(
        source_of(text, "UK consumers").as_deref(),
        Some("British Phonographic Industry")
    );
}

#[test]
fn an_agency_closing_a_sentence_with_reported_is_its_source() {
    let text = "Bid\n\nA second investor backs a payout to shareholders, Wirenet news agency \
                reported.\n";
    assert_eq!(source_of(text, "A second").as_deref(), Some("Wirenet"));
}

#[test]
fn a_named_poll_is_the_source_of_what_it_suggests_not_the_paper_printing_it() {
    let text = "Poll\n\nA Pollwise poll in the Daily Bugle suggested 75% of voters backed the \
                plan.\n";
    assert_eq!(
        source_of(text, "A Pollwise").as_deref(),
        Some("Pollwise poll")
    );
}

#[test]
fn government_figures_are_the_governments() {
    let text = "Trade\n\nThe surplus is growing, according to Chinese government figures.\n";
    assert_eq!(
        source_of(text, "The surplus").as_deref(),
        Some("Chinese government")
    );
}

#[test]
fn the_government_continuing_to_insist_is_the_source() {
    let text = "Orders\n\nBut the government is continuing to insist that orders must be \
                issued by a minister.\n";
    assert_eq!(source_of(text, "But the").as_deref(), Some("government"));
}

#[test]
fn a_verb_in_scare_quotes_still_has_its_subject() {
    let text = "Stance\n\nCampaign group the Life League \"congratulated\" Mr Jones on his \
                stance, but said it did not go far enough.\n";
    assert_eq!(source_of(text, "Campaign").as_deref(), Some("Life League"));
}

#[test]
fn a_post_after_the_then_its_holder_between_commas_is_the_holder() {
    let text = "Church\n\nThe Anglican Bishop of Exeter, the Right Reverend John Marsh, told \
                the radio that the church wanted people to reflect before voting.\n";
    let source = source_of(text, "The Anglican");
    assert!(
        source.as_deref().is_some_and(|s| s.ends_with("John Marsh")),
        "{source:?}"
    );
}

#[test]
fn a_body_with_its_short_form_then_who_say_is_the_source() {
    let text = "Visas\n\nThe stance is endorsed by the Music Makers' Guild (MMG), who say \
                British artists face an uphill struggle.\n";
    assert_eq!(
        source_of(text, "The stance").as_deref(),
        Some("Music Makers' Guild")
    );
}

#[test]
fn a_company_named_by_a_function_word_speaks_and_newspapers_speculate() {
    // "Next": a word of grammar, capitalised inside sentences as a speaker
    // and an owner, is a name there and where it opens a sentence.
    let text = "Sales\n\nNext has said its profit will be lower. \"Clearance rates have been \
                below our expectations,\" the company said. Next's shares fell 3%. Overall \
                sales rose 12%, Next said. Newspapers speculated that the chain would cut \
                prices.\n";
    let x = extract(text);
    let next = x.actors.iter().find(|a| a.name == "Next");
    assert!(
        next.is_some_and(|a| a.kind == claimscope_extract::Kind::Organization),
        "{next:?}"
    );
    assert_eq!(
        x.quotes[0]
            .speaker
            .map(|s| x.actors[s as usize].name.as_str()),
        Some("Next")
    );
    assert_eq!(source_of(text, "Newspapers").as_deref(), Some("newspapers"));
}
