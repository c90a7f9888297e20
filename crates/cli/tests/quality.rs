//! Extraction quality may not fall below the targets on any annotated
//! set: the seeds, the first unseen BBC articles and the held-out ones.

use std::path::Path;

#[test]
fn every_annotated_set_meets_the_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../annotations");
    let results = claimscope::eval::evaluate(&dir, false).expect("the annotations load");
    assert!(results.len() >= 3, "seeds, unseen and held-out sets");
    for (set, articles, s) in &results {
        let failing = [
            ("direct-quote F1", s.direct_f1 >= 0.97),
            ("speaker accuracy", s.speaker_accuracy >= 0.95),
            ("unattributed share", s.unattributed_share <= 0.03),
            ("source-type accuracy", s.source_type_accuracy >= 0.93),
        ];
        for (metric, ok) in failing {
            assert!(
                ok,
                "{set} ({articles} articles): {metric} below target: {s:?}"
            );
        }
    }
}
