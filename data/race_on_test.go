//go:build race

package data

// raceDetector: the race detector instruments every allocation, so a
// test that measures allocations does not measure the program.
const raceDetector = true
