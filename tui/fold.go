package tui

import "strings"

// folder lowers text and writes the Danish letters the ways people type
// them without a Danish keyboard: æ as ae, ø as o or oe, å as a or aa.
// Both the text searched and the words typed are folded, so each way
// finds the others.
var folder = strings.NewReplacer("æ", "ae", "ø", "o", "å", "a", "oe", "o", "aa", "a")

// fold is text as search compares it.
func fold(text string) string { return folder.Replace(strings.ToLower(text)) }
