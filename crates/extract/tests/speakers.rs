//! Speaker rules, one invented paragraph each: the shape of text a rule exists
//! for, and the speaker every direct quote must get. The annotated articles
//! measure quality; these pin each rule so a later change cannot undo it
//! unnoticed.

use claimscope_extract::{extract, Actor, Extraction, QuoteKind};

/// The speaker's name for each direct quote, in reading order.
fn speakers(text: &str) -> Vec<Option<String>> {
    let x = extract(text);
    x.quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| q.speaker.map(|s| x.actors[s as usize].name.clone()))
        .collect()
}

/// The speaker's name for every quote, of any kind, in reading order.
fn quote_speakers(x: &Extraction) -> Vec<Option<&str>> {
    x.quotes
        .iter()
        .map(|q| q.speaker.map(|s| x.actors[s as usize].name.as_str()))
        .collect()
}

/// Who the first quote is given to.
fn first_speaker(x: &Extraction) -> Option<&Actor> {
    x.quotes[0].speaker.map(|s| &x.actors[s as usize])
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

#[test]
fn a_name_inside_the_new_speakers_quote_does_not_keep_the_floor() {
    let text = "Cup won\n\nPeter Novak won his match. \"I would like to thank Anna,\" Novak \
                said.\n\nBut Anna Kowalska hit back to take the next two sets. \"I was so \
                nervous because I wanted to win for Peter as he played so well,\" she said.\n";
    assert_eq!(
        speakers(text),
        [Some("Peter Novak".into()), Some("Anna Kowalska".into())]
    );
}

#[test]
fn a_person_of_a_country_is_the_person() {
    assert_all_by(
        "Upset in Auckland\n\nThe top seed lost to Olivier Rochus of Belgium on Thursday. \
         Rochus is delighted with his form. \"It's been two great weeks for me,\" he said.\n",
        "Rochus",
    );
}

#[test]
fn a_name_modifying_a_role_is_not_the_subject() {
    assert_all_by(
        "Comic attacks TV\n\nRonnie Corbett has joined other stars in attacking television.\n\n\
         Speaking to a magazine, the Two Ronnies star said there is too much bad language. \
         \"You get fed up watching shows with not much care,\" he complained. Next year the \
         Only Fools star Dan Lyle will join him.\n",
        "Corbett",
    );
}

#[test]
fn a_first_name_tells_he_from_she() {
    let text = "Stars attack TV\n\nIn an interview published in a magazine in January, Victoria \
                Wood slated comedian Ali Khan for his brand of humour.\n\n\"It's a shame people \
                can't just write a script,\" she said.\n";
    assert_all_by(text, "Wood");
}

#[test]
fn mr_and_a_womans_first_name_are_two_people() {
    let text = "Trial latest\n\nMr Jackson, 46, denies the charges. His mother Katherine Jackson \
                told a TV network that her son was innocent. \"I know his character,\" she \
                said. Mr Jackson was in court.\n";
    assert_all_by(text, "Katherine Jackson");
}

#[test]
fn the_source_is_the_source_already_met() {
    let text = "Campaign\n\nA Labour source told a newspaper the adviser would \"front\" the \
                campaign but said he would have no title.\n\nParty strategists told the paper \
                he would be set loose. \"It is our turn,\" the source told the paper.\n";
    let x = extract(text);
    let names = quote_speakers(&x);
    assert_eq!(names, [Some("Labour source"), Some("Labour source")]);
}

#[test]
fn of_two_quotes_back_to_back_the_cue_speaks_for_the_second() {
    let text = "Output rises\n\nFactory output rose in November.\n\nCapacity use rose to 77.6%. \
                \"Investors think inflation won't be a problem until 80%,\" Cary Leahy, an \
                economist at a bank, said. \"So there is still a lot of slack,\" \"Overall \
                manufacturing continues to improve,\" Citigroup economist Steven Wieting \
                added.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Cary Leahy".into()),
            Some("Cary Leahy".into()),
            Some("Steven Wieting".into())
        ]
    );
}

#[test]
fn a_slogan_in_quotes_is_a_name_for_words_not_a_quote() {
    let x = extract(
        "Campaign\n\nThe party chief spoke on Monday.\n\nMr Milburn said the party's slogan would \
         be \"Britain is working - Don't let them wreck it.\"\n",
    );
    let kinds: Vec<_> = x.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Scare]);
}

#[test]
fn a_titled_person_opening_the_sentence_is_its_subject_past_a_list() {
    assert_all_by(
        "Schools warned\n\nSchools must teach citizenship, says the watchdog.\n\nMr Bell said \
         Muslim, Jewish and Evangelical Christian schools must do more. \"Diversity must not \
         mean separate lives,\" he said.\n",
        "Bell",
    );
}

#[test]
fn sentences_opened_by_she_carry_the_subject_before_them() {
    assert_all_by(
        "Holmes to race\n\nKelly Holmes will start the year with a series of races.\n\nHolmes will \
         make her first appearance in Glasgow. She will also run in the Grand Prix in \
         Birmingham. \"I am still competitive and still want to win,\" she said.\n",
        "Holmes",
    );
}

#[test]
fn a_role_word_opening_the_sentence_is_no_part_of_the_name() {
    let x = extract(
        "Star sells up\n\nBroadcaster Chris Evans has begun selling his possessions.\n\nAsked \
         why, Evans said: \"I just want to get rid of it all.\"\n",
    );
    let speaker = first_speaker(&x);
    assert_eq!(speaker.map(|a| a.name.as_str()), Some("Chris Evans"));
    assert_eq!(
        speaker.map(|a| a.kind),
        Some(claimscope_extract::Kind::Person)
    );
}

#[test]
fn went_on_reports_speech_but_went_on_to_become_does_not() {
    let text = "Howard attacks\n\nTory leader Michael Howard went on the offensive over a new \
                book.\n\nMr Howard said Mr Blunkett had complained of a \"giant mess\". The Tory \
                leader went on: \"He doesn't stop there.\" Mr Cunningham went on to become the \
                \"cabinet enforcer\".\n";
    let x = extract(text);
    let by: Vec<_> = x
        .quotes
        .iter()
        .map(|q| {
            (
                q.kind,
                q.speaker.map(|s| x.actors[s as usize].name.as_str()),
            )
        })
        .collect();
    assert_eq!(by[1], (QuoteKind::Direct, Some("Michael Howard")), "{by:?}");
    assert_eq!(by[2].1, None, "{by:?}");
}

#[test]
fn a_bracketed_short_form_before_the_verb_stands_for_the_name() {
    let text = "Charts\n\nDownload sales are rising.\n\nA spokesman for the British Phonographic \
                Industry (BPI) said the chart was due \"within the first half of this year\". \
                \"Work is going on across the music business,\" he said.\n";
    let x = extract(text);
    let names = quote_speakers(&x);
    assert_eq!(
        names,
        [
            Some("British Phonographic Industry"),
            Some("British Phonographic Industry")
        ]
    );
}

#[test]
fn for_example_opens_a_phrase_not_a_subject() {
    assert_all_by(
        "Shortlists\n\nOne constituency, West Ham, was to get a women-only shortlist.\n\nMr \
         Phillips said the law might change. For example in West Ham, this might allow only \
         women to stand. \"We cannot go on the same way,\" he said.\n",
        "Phillips",
    );
}

#[test]
fn a_name_that_only_opens_sentences_is_still_a_name() {
    assert_all_by(
        "Champion through\n\nThe top seed won when his opponent retired hurt.\n\nFederer had been \
         in patchy form until then. Federer admitted he was under extra pressure. \"They are so \
         used to me winning,\" he said.\n",
        "Federer",
    );
}

#[test]
fn a_person_before_an_apposed_title_speaks() {
    assert_all_by(
        "Hospital stops treatment\n\nA hospital will stop treating patients from Wales.\n\n\
         Earlier, David Rose, Chief Executive of Hereford Hospitals NHS Trust, had said: \"It is \
         with real regret that we have taken this step.\"\n",
        "Rose",
    );
}

#[test]
fn a_time_between_subject_and_verb_is_skipped() {
    let x = extract(
        "Referendum\n\nThe question was published.\n\nThe Electoral Commission on Thursday said \
         it was satisfied the question was \"easy to understand\".\n",
    );
    let speaker = first_speaker(&x).map(|a| a.name.as_str());
    assert_eq!(speaker, Some("Electoral Commission"));
}

