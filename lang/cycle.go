package lang

import (
	"maps"

	"github.com/beskplan/beskplan/model"
)

// The texts of keys_cycle.go.
func init() {
	maps.Copy(da, map[Key]string{
		MeetingPeriodNotReviewed: "mødet %s gennemgår %s, som først slutter %s: et møde gennemgår en afsluttet periode",
		MeetingDateOutside:       "mødets dato %s ligger uden for planens periode %s til %s (eller året efter, hvor sidste periode gennemgås)",
		MeetingDeadlineAfter:     "fristen %s ligger efter mødet %s: tallene skal være der før mødet",
		MeetingDeadlineEarly:     "fristen %s ligger, før perioden %s slutter (%s): tallene kan først være der efter periodens slutning",
		MeetingTwice:             "der er allerede et møde %s; hvert møde står én gang",
		OwnerTwice:               "ejeren %q står allerede i planen; hver [[owner]] skal have sit eget id",
		OwnerBadEmail:            "%q er ingen e-mailadresse: skriv fx email = \"ydelse@kommune.dk\"",
		WrittenNeedsText:         "en vurdering af et mål eller et resultatmål skal have sin tekst: skriv vurdering = \"…\"",
		WrittenWithFigure:        "en vurdering (vurdering, indstilling) står i sin egen post: skriv %s i en post for sig",
		ApprovalBadPaper:         "paper skal være rapportens SHA-256 som \"sha256:\" og 64 hexcifre, ikke %q",
		ApprovalWithOther:        "en godkendelse (approved) står i sin egen post: %s hører ikke til den",
		ClosedNeedsRevised:       "%s er lukket af godkendelsen af %s (%s): en senere registrering for perioden skal have revised = \"hvorfor\"",
		RevisedWithout:           "revised siger, hvorfor et tal for en godkendt periode er rettet, men %s er ikke godkendt",
		HistoryTyped:             "%s tal for tidligere perioder (til og med %s) registreret",
		NextMeetingHead:          "Næste møde %s (%s)",
		NextMeetingDeadline:      "frist %s",
		NextMeetingOverdue:       "fristen var %s",
		NextMeetingAllIn:         "alle tal er der",
		NextMeetingMissingOne:    "%d tal mangler",
		NextMeetingMissing:       "%d tal mangler",
		Overdue:                  "forsinket",
		OverdueSince:             "forsinket: frist %s",
		OverdueTitle:             "Forsinkede initiativer pr. %s:",
		DateDayMonth:             "%d. %s",
	})
	maps.Copy(en, map[Key]string{
		MeetingPeriodNotReviewed: "the meeting %s reviews %s, which ends only on %s: a meeting reviews a period that has ended",
		MeetingDateOutside:       "the meeting's date %s lies outside the plan's period %s to %s (or the year after, when the last period is reviewed)",
		MeetingDeadlineAfter:     "the deadline %s is after the meeting %s: the figures are due before the meeting",
		MeetingDeadlineEarly:     "the deadline %s is before the period %s ends (%s): the figures can only be in after the period's end",
		MeetingTwice:             "there is already a meeting on %s; each meeting is there once",
		OwnerTwice:               "the owner %q is already in the plan; each [[owner]] needs its own id",
		OwnerBadEmail:            "%q is no e-mail address: write e.g. email = \"ydelse@kommune.dk\"",
		WrittenNeedsText:         "an assessment of a goal or a measure needs its text: write vurdering = \"…\"",
		WrittenWithFigure:        "an assessment (vurdering, indstilling) stands in an entry of its own: write %s in another entry",
		ApprovalBadPaper:         "paper must be the paper's SHA-256 as \"sha256:\" and 64 hex digits, not %q",
		ApprovalWithOther:        "an approval (approved) stands in an entry of its own: %s does not belong to it",
		ClosedNeedsRevised:       "%s is closed by the approval of %s (%s): a later entry for the period needs revised = \"why\"",
		RevisedWithout:           "revised says why a figure for an approved period was changed, but %s is not approved",
		HistoryTyped:             "%s figures for earlier periods (up to %s) recorded",
		NextMeetingHead:          "Next meeting %s (%s)",
		NextMeetingDeadline:      "due %s",
		NextMeetingOverdue:       "they were due %s",
		NextMeetingAllIn:         "all figures are in",
		NextMeetingMissingOne:    "%d figure missing",
		NextMeetingMissing:       "%d figures missing",
		Overdue:                  "overdue",
		OverdueSince:             "overdue: due %s",
		OverdueTitle:             "Initiatives overdue as of %s:",
		DateDayMonth:             "%d %s",
	})
}

// DateIn says a date as Date does, without the year where it is the
// year given: "12. november" in 2026, "9. februar 2027" otherwise.
func (l Lang) DateIn(d model.Date, year int) string {
	if d.IsZero() || d.Year != year {
		return l.Date(d)
	}
	return l.T(DateDayMonth, d.Day, l.month(int(d.Month)))
}
