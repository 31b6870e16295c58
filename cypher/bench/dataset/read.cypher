// How far a benchmark dataset got: its record, or no row when it was never started.
// params: $name
MATCH (dataset:BenchDataset {name: $name})
RETURN dataset {.name, .edges, .seed, .version, .stepsDone, .complete} AS dataset