#[test]
fn a_name_in_a_relative_clause_is_not_the_subject() {
    assert_all_by(
        "Captaincy\n\nPaul Sculthorpe has admitted he would love to be captain.\n\nThe \
         27-year-old, who captained St Helens to Challenge Cup success last year, said it would \
         be a challenge. \"Andy would be a hard act to follow,\" he said.\n",
        "Sculthorpe",
    );
}

#[test]
fn a_month_that_is_a_known_surname_is_the_person() {
    assert_all_by(
        "Queen return\n\nGuitarist Brian May has said he expects to tour from April.\n\nMay said: \
         \"The Phoenix is rising again.\" \"We were amazed at the chemistry,\" May wrote on his \
         website.\n",
        "May",
    );
}

#[test]
fn it_is_the_organisation_the_sentences_before_are_about() {
    let text = "Dam firm in row\n\nThe Beijing News said the company may pay a fine.\n\nThe China \
                Three Gorges Project Corp could now face a fine. Last week, it denied that its \
                projects broke rules. \"We have always abided by the law,\" it said.\n";
    let x = extract(text);
    let speaker = first_speaker(&x).map(|a| a.name.as_str());
    assert_eq!(speaker, Some("China Three Gorges Project Corp"));
}

#[test]
fn the_organisation_is_the_body_the_sentence_before_is_about() {
    let text = "Domain scams\n\nThe UK Internet Forum warned of scams. The UK Internet Forum said \
                browsers must change.\n\nCENTR, the Council of European National Top Level \
                Domain Registries, agrees. \"A rush to disable them is an overly-zealous step,\" \
                the organisation said in a statement.\n";
    let x = extract(text);
    let speaker = first_speaker(&x).map(|a| a.name.as_str());
    assert_eq!(speaker, Some("CENTR"));
}

#[test]
fn and_inside_a_departments_name_joins_it() {
    let x = extract(
        "Schools\n\nTruancy sweeps start on Monday.\n\nA Department for Education and Skills \
         spokeswoman said the venture had been \"ambitious\".\n",
    );
    let speaker = first_speaker(&x).map(|a| a.name.as_str());
    assert_eq!(speaker, Some("Department for Education and Skills"));
    // Two people joined by "and" stay two.
    let x = extract("Cup\n\nThen Hantuchova and Hrbaty won the doubles.\n");
    assert!(
        x.actors.iter().any(|a| a.name == "Hantuchova"),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_spokesman_speaks_for_a_body_not_a_person() {
    let x = extract(
        "Mac mini\n\nThe machine is small.\n\n\"The Mac Mini puts the Macintosh within the reach \
         of everyone,\" an Apple spokesman said.\n",
    );
    let speaker = first_speaker(&x);
    assert_eq!(speaker.map(|a| a.name.as_str()), Some("Apple"));
    assert_ne!(
        speaker.map(|a| a.kind),
        Some(claimscope_extract::Kind::Person)
    );
}

#[test]
fn the_statement_is_the_body_that_just_spoke_through_it() {
    let text = "Candidate quits\n\nDanny Kruger had been due to stand in Sedgefield for the \
                Conservatives. He will not stand for fear of damaging the Conservatives.\n\nIn \
                a statement, the party said the comment had been taken out of context. \"He \
                fully supports the party's policies,\" said the statement. \"However, he has \
                decided not to stand.\"\n";
    let x = extract(text);
    let names = quote_speakers(&x);
    assert!(
        names
            .iter()
            .all(|n| n.is_some_and(|n| n.contains("Conservative"))),
        "{names:?}"
    );
}

#[test]
fn a_hyphenated_adjective_before_a_surname_is_no_part_of_the_name() {
    let text = "Prize night\n\nSinger Anna Marsh took the top award on Friday. Celebrating, the \
                Grammy-winning Marsh told reporters: \"I did not expect to win anything.\"\n";
    assert_eq!(speakers(text), [Some("Anna Marsh".to_string())]);
}

#[test]
fn the_title_alone_is_the_person_who_just_spoke_or_holds_it() {
    // The shadow office is another office; the one who just spoke holds the title.
    let text = "Campaign row\n\nShadow home secretary Paul Green attacked the plans. \"It is \
                chaos,\" he said.\n\nIn a speech Mr Lane said of his rival: \"He is not \
                serious.\" The Home Secretary told the BBC: \"I meant every word.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("Paul Green".to_string()),
            Some("Lane".to_string()),
            Some("Lane".to_string())
        ]
    );
}

#[test]
fn the_prime_minister_is_not_the_deputy_prime_minister() {
    let text = "Dinner talk\n\nAt a dinner hosted by Deputy Prime Minister Tom Ashby the talk \
                turned to the future. Tony Hale listened. The prime minister said: \"I will \
                stay.\"\n";
    assert_ne!(speakers(text), [Some("Tom Ashby".to_string())]);
}

#[test]
fn lib_dems_are_a_party_not_a_person() {
    let x = extract(
        "Tax plans\n\nThe Lib Dems said the plans were unfair. \"We will fight them,\" said \
         Lib Dem spokesman Alan Reid.\n",
    );
    assert!(x
        .actors
        .iter()
        .all(|a| !(a.name.starts_with("Lib Dem") && a.kind == claimscope_extract::Kind::Person)));
    assert_eq!(quote_speakers(&x), [Some("Alan Reid")]);
}

#[test]
fn a_short_opening_phrase_before_the_subject_is_skipped() {
    let text = "Rally\n\nMary Cole has urged supporters to vote. The minister said the \
                choice was clear.\n\nTo a packed hall at the Civic Centre, Ms Cole accused \
                shadow minister Peter Dunn of plotting cuts. Turning to housing she said: \"We \
                will build more homes.\"\n";
    assert_all_by(text, "Cole");
}

