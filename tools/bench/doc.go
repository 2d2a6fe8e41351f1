// Package bench is drguard's benchmark tooling, a module of its own so that none of it is
// part of the plugin's module (it builds against the repository root through a replace
// directive):
//
//   - benchgen: the generator of synthetic DR monorepos with planted violations
//     (cmd/benchgen writes one);
//   - cmd/bench: `make bench`, which times TFLint --recursive over generated trees with
//     drguard and with the reference plugins floorplugin and nullplugin, measuring the
//     plugin processes through launcher;
//   - inprocess_test.go: the in-process Go benchmarks of drguard's analysis.
package bench
