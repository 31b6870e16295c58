// Written in the transaction of each load step, so the record never claims a step that was rolled back.
// params: $name, $edges, $seed, $version, $stepsDone, $complete
MERGE (dataset:BenchDataset {name: $name})
SET dataset.edges = toInteger($edges), dataset.seed = toInteger($seed), dataset.version = toInteger($version),
    dataset.stepsDone = toInteger($stepsDone), dataset.complete = $complete