#[test]
fn a_nationality_opening_the_sentence_is_the_person_the_article_names_most() {
    let text = "Injury blow\n\nMark Tully has pulled out of the tournament. Tully tore a muscle \
                in training and Tully now faces weeks out.\n\n\"He needs rest,\" said team \
                doctor Hamish Reid. \"It will take a month.\"\n\n\"The injury is common in \
                footballers.\" The Australian has suffered many injuries but still hopes to \
                play. \"It's something I'll go by feel,\" he said.\n";
    let found = speakers(text);
    assert_eq!(
        found.last(),
        Some(&Some("Mark Tully".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_word_with_an_inner_capital_or_a_who_clause_is_a_person() {
    let text = "Awards\n\nJamie Hart won best actor.\n\n\"I am thrilled,\" Hart said.\n\n\
                McAllister, who lost out on the award to Hart, will face him again next \
                month.\n\n\"It is the first time I have been nominated,\" he told \
                reporters.\n";
    let found = speakers(text);
    assert_eq!(
        found.last(),
        Some(&Some("McAllister".to_string())),
        "{found:?}"
    );
}

#[test]
fn a_surname_that_names_a_place_is_the_person() {
    let text = "Rapper's rise\n\nUS star Kanye West rose to fame producing songs for rapper \
                Jay Dee. West began rapping as a teenager. \"I feel the soul is in me,\" he \
                said.\n";
    assert_all_by(text, "West");
}

#[test]
fn reading_out_a_speech_voices_the_quote_that_follows() {
    let text = "Awards\n\nBest actor Sam Fox could not attend, but actress Helen Moor read out \
                his acceptance speech. \"I am honoured to receive this award.\" He apologised \
                for missing the night, joking: \"I am stuck on a film set.\"\n";
    assert_eq!(
        speakers(text),
        [Some("Helen Moor".to_string()), Some("Sam Fox".to_string())]
    );
}

#[test]
fn a_description_before_a_second_verb_is_the_subject() {
    let text = "Row goes on\n\nArsene Wenger refused to comment on Saturday. But later, \
                according to a newspaper, Wenger spoke to reporters. \"I have nothing to say \
                about him,\" the Arsenal boss is quoted as saying.\n";
    assert_all_by(text, "Wenger");
}

#[test]
fn but_joked_that_shares_the_speaker_of_said() {
    let x = extract(
        "Red carpet\n\nActress Sienna Hill told reporters the night was \"intense\". Young \
         star Emma Wood plays a witch in the films. The 14-year-old said she hoped to meet \
         the stars but joked that \"they are a little too old for me\".\n",
    );
    assert_eq!(quote_speakers(&x).last(), Some(&Some("Emma Wood")));
}

#[test]
fn what_a_naming_verb_takes_is_a_partial_quote() {
    let x = extract(
        "Pirate jailed\n\nA trader from Leeds, Sam Hale, was called \"one of the biggest film \
         pirates in the country\" by the judge on Tuesday.\n",
    );
    assert_eq!(x.quotes[0].kind, QuoteKind::Partial);
}

#[test]
fn a_participle_of_a_speech_verb_gives_its_quote_the_clause_subject() {
    let x = extract(
        "Seat change\n\nMr Paul Hart was first elected in 1987, declaring \"today Leeds, \
         tomorrow the world\".\n",
    );
    assert_eq!(quote_speakers(&x), [Some("Paul Hart")]);
}

#[test]
fn a_name_before_who_said_speaks_with_or_without_a_comma() {
    let text =
        "Games row\n\nThe call was backed by Culture Secretary Tessa Jowell who said: \"You \
                would not let your child watch that film.\"\n";
    assert_all_by(text, "Jowell");
}

#[test]
fn a_person_named_after_with_speaks_through_the_participle() {
    let x = extract(
        "Budget rules\n\nBerlin welcomed the decision. However Paris was more subdued, with \
         finance minister Herve Gaymard telling parliament: \"We must continue along this path \
         of saving money.\"\n",
    );
    assert_eq!(quote_speakers(&x), [Some("Herve Gaymard")]);
    // But the person praised is not the one saying.
    let text = "Praise\n\nAt the briefing Tony Blair heaped praise on Mr Brown saying: \"He is \
                doing a great job.\"\n";
    assert_all_by(text, "Blair");
}

#[test]
fn an_acronym_is_the_body_whose_initials_it_spells() {
    let x = extract(
        "Tourist boom\n\nThe World Tourism Organisation counted more visitors in Asia. \"India \
         continues to post excellent results,\" the WTO said.\n",
    );
    assert_eq!(quote_speakers(&x), [Some("World Tourism Organisation")]);
}

#[test]
fn a_nationality_stands_for_the_person_given_it_or_not_given_another() {
    let text = "Lopez wins in Oslo\n\nMaria Lopez beat Ingrid Weber in the final in Oslo.\n\n\
        The 30-year-old Spaniard won 6-3 6-4. \"It feels great,\" said Lopez. \"I played well.\" \
        Weber was the stronger server. \"It was my first final,\" said the German. \"I will be back.\"\n";
    let found = speakers(text);
    let surnames: Vec<_> = found
        .iter()
        .map(|s| s.as_deref().and_then(|s| s.split(' ').next_back()))
        .collect();
    assert_eq!(
        surnames,
        [Some("Lopez"), Some("Lopez"), Some("Weber"), Some("Weber")]
    );
}

#[test]
fn a_bracketed_short_form_spelling_a_list_keeps_the_whole_name() {
    let text = "Rules tightened\n\nThe State Administration of Radio, Film and Television (SARFT), \
        which regulates broadcasting, issued new rules. The SARFT said: \"Partners must be vetted.\"\n";
    assert_eq!(
        speakers(text),
        [Some(
            "State Administration of Radio, Film and Television".to_string()
        )]
    );
}

#[test]
fn a_plural_possessive_ends_a_name_unless_a_body_follows() {
    let text = "Odds shorten\n\nLadbrokes' Warren Lush said: \"It's going to be close.\" \
        The Musicians' Union said: \"We are disappointed.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("Warren Lush".to_string()),
            Some("Musicians' Union".to_string())
        ]
    );
}

#[test]
fn groups_named_with_a_second_cue_are_cited() {
    let text = "Trial hears of call\n\nMs Kite said she received a call from an associate, \
        Marc Schaffel, who said the family had left. BBC correspondents say the reference is important.\n";
    let x = extract(text);
    for name in ["Marc Schaffel", "BBC correspondents"] {
        let actor = x.actors.iter().find(|a| a.name == name);
        assert!(actor.is_some_and(|a| a.cited), "{name}: {actor:?}");
    }
}

#[test]
fn a_lone_surname_is_the_namesake_named_last_before_it() {
    let text = "Wales stay calm\n\nRhys Williams says Wales are not thinking of the title. \
        \"That's the last thing on our minds,\" said Williams. Matt Williams' side has shown little. \
        Sir Ian Blair warned of attacks. Tony Blair defended the plans. Sir Ian spoke to officers. \
        But Mr Blair insisted: \"There is no greater liberty.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("Rhys Williams".to_string()),
            Some("Tony Blair".to_string())
        ]
    );
}

#[test]
fn a_role_word_opening_the_sentence_is_not_part_of_the_name() {
    let text = "Arsenal cruise\n\nStriker Thierry Henry scored twice. \
        He said: \"What matters is winning.\"\n";
    assert_eq!(speakers(text), [Some("Thierry Henry".to_string())]);
}

#[test]
fn a_question_keeps_an_attribution_through_a_possessive_role() {
    let text = "Film row\n\nDirector Anurag Kashyap said the release should go ahead. \
        \"How can you go against the movie?\" Mr Kashyap's lawyer Mihir Desai said.\n";
    assert_eq!(speakers(text), [Some("Mihir Desai".to_string())]);
}

#[test]
fn a_team_before_a_post_is_the_post_holder() {
    let text = "Lions plan\n\nLions coach Clive Woodward named his squad. Eddie Jones praised it. \
        \"Their performance was simply awesome,\" said the Lions coach. \
        \"We have a solid foundation,\" said Nortel president and chief executive Bill Owens.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Clive Woodward".to_string()),
            Some("Bill Owens".to_string())
        ]
    );
}

#[test]
fn a_quote_after_reported_speech_is_the_reporter_s_even_after_a_long_appositive() {
    let text = "Google row\n\n\"We are fine,\" Google said.\n\nCory Doctorow, European outreach \
        coordinator for the Electronic Frontier Foundation, said that Google should not be \
        penalised. \"Of course Google should be allowed to direct people.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("Google".to_string()),
            Some("Cory Doctorow".to_string())
        ]
    );
}

#[test]
fn an_appositive_without_its_closing_comma_keeps_the_name_before_it() {
    let text = "TV future\n\nViewers are changing. \"We will see it in the UK,\" Adam Hume, the BBC \
        Broadcast's futurologist told the website.\n\nLindsay Davenport criticised Wimbledon. \
        Reacting to a comment by club chairman Tim Phillips, the American said: \"It is insulting.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("Adam Hume".to_string()),
            Some("Lindsay Davenport".to_string())
        ]
    );
}

#[test]
fn a_body_named_with_a_short_word_after_a_demonym_is_a_body() {
    let text = "Storm losses\n\nDisasters cost insurers $42bn, according to Swiss Re. \
        \"2004 reinforces the trend,\" said Swiss Re. Contrack International withdrew from a contract. \
        \"We remain committed to Iraq,\" it said in a statement.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Swiss Re".to_string()),
            Some("Contrack International".to_string())
        ]
    );
}

#[test]
fn the_article_s_main_person_is_the_one_the_writer_names_most() {
    let text = "Gallas backs Chelsea\n\n\"We will be challenging,\" Gallas told the paper. \
        \"Mourinho is great. Mourinho is clever. Mourinho wins,\" added Gallas.\n\n\
        William Gallas has been given confidence by manager Jose Mourinho.\n\n\
        And the French international defender believes Mourinho is suited to the job. \
        \"He is the icing on the cake,\" he said.\n";
    let found = speakers(text);
    assert_eq!(
        found.last().cloned().flatten().as_deref(),
        Some("William Gallas"),
        "{found:?}"
    );
}

#[test]
fn a_clause_between_dashes_and_a_post_without_commas_keep_the_name() {
    let text = "Apology welcomed\n\nOne of the Guildford Four, Gerry Conlon - who was wrongly \
        convicted - said the families were delighted. \"It's a day I never thought would come.\"\n\n\
        Cairn said the field was strong. \"This area looks very strong,\" Dr Mike Watts head of \
        exploration said.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Gerry Conlon".to_string()),
            Some("Mike Watts".to_string())
        ]
    );
}

#[test]
fn a_participle_opening_a_sentence_is_not_part_of_a_name() {
    let text =
        "Chelsea statement\n\nThe club acted quickly. Injured Chelsea striker Didier Drogba \
        watched from the stand. \"We have a zero tolerance policy,\" said Chelsea.\n";
    let x = extract(text);
    assert!(
        x.actors.iter().all(|a| !a.name.starts_with("Injured")),
        "{:?}",
        x.actors
    );
}

