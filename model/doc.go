// Package model is the employment plan in its users' words (plan, goal,
// strategy, initiative, measure, entry, period, track) and its maths: the
// expected figure on the way to a target, progress and tracks, verdicts
// people give, comparison with other municipalities and ranks, the
// changes since a meeting. It is pure Go: no files, no clock (the day is
// always passed in), no terminal and no user text; package data fills it
// from the files and package report and the views put it into words.
package model
