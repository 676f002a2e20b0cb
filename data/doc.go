// Package data owns beskplan's files: it finds a plan (Locate), reads and
// checks plan.toml and status.toml with every problem placed at its
// FILE:LINE:COLUMN (Load), appends entries safely under a lock with a
// checksum per block (Writer), repairs a torn end, keeps one Store per
// plan that hands out immutable Snapshots to every view, imports figures
// from CSV files and workbooks, reads the comparison folder's tables, and
// writes a new plan (Init).
//
// It also holds the one reader of what people type (ReadTyped), since a
// typed figure is checked against the plan as the files give it.
//
// What it does not own: the domain and its maths (package model, which
// data fills in), the way front ends open and show a plan (package app),
// the words people read (package lang) and the papers (package report).
package data