#[test]
fn a_person_from_a_body_before_a_comma_speaks() {
    let text = "Gadget show\n\n\"Everything is going digital,\" Kirsten Pfeifer from the Consumer \
        Electronics Association, told the BBC News website.\n";
    assert_eq!(speakers(text), [Some("Kirsten Pfeifer".to_string())]);
}

#[test]
fn she_is_the_woman_named_in_the_paragraph_before_a_nearer_unknown_name() {
    let text = "Festival goes on\n\nMr Prater's views were echoed by Christine Rush, director of \
        the sister event, the Bangkok Film Market. \"We have been careful,\" she said.\n\n\
        Skipper Jason Robinson believes the mood is good. \"There is no lack of confidence,\" \
        said the Sale full-back.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Christine Rush".to_string()),
            Some("Jason Robinson".to_string())
        ]
    );
}

#[test]
fn a_participle_shares_the_subject_of_an_irregular_past_verb() {
    let text = "Tennis final\n\nLinda Moss beat Clara Dunn in three sets.\n\nMoss paid tribute to Dunn, saying: \"She has had a hard year and played like a champion.\"\n";
    assert_all_by(text, "Moss");
}

#[test]
fn a_work_title_is_no_speaker_anywhere_in_the_article() {
    let text = "Short film prize\n\nJane Porter won for her drama Hornet.\n\nSet in her home town, Hornet tells the story of a young mother. \"I just start with an image and see what comes out,\" she explains.\n";
    assert_all_by(text, "Porter");
}

#[test]
fn a_described_subject_with_a_relative_clause_tells_a_channel() {
    let text = "MP fights on\n\nSacked MP Harold Kite says he will not stand down.\n\nThe MP, who is consulting his lawyers, told BBC News: \"They selected me and they can dispose of me.\"\n";
    assert_all_by(text, "Kite");
}

#[test]
fn a_quote_signed_with_a_name_alone_is_that_persons() {
    let text = "Growth to slow\n\nThe consultancy's chief economist Roger Boyle said: \"The biggest hit is yet to come.\"\n\nThe firm expects a series of rate cuts. \"It will probably mark the start of a more difficult period,\" Mr Boyle.\n";
    assert_all_by(text, "Boyle");
}

#[test]
fn a_report_with_its_reporter_after_a_comma_is_that_outlets_claim() {
    let text = "Jobs go\n\nHours before Friday's announcement, there was a funereal air at \
        the firm's headquarters, reported AP news agency. A sign had been turned into a shrine.\n";
    let x = extract(text);
    let source = x.claims[0]
        .source
        .map(|s| x.actors[s as usize].name.as_str());
    assert_eq!(source, Some("AP"), "{:?}", x.claims);
    assert!(x.actors.iter().any(|a| a.name == "AP" && a.cited));
    // "reported" anywhere else only tells.
    let told = extract("Shares fall\n\nThe firm reported a loss of $5m on Friday.\n");
    assert!(
        told.claims.iter().all(|c| c.source.is_none()),
        "{:?}",
        told.claims
    );
}

#[test]
fn a_surname_with_a_lowercase_particle_stays_with_its_first_name() {
    let text = "Awards night\n\nHollywood stars Leonardo diCaprio and Pierce Brosnan are in the audience.\n\nDiCaprio faces competition from Jamie Foxx and Johnny Depp. The crowd screamed when he arrived on the red carpet.\"It's unlike anything I've ever encountered,\" he told the BBC.\n";
    assert_all_by(text, "diCaprio");
}

#[test]
fn he_is_the_person_a_but_clause_ends_on() {
    let text = "Court row\n\nThe top official has defended the courts after criticism.\n\nLen Hewson said he had had a \"gutful\" of asking for a faster surface but Tennis Queensland's Geoff Pollard rejected his comments. \"We did ask for it to be made faster,\" he said.\n";
    assert_all_by(text, "Pollard");
}

#[test]
fn he_after_however_carries_the_subject_before() {
    let text = "New deal\n\nWasps are set to offer Matt Dawson a new deal.\n\nWasps coach Warren Gatland told the Daily Mirror: \"We will be offering Matt a new contract.\" Dawson played a vital part in the World Cup win but has fallen out of favour with the new coach. However he hopes the new deal will help him regain his place.\n\n\"Rugby is still my priority,\" he said.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Warren Gatland".to_string()),
            Some("Matt Dawson".to_string())
        ]
    );
}

#[test]
fn a_person_before_a_body_and_post_between_commas_speaks() {
    let text = "Payouts cut\n\nThe insurer cut its bonus rates. \"The stock market has grown,\" Axa spokesman Mark Hamilton, Axa spokesman, told BBC News.\n";
    assert_all_by(text, "Hamilton");
}

#[test]
fn an_outlet_then_its_noun_opens_the_clause_and_they_is_the_outlet() {
    let text = "Singer attacks tabloids\n\nThe singer named tabloids Us Weekly and Star as the \
                worst offenders. \"You'll remain a false tabloid,\" the 23-year-old wrote.\n\n\
                Us magazine was unrepentant about publishing, saying: \"She should start her own \
                magazine.\" \"The issue here is not privacy,\" they added.\n";
    let found = speakers(text);
    assert_eq!(found[1..], [Some("Us".to_string()), Some("Us".to_string())]);
    // "Us" keeps its case: it is neither the pronoun nor the US.
    let x = extract("Stars\n\nUS stars met. Us magazine said: \"Fine.\"\n");
    let us: Vec<&str> = x
        .actors
        .iter()
        .map(|a| a.name.as_str())
        .filter(|n| n.eq_ignore_ascii_case("us"))
        .collect();
    assert_eq!(us.len(), 2, "{us:?}");
}

#[test]
fn someone_elses_spokesman_is_an_unnamed_source_not_the_last_person() {
    let text = "Threat is real\n\nHome Secretary Charles Clarke has also warned of a bombing. \
                Asked about the comments, the prime minister's official spokesman said: \"We \
                believe the threat is real.\"\n";
    assert_eq!(
        speakers(text),
        [Some("prime minister's official spokesman".to_string())]
    );
}

#[test]
fn the_demonym_opening_a_clause_is_the_one_saying() {
    let text =
        "Semi-final\n\nLleyton Hewitt beat Argentine David Nalbandian.\n\nThe Argentine had \
                stoked up the temperature by saying the celebrations were \"not very good for the \
                sport\".\n";
    let x = extract(text);
    assert_eq!(quote_speakers(&x), [Some("David Nalbandian")]);
}

#[test]
fn the_company_is_the_one_named_lately_before_the_most_mentioned() {
    let text =
        "Adverts\n\nWal-Mart took out adverts. Wal-Mart said its pay was good. Unions accuse \
                Wal-Mart of paying less.\n\nMeanwhile drugs group Eli Lilly is launching adverts \
                of its own.\n\nIn the adverts, the company says: \"It was simply wrong to suggest \
                that data was missing.\"\n";
    assert_eq!(speakers(text), [Some("Eli Lilly".to_string())]);
    let x = extract(text);
    let lilly = x.actors.iter().find(|a| a.name == "Eli Lilly").unwrap();
    assert_eq!(lilly.kind, claimscope_extract::Kind::Organization);
}

#[test]
fn an_outlet_a_claim_is_according_to_is_cited_beside_the_person_who_said_it() {
    let x = extract(
        "Games\n\nAccording to the Financial Times, chief operating officer Peter Chernin said \
         that the firm is \"kicking the tires\" of games companies.\n",
    );
    for name in ["Financial Times", "Peter Chernin"] {
        let actor = x.actors.iter().find(|a| a.name == name);
        assert!(actor.is_some_and(|a| a.cited), "{name}: {actor:?}");
    }
}

#[test]
fn a_statement_from_a_body_that_reads_is_the_bodys() {
    let text = "Club acts\n\nThe club sacked Adrian Mutu after he failed a test, which he later \
                denied. A statement from Chelsea explaining the decision read:\"We want to make \
                clear that the club has a zero tolerance policy.\"\n";
    assert_all_by(text, "Chelsea");
}

