package report

import (
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// NextMeeting says what is next in the committee's cycle, for the view,
// `status` and the missing list alike: "Næste møde 12. november (3.
// kvartal 2026): 3 tal mangler, frist 5. november" (the year is said
// where it is not this year's). The
// count is the snapshot's when it is as of the meeting's period. "" where
// the plan has no meeting on or after today.
func NextMeeting(s *model.Snapshot, today model.Date, l lang.Lang) string {
	m := s.Plan.NextMeeting(today)
	if m == nil {
		return ""
	}
	head := l.T(lang.NextMeetingHead, l.DateIn(m.Date, today.Year), l.Period(m.Period))
	if s.View.AsOf != m.Period {
		return head + ", " + l.T(lang.NextMeetingDeadline, l.DateIn(m.Deadline, today.Year))
	}
	missing := 0
	for _, g := range s.Missing() {
		missing += len(g.Measures)
	}
	state := l.T(lang.NextMeetingAllIn)
	if missing > 0 {
		state = l.N(missing, lang.NextMeetingMissingOne, lang.NextMeetingMissing)
	}
	if m.Deadline.Before(today) && missing > 0 {
		return head + ": " + state + ", " + l.T(lang.NextMeetingOverdue, l.DateIn(m.Deadline, today.Year))
	}
	return head + ": " + state + ", " + l.T(lang.NextMeetingDeadline, l.DateIn(m.Deadline, today.Year))
}
