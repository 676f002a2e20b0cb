// Package app is the one road between the front ends (the commands in
// package main, the terminal view in tui, and serve) and data, model and
// report. Every front end opens a plan with Open (finding it, loading plan,
// status, tables and git history, the as-of and as-recorded choices),
// records what a person typed with Plan.Record (one reader of typed text,
// data.ReadTyped, and one write path, the plan's data.Store), and shows a
// snapshot through Plan.Shown (the verdicts and standings worked out once
// per snapshot and shared by every session of the plan).
//
// Front ends only translate keys and flags into these calls and their
// results into screens and output. Errors are plain errors: *Refused for
// input a person gave that cannot be used, data.Problems for files that
// cannot be read; the commands alone map them to exit codes.
package app