#[test]
fn an_initial_with_its_stop_stays_inside_the_name() {
    let text = "Lasers\n\n\"Digging is a task,\" said Mr R. Sridharan, vice president at Tata. \
                \"It is easy,\" said George W. Bush.\n\nThe film was Malcolm X. Attallah Shabazz, \
                his daughter, said: \"He was loved.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("R. Sridharan".to_string()),
            Some("George W. Bush".to_string()),
            Some("Attallah Shabazz".to_string())
        ]
    );
}

#[test]
fn an_outlet_with_its_noun_after_a_quote_speaks() {
    let text = "China bans new tobacco factories\n\nThe world's biggest tobacco consumer has \
                said it will not allow new factories.\n\nBat declined to comment on the report. \
                \"Xing is wrong,\" the China Daily newspaper said.\n\nRory Neill, editor of \
                Hazards magazine, said: \"Deaths increased.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("China Daily".to_string()),
            Some("Rory Neill".to_string())
        ]
    );
}

#[test]
fn a_first_name_and_day_is_a_person_who_can_speak() {
    let text = "Kidman wins\n\nThe actress took action.\n\n\"She respects that,\" said Kidman's \
                publicist Wendy Day.\n";
    assert_all_by(text, "Wendy Day");
}

#[test]
fn a_first_person_quote_after_a_sentence_a_person_opens_is_theirs() {
    let text =
        "Mauresmo wins\n\nAmelie Mauresmo won again.\n\nMauresmo spent five weeks at number one \
                after the US Open. \"Since then, I feel very confident on court.\" The match \
                lasted an hour.\n\nHolmes hit the front early. \"He was sent off in the 90th \
                minute.\"\n";
    let found = speakers(text);
    assert_eq!(found[0].as_deref(), Some("Amelie Mauresmo"));
    // About someone, not in the first person: not the one the sentence opens with.
    assert_ne!(found[1].as_deref(), Some("Holmes"));
}

#[test]
fn a_weekday_after_said_can_be_a_surname_already_named() {
    let text = "Sevens\n\nMike Friday's England side matched their opponents.\n\n\"England have \
                wanted to win here for a long time,\" said Friday.\n";
    assert_all_by(text, "Mike Friday");
}

#[test]
fn a_rugby_position_is_a_persons_description() {
    let text =
        "Prop ready\n\nAdam Jones says the forwards are determined.\n\nThe prop said: \"If we \
                get stuffed in the front five our backs have had it.\"\n";
    assert_all_by(text, "Adam Jones");
}

#[test]
fn a_sentence_opened_by_a_description_carries_the_subject_before_it() {
    let text =
        "Draw made\n\nTim Henman came from two sets down last year, so he knows he faces a tough \
                test. The seventh seed, who is lined up to meet Andy Roddick in the last eight, is \
                looking forward to the match. \"He's a tough player on any surface,\" he said.\n";
    assert_all_by(text, "Henman");
}

#[test]
fn a_full_name_of_a_body_is_the_person_who_works_there() {
    let text =
        "Trade gap\n\n\"Things are getting worse,\" said David Wyss of Standard & Poor's in \
                New York. \"We are seeing improved export orders.\"\n\nAnne Thompson of the \
                Hollywood Reporter said the film was \"heart-wrenching\". \"It makes grown men \
                cry,\" she said.\n";
    let x = extract(text);
    assert_eq!(
        quote_speakers(&x),
        [
            Some("David Wyss"),
            Some("David Wyss"),
            Some("Anne Thompson"),
            Some("Anne Thompson")
        ]
    );
}

#[test]
fn a_title_word_that_ends_a_persons_name_is_their_surname_alone() {
    let text =
        "Chart show\n\nDJ duo Jason King and Joel Ross take over the chart show. \"It is an \
                institution,\" says Ross. \"So listeners will get both our tastes,\" says King, \
                30. \"Wes has a great career ahead of him,\" King says.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Joel Ross".to_string()),
            Some("Jason King".to_string()),
            Some("Jason King".to_string())
        ]
    );
}

#[test]
fn an_outlet_quoting_someone_as_saying_is_the_channel_not_the_speaker() {
    let text =
        "Spam trial\n\nThe jury found him guilty. \"He has been ripping people off for years,\" \
                AP quoted prosecutor Russell McGuire as saying.\n";
    assert_eq!(speakers(text), [Some("Russell McGuire".to_string())]);
}

#[test]
fn a_seat_before_mp_describes_the_member_already_named() {
    let text =
        "Searches\n\nHazel Blears said innocent people would be stopped. Rules could be made \
                tougher, she told an inquiry.\n\n\"The threat is most likely to come from a few,\" \
                the Salford MP told the committee.\n";
    assert_eq!(speakers(text), [Some("Hazel Blears".to_string())]);
}

#[test]
fn the_spokeswoman_again_speaks_for_the_body_she_was_met_for() {
    let text = "Calls\n\nMr Taylor tells the commissioner: \"It is clear.\"\n\nA spokeswoman for \
                the Information Commissioner's Office said it was examining one complaint. \"We are \
                investigating,\" she said. The office will now examine the evidence. \"The \
                guidance is clear,\" said the spokeswoman.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Taylor".to_string()),
            Some("Information Commissioner's Office".to_string()),
            Some("Information Commissioner's Office".to_string())
        ]
    );
}

#[test]
fn a_relative_clause_missing_its_closing_comma_describes_the_speaker() {
    let text =
        "Film\n\nThe film shows Mr Howard at home. Ms Robinson, who presents The Weakest Link \
                tells the director that she despaired at his image. \"I used to have to sit on \
                my hands.\"\n";
    assert_eq!(speakers(text), [Some("Robinson".to_string())]);
}

#[test]
fn a_view_the_words_are_measured_against_is_not_their_source() {
    let text = "Music\n\n\"You need time,\" Tim Renner added. However, Peter Zombic, the managing \
                director of the federation, said he did not feel the situation was as \
                \"dramatic\" as Mr Renner believed. \"It's quite true that we have severe \
                problems,\" he argued. \"We have a severe problem with piracy.\"\n";
    let x = extract(text);
    assert_eq!(
        quote_speakers(&x),
        [
            Some("Tim Renner"),
            Some("Peter Zombic"),
            Some("Peter Zombic"),
            Some("Peter Zombic")
        ]
    );
}

#[test]
fn a_person_then_a_bodys_post_between_commas_is_the_person() {
    let text = "Patents\n\nIBM has received many patents. In a statement, Dr John E. Kelly, IBM \
                senior vice president, Technology and Intellectual Property, said: \"True \
                innovation is more than numbers.\"\n\nThe company said it wanted to encourage \
                other firms. Adam Jollans, IBM's world-wide Linux strategy manager, said the move \
                was genuine. \"We believe that releasing these patents will help.\"\n";
    assert_eq!(
        speakers(text),
        [
            Some("John E. Kelly".to_string()),
            Some("Adam Jollans".to_string())
        ]
    );
}

#[test]
fn one_and_an_adjective_before_a_named_noun_is_someone_unnamed() {
    let text =
        "Stocks\n\n\"That is rubbish,\" exchange chairman Yaseen Lakhani told the BBC. Analysts \
                say profits are up. One leading Karachi broker said the real reasons may be \
                political. \"If you file a case, money will go.\" The market is abuzz. \"You can \
                call it a peace dividend,\" smiles one broker.\n";
    let found = speakers(text);
    assert_eq!(found[0].as_deref(), Some("Yaseen Lakhani"));
    for s in &found[1..] {
        assert!(
            s.as_deref().is_some_and(|s| s.ends_with("broker")),
            "{found:?}"
        );
    }
}

#[test]
fn a_name_of_no_known_kind_continued_by_she_is_a_woman() {
    let text =
        "Tennis\n\nTop seed Lindsay Davenport won. \"I was expecting a tough opponent,\" said \
                Davenport.\n\nThe 10th seed equalled her best performance. After a tough first \
                set, Molik grew in confidence and won in 56 minutes. She will now meet Venus \
                Williams. \"Bring it on,\" said the 23-year-old.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Lindsay Davenport".to_string()),
            Some("Molik".to_string())
        ]
    );
}

#[test]
fn a_statement_on_someones_website_is_theirs() {
    let text = "Return set\n\nTennis star Kim Vandel will return in February.\n\n\"Kim had \
                considered returning in Paris,\" a statement on her website said. \"She has \
                decided against this.\"\n";
    assert_all_by(text, "Vandel");
}

