//! Text with highlighted spans, always rendered as text nodes (never as HTML).

use yew::prelude::*;

/// `text` with each of `spans` (sorted, not overlapping, byte offsets) in a
/// `<mark>`; spans that do not fit the text are skipped, not trusted.
pub fn highlighted(text: &str, spans: &[(usize, usize)]) -> Html {
    let mut parts = Vec::new();
    let mut at = 0;
    for &(start, end) in spans {
        let fits = at <= start
            && start < end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end);
        if !fits {
            continue;
        }
        parts.push(html! { { &text[at..start] } });
        parts.push(html! { <mark>{ &text[start..end] }</mark> });
        at = end;
    }
    parts.push(html! { { &text[at..] } });
    parts.into_iter().collect::<Html>()
}
