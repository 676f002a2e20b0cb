package lang

import "maps"

// The texts of keys_tuiplans.go.
func init() {
	maps.Copy(da, map[Key]string{
		WorkedOnPrefix:   "%s: %s",
		FormStateKeep:    "ingen ny tilstand, kun beløbet",
		FormSpentHint:    "fx 120.000 eller 1,2 mio.",
		FormSpentOrState: "vælg en tilstand, eller skriv et beløb brugt i perioden",
		FormSpentSoFar:   "til og med %s: %s",
		FoundInSummary:   "i beskrivelsen: %s",
		FoundInMeans:     "under \"Det betyder, at\": %s",
		FoundInNote:      "i en note (%s): %s",
	})
	maps.Copy(en, map[Key]string{
		WorkedOnPrefix:   "%s: %s",
		FormStateKeep:    "no new state, only the amount",
		FormSpentHint:    "e.g. 120000 or 1.2 mio.",
		FormSpentOrState: "pick a state, or type an amount spent in the period",
		FormSpentSoFar:   "up to %s: %s",
		FoundInSummary:   "in the summary: %s",
		FoundInMeans:     "under \"This means that\": %s",
		FoundInNote:      "in a note (%s): %s",
	})
}