#[test]
fn according_to_a_description_that_runs_on_to_a_post_is_the_person_it_names() {
    let text = "Truce\n\n\"The industry will work with the artists,\" according to media and \
                PR strategist Glen Yarrow, who represents the labels.\n";
    assert_all_by(text, "Yarrow");
}

#[test]
fn a_person_after_an_opening_with_phrase_is_the_sentences_subject() {
    let text = "Cable TV\n\n\"It gives us an edge,\" said Telewax chief executive Eric Tovar.\n\n\
                \"Content will be deeper,\" said Philip Sandon, director of products at \
                Telewax.\n\nWith both services on offer from Telewax, Mr Tovar is confident \
                the firm can gain.\n\n\"We offer the best of both worlds,\" he said.\n";
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("Eric Tovar")
    );
}

#[test]
fn the_one_a_sentence_reports_on_is_not_the_he_after_its_comma() {
    let text = "Election\n\nMichael Harwood said Britain was heading the wrong way. Mr Blair has \
                failed to tackle these problems, he claimed.\n\n\"The result is big \
                government.\"\n";
    assert_all_by(text, "Harwood");
}

#[test]
fn a_quote_over_paragraphs_is_the_speaker_its_last_part_names() {
    let text = "Mouse\n\n\"We are delighted,\" said Karen Welsh, from a charity. The adapter is \
                the brainchild of researcher Jim Lever who built it for his uncle. \"I knew \
                there must be a way to help him.\n\n\"The number of users will grow,\" he \
                said.\n";
    let found = speakers(text);
    assert_eq!(found[1].as_deref(), Some("Jim Lever"), "{found:?}");
    assert_eq!(found[2].as_deref(), Some("Jim Lever"), "{found:?}");
}

#[test]
fn a_post_then_a_person_between_commas_is_the_sentences_subject() {
    let text = "Inspections\n\nIt could help spot smuggling, according to a spokesman.\n\n\
                Computer specialist at the agency, Peter Smithers, would like better tools. \
                \"The commercials you now see are virtual,\" he said.\n";
    assert_all_by(text, "Smithers");
}

#[test]
fn a_person_then_a_post_of_a_body_with_no_closing_comma_is_the_person() {
    let text = "Resignation\n\nMs Sturgeon said: \"This has been damaging.\" Peter Misslow, \
                executive partner of Tods Murray said the leader had been considering \
                retirement. He added: \"David has decided that this should be made now.\"\n";
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("Peter Misslow")
    );
}

#[test]
fn a_verb_inside_a_relative_clause_does_not_end_the_subject() {
    let text = "Retail\n\n\"It is a result,\" said Nick Bubble, an analyst. However, one \
                dealer, who asked not to be named, told Reuters the sales were weak. \
                \"Christmas has been tough for the whole sector,\" he said.\n";
    let found = speakers(text);
    assert_eq!(
        found.last().cloned().flatten().as_deref(),
        Some("dealer"),
        "{found:?}"
    );
}

#[test]
fn a_body_with_a_bracketed_short_form_then_a_post_is_the_body() {
    let text = "Television\n\n\"It is a success,\" said Olivier Gerard, of a broadcaster. \
                The Conseil Superieur de l'Audiovisuel (CSA), the French broadcasting \
                regulator, said: \"Some manufacturers are optimistic.\"\n";
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("CSA")
    );
}

#[test]
fn it_after_a_chamber_of_commerce_is_the_chamber() {
    let text = "Retirement\n\nProposals from the Department of Trade and Industry were \
                dropped.\n\nThe British Chambers of Commerce welcomed the proposal. \"This \
                move is the best of both worlds,\" it said.\n";
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("British Chambers of Commerce")
    );
}

#[test]
fn a_person_then_a_bodys_post_of_any_noun_is_the_person() {
    let text = "Labs close\n\nIan Pearsall, BT's futurologist, told the BBC News website that \
                the closure was a \"real shame\". BT had worked with the labs. \"There were a \
                lot of very talented, creative people there.\"\n";
    assert_all_by(text, "Pearsall");
}

#[test]
fn a_surname_the_text_gives_an_honorific_ends_a_name_before_of() {
    let text = "Search\n\n\"User experience has contributed to people searching more,\" said \
                Yonca Brunetti of Yahoo. \"The other thing is broadband,\" Ms Brunetti said.\n";
    assert_eq!(speakers(text)[0].as_deref(), Some("Yonca Brunetti"));
}

#[test]
fn a_title_in_apposition_to_a_work_noun_is_no_speaker() {
    let text = "Film\n\nSinger George Michel said he would retire. The film, A Different Tale, \
                chronicles his life. \"I'm still going to be making music,\" he said.\n";
    assert_all_by(text, "Michel");
}

#[test]
fn a_fragment_after_a_lowercase_but_is_partial_and_reported_speech_is_no_split() {
    let text = "Budget\n\nThe Budget was not about the country, but \"all about the interests \
                of the party,\" the Tory leader said.\n\n\"The bottom line is, we did nothing \
                wrong,\" said Ron Rakes. Mr Rakes said it was better than the rapper, real \
                name Corey Mills, \"just sitting there, wasting away\".\n";
    let x = extract(text);
    let kinds: Vec<_> = x.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(
        kinds,
        [QuoteKind::Partial, QuoteKind::Direct, QuoteKind::Partial]
    );
}

#[test]
fn an_and_inside_a_ministry_name_and_a_firm_named_with_digits() {
    let text = "Spending\n\n\"Conditions will stay poor,\" the Trade and Industry Ministry said \
                in a statement. \"The plan is too hopeful,\" consultancy 2Sight said in a note.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Trade and Industry Ministry".to_string()),
            Some("2Sight".to_string())
        ]
    );
}

#[test]
fn a_first_name_led_person_of_the_foundation_is_two_names() {
    let text = "Museum\n\n\"The council will be blamed for this,\" said Ray Dee Colman of the \
                Jane Colman Heritage Foundation.\n";
    assert_eq!(speakers(text)[0].as_deref(), Some("Ray Dee Colman"));
}

#[test]
fn a_name_modifying_a_noun_after_the_does_not_take_the_floor_back() {
    let text = "Tennis\n\n\"I served badly,\" said Venus Harlow. But Petra Novakova is upbeat \
                ahead of her clash with the younger Harlow sister, who had a bye. \"I feel \
                ready,\" she said.\n";
    let found = speakers(text);
    assert_eq!(found[1].as_deref(), Some("Petra Novakova"));
}

#[test]
fn a_surname_misspelt_once_is_the_person_named_in_full() {
    let text = "Pay\n\nWorld number one Linda Fairweather spoke first. \"It is insulting,\" \
                Fairweather said. \"We play fewer sets,\" said Fairwether. \"It does not \
                matter,\" she added.\n";
    assert_all_by(text, "Fairweather");
    // Two people a letter apart, each named in full, stay two.
    let text = "Pundits\n\nAlan Hansen and Tom Hanson spoke. \"It was poor,\" said Hansen. \
                \"It was fine,\" said Hanson.\n";
    assert_eq!(
        speakers(text),
        [
            Some("Alan Hansen".to_string()),
            Some("Tom Hanson".to_string())
        ]
    );
}

#[test]
fn a_pronoun_right_after_a_cue_is_that_cue_s_speaker() {
    let text = "Plans\n\n\"Demand is weak,\" consultancy Redline said. As part of its plans, the \
                government said it will ask banks to \"roll over loans that come due\".\n";
    let x = extract(text);
    assert_eq!(quote_speakers(&x)[1], Some("government"));
}

#[test]
fn the_ministry_is_the_ministry_named_not_the_government_just_mentioned() {
    let text = "Jobs\n\n\"Growth will slow,\" the Labour and Welfare Ministry said. The \
                government voiced concern about jobs. \"A downturn could spread,\" the \
                ministry said.\n";
    assert_all_by(text, "Labour and Welfare Ministry");
}

#[test]
fn says_the_dj_describes_the_presenter_and_thinking_about_reports_nothing() {
    let text = "Music\n\nK Cash, a presenter on the music station 2Beat, thinks a break is \
                due - giving the band time to think about other interests. \"They might act. \
                \"They might produce,\" says the DJ.\n";
    assert_all_by(text, "K Cash");
}

#[test]
fn a_club_spokesperson_speaks_for_the_club() {
    let text = "Row\n\nA Northfield club spokesperson denied it, insisting: \"He never said \
                it.\"\n";
    assert_all_by(text, "Northfield");
}

