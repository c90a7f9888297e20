//! Words as search compares them: folded (case, accents), spelling-normalised
//! (British and American), and stemmed (simple English inflections).
//!
//! The same functions read the corpus and the query, so a match never depends on
//! which side a spelling came from. Every word keeps its byte span in the
//! original text, so matches can be highlighted exactly where they are.

/// One word of a text: where it is, and its comparable forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    /// Folded and spelling-normalised ("mobilization"): exact phrases compare this.
    pub form: String,
    /// `form` without inflection ("mobiliz"): single search terms compare this.
    pub stem: String,
}

/// The words of `text` (runs of letters and digits; an apostrophe or a hyphen
/// inside a word keeps it whole).
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    for (start, end) in spans(text) {
        let form = normalise(&text[start..end]);
        if form.is_empty() {
            continue;
        }
        let stem = stem(&form);
        out.push(Word {
            start,
            end,
            form,
            stem,
        });
    }
    out
}

/// Each word's comparable form, in order, folded into one reused buffer:
/// what the word index is built from, without a string per word.
pub(crate) fn for_each_form(text: &str, buffer: &mut String, mut each: impl FnMut(&str)) {
    for (start, end) in spans(text) {
        normalise_into(&text[start..end], buffer);
        if !buffer.is_empty() {
            each(buffer);
        }
    }
}

/// Where the words of `text` are (see [`words`]).
fn spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((start, c)) = chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let joins_next = matches!(c, '\'' | '’' | '-')
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if c.is_alphanumeric() || joins_next {
                    end = i + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            return Some((start, end));
        }
        None
    })
}

/// Lowercase, accents removed, apostrophes and hyphens dropped, British
/// spellings written the American way.
pub fn normalise(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    normalise_into(word, &mut folded);
    folded
}

/// [`normalise`] into `folded`, which is cleared first.
fn normalise_into(word: &str, folded: &mut String) {
    folded.clear();
    if word.is_ascii() {
        // Most words: lowercase ASCII letters and digits, nothing to unaccent.
        folded.extend(
            word.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase() as char),
        );
        american(folded);
        return;
    }
    for c in word.chars() {
        for lower in c.to_lowercase() {
            if let Some(base) = fold_accent(lower) {
                folded.push_str(base);
            } else if lower.is_alphanumeric() {
                folded.push(lower);
            }
        }
    }
    american(folded);
}

/// The unaccented letters of common accented Latin letters.
fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' | 'ĺ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' | 'ŕ' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ţ' | 'ț' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// British endings in their American spelling: mobilisation → mobilization,
/// colour → color, centre → center, defence → defense, catalogue → catalog.
fn american(word: &mut String) {
    const ENDINGS: &[(&str, &str)] = &[
        ("isations", "izations"),
        ("isation", "ization"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
        ("yses", "yzes"),
        ("yse", "yze"),
        ("ours", "ors"),
        ("our", "or"),
        ("tres", "ters"),
        ("tre", "ter"),
        ("ences", "enses"),
        ("ence", "ense"),
        ("ogues", "ogs"),
        ("ogue", "og"),
    ];
    // Short words keep their ending: "four", "rise", "wise", "acre" are not
    // British spellings of anything.
    if word.chars().count() >= 6 {
        for (british, american) in ENDINGS {
            if word.ends_with(british) {
                word.truncate(word.len() - british.len());
                word.push_str(american);
                return;
            }
        }
    }
}

/// A light English stemmer: plural, past and progressive endings and the
/// -ization family come off, so mobilized, mobilizing and mobilization meet.
pub fn stem(form: &str) -> String {
    // (ending, what replaces it); the first that leaves three letters wins.
    const SUFFIXES: &[(&str, &str)] = &[
        ("izations", "iz"),
        ("ization", "iz"),
        ("izing", "iz"),
        ("ized", "iz"),
        ("izes", "iz"),
        ("ize", "iz"),
        ("ations", ""),
        ("ation", ""),
        ("ings", ""),
        ("ing", ""),
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("ed", ""),
        ("s", ""),
        ("e", ""),
    ];
    for (suffix, replacement) in SUFFIXES {
        if let Some(stem) = form.strip_suffix(suffix) {
            // "press" and "boss" keep their s.
            if stem.chars().count() >= 3 && !(*suffix == "s" && stem.ends_with('s')) {
                return format!("{stem}{replacement}");
            }
        }
    }
    form.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.stem).collect()
    }

    #[test]
    fn spellings_and_inflections_meet() {
        let s = stems("mobilisation mobilization mobilized mobilizing mobilise");
        assert!(s.iter().all(|x| x == "mobiliz"), "{s:?}");
        assert_eq!(stems("colour color"), vec!["color", "color"]);
        assert_eq!(stems("centre center"), vec!["center", "center"]);
        assert_eq!(stems("troops troop"), vec!["troop", "troop"]);
        assert_eq!(stems("studies study"), vec!["study", "study"]);
    }

    #[test]
    fn short_words_are_left_alone() {
        assert_eq!(stems("four for press"), vec!["four", "for", "press"]);
        assert_ne!(stems("four")[0], stems("for")[0]);
    }

    #[test]
    fn accents_and_case_fold() {
        assert_eq!(words("Zelenskyy’s ZELENSKYY")[0].form, "zelenskyys");
        assert_eq!(words("Łukaszenka")[0].form, "lukaszenka");
        assert_eq!(words("café")[0].form, "cafe");
    }

    #[test]
    fn spans_point_into_the_text() {
        let text = "“Mobilisation,” said the 68-year-old.";
        for w in words(text) {
            assert!(text.is_char_boundary(w.start) && text.is_char_boundary(w.end));
            assert!(!text[w.start..w.end].is_empty());
        }
        let ws = words(text);
        assert_eq!(&text[ws[0].start..ws[0].end], "Mobilisation");
        assert_eq!(&text[ws[3].start..ws[3].end], "68-year-old");
    }
}
