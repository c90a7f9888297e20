use super::*;

fn quoted(text: &str) -> Vec<(String, bool, bool, bool)> {
    let paragraphs = claimscope_corpus::layout::paragraphs(text);
    find(text, &paragraphs)
        .into_iter()
        .map(|q| {
            (
                text[q.inner.range()].to_string(),
                q.unclosed(),
                q.continued,
                q.continuation,
            )
        })
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    quoted(text).into_iter().map(|q| q.0).collect()
}

#[test]
fn pairs_curly_and_straight_marks() {
    assert_eq!(
        texts("“That’s a lie,” he added. He said \"no way\" twice."),
        vec!["That’s a lie,", "no way"]
    );
}

#[test]
fn an_opening_mark_at_the_end_of_a_paragraph_closes() {
    assert_eq!(
        texts("In the update, “The mobilization continues. “\n\nNext."),
        vec!["The mobilization continues. "]
    );
}

#[test]
fn a_second_opening_ends_the_first_quote_at_its_last_full_stop() {
    let text = "“We prevent this. [a conflict] Vadym Sinyavskyi, “However, we act.”";
    assert_eq!(texts(text), vec!["We prevent this.", "However, we act."]);
}

#[test]
fn a_quote_over_several_paragraphs_is_marked_continued() {
    let text = "He said: “First part.\n\n“Second part.”\n\nAfter.";
    assert_eq!(
        quoted(text),
        vec![
            ("First part.".into(), false, true, false),
            ("Second part.".into(), false, false, true),
        ]
    );
}

#[test]
fn a_quote_never_closed_ends_with_its_paragraph() {
    let text = "She said “it will end badly\n\nNext paragraph.";
    assert_eq!(
        quoted(text),
        vec![("it will end badly".into(), true, false, false)]
    );
}

#[test]
fn inches_and_stray_marks_invent_nothing() {
    assert_eq!(texts("A 12\" screen."), Vec::<String>::new());
    assert_eq!(texts("stray ” mark"), Vec::<String>::new());
}

#[test]
fn a_straight_quote_reopened_after_a_sentence_splits_in_two() {
    let text = "He said: \"It could be evidence. \"The options are: charge them.\" Then he left.";
    assert_eq!(
        texts(text),
        vec!["It could be evidence.", "The options are: charge them."]
    );
}

#[test]
fn a_straight_mark_between_spaces_after_a_full_stop_closes() {
    // "... Tour. " "Looking ...": the first mark closes, the second opens.
    let text = "\"Her record speaks for itself. It is a loss. \" \"Looking ahead, we are fine.\"";
    assert_eq!(
        texts(text),
        vec![
            "Her record speaks for itself. It is a loss. ",
            "Looking ahead, we are fine."
        ]
    );
}

#[test]
fn a_stray_closing_mark_does_not_swallow_the_quotes_after_it() {
    // The quote's opening mark is lost (`... from Europe."`); the spaced mark
    // that opens the next quote and the glued one that closes it still pair.
    let text = "He said so. They want arms from Europe.\" The minister called it \
                \" a worrying issue for Asia\". A critic said: \"This is a huge signal.\"";
    assert_eq!(
        texts(text),
        vec![" a worrying issue for Asia", "This is a huge signal."]
    );
}

#[test]
fn a_reopening_after_a_quote_within_the_quote_splits_too() {
    let text = "\"Then you think: 'This is not my day.' \"But then you find a way. \"And I found \
                it.";
    assert_eq!(
        texts(text),
        vec![
            "Then you think: 'This is not my day.'",
            "But then you find a way.",
            "And I found it."
        ]
    );
}