#[test]
fn a_spokesman_whose_words_are_about_it_speaks_for_the_body_that_opened_a_sentence() {
    let text = "Relay\n\nTelecomreg says it will review the services next year. New technology, \
                including the Quickline Service, will be discussed. But a spokesman said its \
                powers were limited. \"Any change would be for ministers,\" he said.\n";
    assert_all_by(text, "Telecomreg");
}

#[test]
fn mps_are_a_group_that_speaks_and_a_treasurer_is_a_title() {
    let text = "Courts\n\n\"A template would harm children,\" the MPs said. \"The economy is \
                strong,\" said Treasurer Pete Castello.\n";
    assert_eq!(
        speakers(text),
        [Some("MPs".to_string()), Some("Pete Castello".to_string())]
    );
}

#[test]
fn an_age_before_a_surname_without_an_article_still_names_the_person() {
    let text = "Split\n\nSinger Carl Timpson left the band. Dean Bourne admitted he was \
                \"devastated\" to hear of Timpson's departure. \"This has been a hard \
                decision,\" 19-year-old Timpson revealed, \"I hope the fans understand.\"\n";
    assert_all_by(text, "Timpson");
}

#[test]
fn the_agent_of_a_passive_is_not_who_he_is() {
    let text = "Debut\n\nDean Yorke made his first appearance on the tour. But the wildcard \
                entry was beaten by fellow American Rob Gallo in straight sets. Despite that \
                he was happy with his debut. \"It was fun,\" he said.\n";
    assert_all_by(text, "Yorke");
}

#[test]
fn she_is_a_woman_named_just_before_a_subject_of_unknown_sex() {
    let text = "Poll\n\nChris Hawkins praised the band. \"They are proof alone,\" he said. \
                Alison Howe, producer of the show Later... With Jools Hollis, booked the \
                group.\n\n\"They played like headliners,\" she said.\n";
    assert_eq!(speakers(text)[1].as_deref(), Some("Alison Howe"));
}

#[test]
fn a_party_spokesman_speaks_for_the_party_and_a_possessor_after_a_verb_is_no_subject() {
    let text = "Policing\n\nA Labour Party spokesman criticised Michael Hayward's record, \
                saying numbers fell when he was in office. He said: \"The Tories make \
                promises.\"\n";
    assert_eq!(speakers(text)[0].as_deref(), Some("Labour Party"));
}

#[test]
fn a_capitalised_term_opening_a_sentence_before_a_noun_is_no_utterance() {
    let text = "Data\n\nA study found people hoard files. \"Virtual weight\" measurements are \
                based on research by Roy Willis.\n";
    let x = extract(text);
    assert_eq!(x.quotes[0].kind, QuoteKind::Scare);
}

#[test]
fn words_that_open_on_a_verb_are_a_fragment_and_a_reported_he_said_keeps_the_floor() {
    let text = "Campaign\n\nThe ad men have not been sacked but, as campaign chief Alan \
                Milbank declared, \"are doing a very good job\". \"Not many people miss the \
                old days,\" he declared. And Tony Blaine would be in the front line of that \
                campaign, he said. \"The prime minister will be out of London,\" he \
                promised.\n";
    let x = extract(text);
    assert_eq!(x.quotes[0].kind, QuoteKind::Partial);
    assert_all_by(text, "Milbank");
}

#[test]
fn a_participle_opening_a_sentence_shares_its_subject_and_a_band_is_no_person() {
    let text = "Vision\n\nWriting in the Courier newspaper, Mr Brownlow outlined his view of the \
                party. \"Our ambition is full employment.\"\n\nThe Black Sorrow singer told \
                reporters he had had enough. Ozzie Osmond said he was tired. \"When you watch \
                an episode, I've been filming all day,\" he said.\n";
    let found = speakers(text);
    assert!(
        found[0].as_deref().is_some_and(|s| s.ends_with("Brownlow")),
        "{found:?}"
    );
    assert_eq!(found[1].as_deref(), Some("Ozzie Osmond"));
}

#[test]
fn a_spokesman_right_after_a_quote_speaks_for_the_body_that_opened_the_sentence_before() {
    let text = "Broadband\n\nBTX backed the price cuts but said rules were needed. \"This is a \
                reminder to the regulator,\" a spokesman said.\n";
    assert_all_by(text, "BTX");
}

#[test]
fn a_nationality_opening_a_sentence_after_a_connective_carries_its_subject() {
    // The second player named is nearer, but the sentence about "the
    // Kenyan" is about the one the sentence before was about.
    let text =
        "Runner beaten\n\nSusan Wanjiru lost to Maria Lopez in an exhibition race in Madrid \
                on Sunday.\n\nAnd the Kenyan, who has slipped to tenth in the world after an \
                injury, faces a tough title defence next month. \"I will be heading to Nairobi \
                with a lot of questions,\" she said.\n";
    assert_all_by(text, "Wanjiru");
}

#[test]
fn a_persons_spokesman_is_someone_else() {
    // "Mr Brown's spokesman said" and "said Mr Brown's official spokesman":
    // the words are the spokesman's, not the minister's.
    let text = "Minister silent\n\nGordon Brown does not believe the tax should rise.\n\nMr \
                Brown's spokesman said: \"The chancellor has a well-known position.\" Later \
                the talks resumed. \"We will not comment further,\" said Mr Brown's official \
                spokesman.\n";
    let found = speakers(text);
    assert_eq!(
        found,
        [
            Some("Mr Brown's spokesman".to_string()),
            Some("Mr Brown's official spokesman".to_string())
        ]
    );
}

#[test]
fn he_after_a_sentence_about_words_is_the_one_acting_in_its_as_clause() {
    // "His words came as X, the ..., backed ...": no person is the subject
    // of that sentence; the one who backed is who "he" is next.
    let text = "Church view\n\nMichael Howard set out his view on Monday.\n\nMr Howard's \
                spokesman said: \"The party has a clear position.\" His words came as Bishop \
                John Grant, the head of the diocese, backed the stance. In a statement, he said \
                the issue was key, adding: \"The policy is one that we would commend.\"\n";
    let found = speakers(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].as_deref(), Some("John Grant"));
}

#[test]
fn capitalised_words_inside_the_writers_sentence_are_partial_a_fragment_running_into_a_sentence_is_direct(
) {
    // "mean “I don't ...”." sits in the writer's sentence; "as “truly
    // overwhelming. I'm ...,” she said" runs on into a whole sentence of hers.
    let text = "Votes\n\nMr Kent said he had voted for a limit but advances mean \"I don't know \
                what I would do now\". Jane Hill described her win as \"truly overwhelming. \
                I'm really not used to this kind of thing,\" she said.\n";
    let x = extract(text);
    let kinds: Vec<QuoteKind> = x.quotes.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [QuoteKind::Partial, QuoteKind::Direct]);
    assert_eq!(quote_speakers(&x)[1], Some("Jane Hill"));
}

#[test]
fn a_film_producer_named_after_the_film_is_a_person() {
    // "producer" before a name is a company's noun ("oil producer X") unless
    // it makes a work: "Final Wars producer Shogo Tomiyama".
    let text = "Monster star\n\n\"He should thank you for this star,\" said Night Raids producer \
                Kenji Arata. \"But unfortunately, he cannot speak English,\" he added. \"Prices \
                will rise,\" said oil producer Petrolex.\n";
    let found = speakers(text);
    assert_eq!(
        found,
        [
            Some("Kenji Arata".to_string()),
            Some("Kenji Arata".to_string()),
            Some("Petrolex".to_string())
        ]
    );
}

#[test]
fn a_participle_after_an_age_apposition_takes_the_named_subject() {
    let text = "Jackie Stallone, mother of actor Sylvester, has left the show.\n\n\
        She and John McCririck faced the vote. Stallone, 71, appeared not to have enjoyed \
        her time in the house saying: \"I'm a total wreck, I need a vacation\". \
        \"That alone was worth it,\" she said.";
    assert_all_by(text, "Stallone");
}

#[test]
fn the_lawsuit_speaks_for_whoever_filed_it() {
    let text = "User sues over player\n\nMusic fan Thomas Sorrel filed the suit in San Jose. \
        \"The firm has turned an open standard into an artifice,\" the lawsuit states. \
        Others disagree.";
    assert_all_by(text, "Sorrel");
}

