// Package report turns a computed snapshot of a plan into text for people:
// the status overview (Status, for `beskplan status`), the committee's paper in
// Markdown, HTML, CSV and Excel (Write), the comparison of a measure with
// other municipalities (CompareOf), the missing list (Missing), and the words that
// explain each verdict (the Begrundelse line), shared by the view.
//
// It reads nothing from disk and writes only to the writer it is given;
// the snapshot comes from package app (or data for the tests), the
// verdicts from package model, the words from package lang.
package report
