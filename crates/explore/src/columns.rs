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
}

impl Default for Columns {
    fn default() -> Self {
        Columns {
            len: 0,
            starts: std::array::from_fn(|_| vec![0]),
            values: Default::default(),
        }
    }
}

impl Columns {
    /// Appends one item, given its value numbers for each facet.
    pub(crate) fn push(&mut self, mut values_of: impl FnMut(usize, &mut Vec<u32>)) {
        for f in 0..FACETS {
            values_of(f, &mut self.values[f]);
            self.starts[f].push(self.values[f].len() as u32);
        }
        self.len += 1;
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// Item `item`'s values of facet number `facet`.
    pub(crate) fn get(&self, facet: usize, item: usize) -> &[u32] {
        let starts = &self.starts[facet];
        &self.values[facet][starts[item] as usize..starts[item + 1] as usize]
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
}