#[test]
fn a_person_of_a_body_with_the_tells_and_the_rank_is_no_part_of_the_name() {
    let text = "Firm quits\n\nLt Col Eric Shandler of the PCO told the Associated Press news \
        agency the withdrawal was agreed. \"Some parts are more permissive than others,\" he added.";
    let x = extract(text);
    assert_eq!(speakers(text), vec![Some("Eric Shandler".to_string())]);
    assert!(x
        .actors
        .iter()
        .all(|a| a.kind != claimscope_extract::Kind::Media || a.name == "Associated Press"));
}

#[test]
fn a_quote_paragraph_after_a_reported_report_is_the_reporters() {
    let text = "Poster row\n\nIn the Commons, Tory spokesman Mr Lewes suggested the posters \
        were part of a trend and reminded MPs that Labour chairman Ian Cartney last year \
        described Oliver Letwin as a \"21st Century Fagin\".\n\n\
        \"How could you have thought anything other than that this was a smear?\" Mr \
        Milbury replied that it was not.\n";
    assert_eq!(speakers(text)[0].as_deref(), Some("Lewes"));
}

#[test]
fn names_joined_as_one_subject_are_all_cited() {
    let text = "Lending slows\n\nOn Monday, the Council of Borrowers, Zeta Bankers \
        Association and Omega Societies Association all said lending was slowing. \
        Keino and Weepu both added tries. He trained in Holland and Varga said he was fit.\n";
    let x = extract(text);
    let cited = |name: &str| x.actors.iter().find(|a| a.name == name).map(|a| a.cited);
    assert_eq!(cited("Council of Borrowers"), Some(true));
    assert_eq!(cited("Zeta Bankers Association"), Some(true));
    assert_eq!(cited("Omega Societies Association"), Some(true));
    assert_ne!(cited("Weepu"), Some(true));
    assert_ne!(cited("Holland"), Some(true));
}

#[test]
fn a_group_after_a_preposition_is_not_the_subject() {
    let text = "Film row\n\nChief Carl Wyatt said talks with Zorro's producers revealed \
        there was \"a strong element of violence in the script\".\n";
    assert_eq!(quote_speakers(&extract(text)), vec![Some("Carl Wyatt")]);
}

#[test]
fn a_year_between_the_auxiliary_and_the_cue_is_skipped() {
    let text = "Row\n\nHe pointed to how Tom Brandt had in 1997 complained about \
        \"abusive campaigning\".\n";
    assert_eq!(quote_speakers(&extract(text)), vec![Some("Tom Brandt")]);
}

#[test]
fn underlined_after_a_quote_is_a_cue() {
    let text = "Farm net\n\nThe Veld programme promoters say it has gone well. \"This is \
        a pilot project,\" underlined Mr Ortega.\n";
    assert_eq!(speakers(text), vec![Some("Ortega".to_string())]);
}

#[test]
fn a_group_of_something_is_the_group_and_a_class_of_firms_is_no_named_firm() {
    let text = "Trade\n\nZorbix and Velmar are among the accused. However, supporters of the \
        change claim it will cut costs. But the tobacco companies denied that they \
        conspired.\n";
    let x = extract(text);
    let cited = |name: &str| x.actors.iter().find(|a| a.name == name).map(|a| a.cited);
    assert_eq!(cited("supporters"), Some(true));
    assert_eq!(cited("tobacco companies"), Some(true));
    assert_ne!(cited("Velmar"), Some(true));
}

#[test]
fn the_committee_is_only_a_body_named_a_committee() {
    let text = "Skills\n\nThe Commons Science Committee studied the Zeta Research Council. The \
        council aims to promote research. In its report the committee said: \"We are deeply \
        concerned by the shortages.\" Alan Flett, president of the Spanish FA's \
        disciplinary committee, said no-one had \"acted in a racist way\".\n";
    let x = extract(text);
    let names = quote_speakers(&x);
    assert_eq!(names[0], Some("Commons Science Committee"));
    assert_eq!(names[1], Some("Alan Flett"));
}

#[test]
fn an_outlets_report_cites_it() {
    let text = "Spam\n\nProsecutors said Jaynes was \"a snake oil salesman in a new format\", \
        using the internet to sell, news agency Associated Press reported.\n";
    let x = extract(text);
    let ap = x
        .actors
        .iter()
        .find(|a| a.name == "Associated Press")
        .unwrap();
    assert!(ap.cited);
}

#[test]
fn the_person_a_report_was_welcomed_by_is_he() {
    let text =
        "Grey vote\n\nParties must listen, says Elder Concern. Elder Concern says the over-55s \
        are \"united around\" key areas.\n\nThe report was welcomed by Conservative shadow \
        pensions secretary David Wellbeck. \"The pensioners' voice must be heard,\" he said.\n\n\
        Tom Reed was dispatched by fellow American Rob Gant in straight sets. \
        \"It was fun,\" he said.\n";
    let got = speakers(text);
    assert_eq!(got[0].as_deref(), Some("David Wellbeck"));
    assert_eq!(got[1].as_deref(), Some("Tom Reed"));
}

#[test]
fn a_body_then_what_it_is_in_its_country_between_commas() {
    let text = "Pension talks\n\nA spokesman for Unilon, Britain's biggest union, said after \
        the meeting: \"At least we are still talking.\"\n";
    assert_eq!(speakers(text), vec![Some("Unilon".to_string())]);
}

#[test]
fn a_persons_spokesman_is_a_voice_of_its_own_and_the_spokesman_is_it() {
    let text = "Defection\n\nA spokesman for Michael Hurd said the views were \"very \
        different\". \"He believes students should pay fees,\" the spokesman said. A \
        spokeswoman for Royal Post said: \"We are investigating.\" The Royal Post is \
        looking.\n";
    assert_eq!(
        quote_speakers(&extract(text)),
        vec![
            Some("spokesman for Michael Hurd"),
            Some("spokesman for Michael Hurd"),
            Some("Royal Post")
        ]
    );
}

#[test]
fn an_appositive_missing_its_closing_comma_after_a_quote_is_the_persons() {
    let text = "Bourse\n\n\"It must stay in Frankfurt,\" said Hans Recker. \"It is our wish \
        that the headquarters stay here,\" Alois Riehl, its minister for economic affairs \
        added.\n";
    assert_eq!(
        speakers(text),
        vec![
            Some("Hans Recker".to_string()),
            Some("Alois Riehl".to_string())
        ]
    );
}

#[test]
fn a_colon_after_an_unclosed_quote_opens_the_next_and_a_peers_title_says_her_sex() {
    let text = "Album row\n\nMorrison said: \"I was with that label for a year. He added: \"The \
        whole world is waiting for this album.\"\n\nLabour peer Baroness Kemble, who is \
        chairing the Power Review into disengagement, said people distrust politicians. \
        \"This feeling of distrust is going to grow,\" she said.\n";
    let x = extract(text);
    let texts: Vec<&str> = x
        .quotes
        .iter()
        .map(|q| &text[q.inner.start as usize..q.inner.end as usize])
        .collect();
    assert!(
        texts.contains(&"The whole world is waiting for this album."),
        "{texts:?}"
    );
    assert_eq!(
        speakers(text).last().cloned().flatten().as_deref(),
        Some("Baroness Kemble")
    );
}

#[test]
fn hearsay_of_someones_words_is_theirs_and_so_is_their_document() {
    let text = "Party row\n\nThe party suspended Jon Hewston. Mr Hewston is alleged to have said \
        that prisons should be \"closed at once\" and more. The document reportedly said: \"We \
        want the empire back.\" Tony Blane and Gordon Braun are said to have declared war on \
        each other. As he told reporters: \"I am not interested.\" said Mr Blane.\n";
    let x = extract(text);
    let got = quote_speakers(&x);
    assert_eq!(got[0], Some("Jon Hewston"), "{got:?}");
    assert_eq!(got[1], Some("Jon Hewston"), "{got:?}");
    // "are said to have declared war" reports no words of Gordon Braun's.
    assert_ne!(got[2], Some("Gordon Braun"), "{got:?}");
}

#[test]
fn a_quote_left_open_and_reopened_at_once_is_the_next_quotes_speakers() {
    let text = "Rugby\n\nSale host Bath on Friday, but the Frenchman Philippe Saint-Andrieu has \
        endured a week with six players away on England's Six Nations camp. \"It's an \
        important game but we've just the one session. \"If five players are picked they \
        should move the game,\" he told BBC Sport.\n";
    assert_all_by(text, "Saint-Andrieu");
}
