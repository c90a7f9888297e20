//! The facet values of every item of one list, stored flat, one column per
//! facet: item `i`'s values of facet `f` are `values[f][starts[f][i]..starts[f][i + 1]]`.
//!
//! A query counts facet values over every matching item; with one small vector
//! per item and facet that meant a pointer to follow (and a likely cache miss)
//! per item and facet, most of a one-letter search's time. Read column by
//! column in item order, the same counting is a sequential scan.

use crate::facets::Facet;

const FACETS: usize = Facet::ALL.len();

#[derive(Debug, Clone)]
pub(crate) struct Columns {
    len: usize,
    starts: [Vec<u32>; FACETS],
    values: [Vec<u32>; FACETS],
    /// Whether every item has exactly one value of the facet (an article, a
    /// type): item `i`'s value is then `values[f][i]`, one read instead of three.
    single: [bool; FACETS],
}

impl Default for Columns {
    fn default() -> Self {
        Columns {
            len: 0,
            starts: std::array::from_fn(|_| vec![0]),
            values: Default::default(),
            single: [true; FACETS],
        }
    }
}

impl Columns {
    /// Appends one item, given its value numbers for each facet.
    pub(crate) fn push(&mut self, mut values_of: impl FnMut(usize, &mut Vec<u32>)) {
        for f in 0..FACETS {
            values_of(f, &mut self.values[f]);
            self.starts[f].push(self.values[f].len() as u32);
            self.single[f] &= self.values[f].len() == self.len + 1;
        }
        self.len += 1;
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Item `item`'s values of facet number `facet`.
    #[inline]
    pub(crate) fn get(&self, facet: usize, item: usize) -> &[u32] {
        let starts = &self.starts[facet];
        &self.values[facet][starts[item] as usize..starts[item + 1] as usize]
    }

    /// Adds one to `counts[v]` for every value `v` of facet number `facet`
    /// held by each of `items`.
    pub(crate) fn count(&self, facet: usize, items: &[usize], counts: &mut [usize]) {
        let (starts, values) = (&self.starts[facet], &self.values[facet]);
        if values.is_empty() {
            // A facet no item has (no outlet named anywhere): nothing to read.
            return;
        }
        if self.single[facet] {
            for &item in items {
                counts[values[item] as usize] += 1;
            }
            return;
        }
        for &item in items {
            for &value in &values[starts[item] as usize..starts[item + 1] as usize] {
                counts[value as usize] += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_item_reads_back_its_own_values() {
        let mut columns = Columns::default();
        columns.push(|f, out| out.extend((0..f as u32).map(|v| v * 10)));
        columns.push(|_, _| {});
        columns.push(|f, out| out.push(f as u32));
        assert_eq!(columns.len(), 3);
        assert_eq!(columns.get(2, 0), [0, 10]);
        assert!(columns.get(2, 1).is_empty());
        assert_eq!(columns.get(2, 2), [2]);
        assert_eq!(columns.get(0, 0), [] as [u32; 0]);
    }

    #[test]
    fn counting_adds_each_listed_items_values() {
        let mut columns = Columns::default();
        columns.push(|f, out| out.extend((0..f as u32).map(|v| v % 2)));
        columns.push(|_, _| {});
        columns.push(|f, out| out.push(f as u32 % 3));
        let mut counts = vec![0; 3];
        columns.count(2, &[0, 1, 2], &mut counts);
        assert_eq!(counts, [1, 1, 1]);
        columns.count(2, &[0], &mut counts);
        assert_eq!(counts, [2, 2, 1]);
        columns.count(2, &[], &mut counts);
        assert_eq!(counts, [2, 2, 1]);
    }

    #[test]
    fn a_facet_of_one_value_per_item_counts_by_position() {
        let mut columns = Columns::default();
        for v in [2, 0, 2, 1] {
            columns.push(|f, out| {
                if f == 0 {
                    out.push(v)
                }
                if f == 1 && v == 2 {
                    out.push(v)
                }
            });
        }
        assert!(columns.single[0] && !columns.single[1]);
        let mut counts = vec![0; 3];
        columns.count(0, &[0, 2, 3], &mut counts);
        assert_eq!(counts, [0, 1, 2]);
        let mut counts = vec![0; 3];
        columns.count(1, &[0, 1, 2, 3], &mut counts);
        assert_eq!(counts, [0, 0, 2]);
    }
}
