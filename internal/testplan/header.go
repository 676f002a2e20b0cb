package testplan

// Header is the start of the smallest plan the tests write: the plan's
// keys, quarterly from start to end, and one ministermål M1 with the
// title. It is 11 lines, so what a test adds starts on line 12 (the
// tests that check positions count on it).
func Header(start, end, goal string) string {
	return `format = 1
[plan]
municipality = "Prøve Kommune"
title = "Plan"
start = ` + start + `
end = ` + end + `
cadence = "quarterly"
[[goal]]
id = "M1"
kind = "minister"
title = "` + goal + `"
`
}
