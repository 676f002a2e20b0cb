package model

// Supersedes reports whether entry e, later in the file, replaces w for the
// same measure (or initiative) and period, by the format's rule: a later
// `at` wins; where `at` is equal, the higher Sum; where `at` is missing on
// either side, the later in the file does.
func Supersedes(e, w *Entry) bool { return supersedes(e, w) }
