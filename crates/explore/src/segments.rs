//! Cutting an article's paragraphs at mark edges (quotes, claims, search
//! hits), with the marks that cover each piece. Linear in the marks: an
//! article with a hundred thousand quotes (a hostile file) must still open,
//! where comparing every piece with every mark took minutes.

/// A stretch of a paragraph and the marks covering all of it (indices into
/// the marks, ascending).
#[derive(Debug, PartialEq, Eq)]
pub struct Segment {
    pub start: usize,
    pub end: usize,
    pub covering: Vec<usize>,
}

/// For each paragraph (sorted, not overlapping), the indices of the marks
/// that overlap it, ascending.
pub fn marks_by_paragraph(
    paragraphs: &[(usize, usize)],
    marks: &[(usize, usize)],
) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); paragraphs.len()];
    for (i, &(start, end)) in marks.iter().enumerate() {
        let mut p = paragraphs
            .partition_point(|&(ps, _)| ps <= start)
            .saturating_sub(1);
        while p < paragraphs.len() && paragraphs[p].0 < end.max(start + 1) {
            let (ps, pe) = paragraphs[p];
            if start < pe && end > ps {
                out[p].push(i);
            }
            p += 1;
        }
    }
    out
}

/// `[start, end)` cut at every mark edge inside it (and at `extra` points)
/// that `cuttable` allows, each piece with the marks covering it whole.
pub fn segments(
    start: usize,
    end: usize,
    marks: &[(usize, usize)],
    in_paragraph: &[usize],
    extra: &[usize],
    cuttable: impl Fn(usize) -> bool,
) -> Vec<Segment> {
    let mut cuts = vec![start, end];
    let inside = |at: usize| start < at && at < end && cuttable(at);
    for &i in in_paragraph {
        let (s, e) = marks[i];
        cuts.extend([s, e].into_iter().filter(|&at| inside(at)));
    }
    cuts.extend(extra.iter().copied().filter(|&at| inside(at)));
    cuts.sort_unstable();
    cuts.dedup();
    let mut by_start: Vec<usize> = in_paragraph.to_vec();
    by_start.sort_by_key(|&i| (marks[i].0, i));
    let mut next = 0;
    let mut active: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(cuts.len().saturating_sub(1));
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        while next < by_start.len() && marks[by_start[next]].0 <= a {
            active.push(by_start[next]);
            next += 1;
        }
        active.retain(|&i| marks[i].1 > a);
        let mut covering: Vec<usize> = active
            .iter()
            .copied()
            .filter(|&i| marks[i].1 >= b)
            .collect();
        covering.sort_unstable();
        out.push(Segment {
            start: a,
            end: b,
            covering,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The obvious version: every piece against every mark.
    fn brute(start: usize, end: usize, marks: &[(usize, usize)]) -> Vec<Segment> {
        let mut cuts = vec![start, end];
        for &(s, e) in marks {
            cuts.extend([s, e].into_iter().filter(|&at| start < at && at < end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        cuts.windows(2)
            .map(|w| Segment {
                start: w[0],
                end: w[1],
                covering: (0..marks.len())
                    .filter(|&i| marks[i].0 <= w[0] && w[1] <= marks[i].1)
                    .collect(),
            })
            .collect()
    }

    #[test]
    fn pieces_and_covers_equal_the_obvious_version() {
        // Nested, overlapping, touching, empty and outside marks.
        let marks = [
            (2, 9),
            (4, 6),
            (6, 12),
            (0, 30),
            (9, 9),
            (25, 40),
            (40, 50),
            (1, 3),
        ];
        let paragraph: Vec<usize> = marks_by_paragraph(&[(0, 30)], &marks).remove(0);
        assert_eq!(
            segments(0, 30, &marks, &paragraph, &[], |_| true),
            brute(0, 30, &marks)
        );
    }

    #[test]
    fn marks_land_in_every_paragraph_they_overlap() {
        let paragraphs = [(0, 10), (12, 20), (22, 30)];
        let marks = [(1, 5), (8, 14), (11, 12), (15, 29), (31, 33)];
        assert_eq!(
            marks_by_paragraph(&paragraphs, &marks),
            vec![vec![0, 1], vec![1, 3], vec![3]]
        );
    }

    #[test]
    fn a_hundred_thousand_marks_in_one_paragraph_stay_fast_enough() {
        let marks: Vec<(usize, usize)> = (0..100_000).map(|i| (i * 10, i * 10 + 5)).collect();
        let all: Vec<usize> = (0..marks.len()).collect();
        let pieces = segments(0, 1_000_000, &marks, &all, &[], |_| true);
        assert_eq!(pieces.len(), 200_000);
        assert_eq!(pieces[0].covering, vec![0]);
        assert!(pieces[1].covering.is_empty());
    }
}
