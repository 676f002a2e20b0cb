package lang

// Issue 25, the committee's cycle: meetings, owners, written assessments,
// approvals. Each part of the cycle keeps its keys in a file of its own
// (keys_*.go) and its texts beside them (cycle*.go).
const (
	MeetingPeriodNotReviewed Key = "MeetingPeriodNotReviewed"
	MeetingDateOutside       Key = "MeetingDateOutside"
	MeetingDeadlineAfter     Key = "MeetingDeadlineAfter"
	MeetingDeadlineEarly     Key = "MeetingDeadlineEarly"
	MeetingTwice             Key = "MeetingTwice"
	OwnerTwice               Key = "OwnerTwice"
	OwnerBadEmail            Key = "OwnerBadEmail"
	WrittenNeedsText         Key = "WrittenNeedsText"
	WrittenWithFigure        Key = "WrittenWithFigure"
	ApprovalBadPaper         Key = "ApprovalBadPaper"
	ApprovalWithOther        Key = "ApprovalWithOther"
	ClosedNeedsRevised       Key = "ClosedNeedsRevised"
	RevisedWithout           Key = "RevisedWithout"
	HistoryTyped             Key = "HistoryTyped"
	NextMeetingHead          Key = "NextMeetingHead"
	NextMeetingDeadline      Key = "NextMeetingDeadline"
	NextMeetingOverdue       Key = "NextMeetingOverdue"
	NextMeetingAllIn         Key = "NextMeetingAllIn"
	NextMeetingMissingOne    Key = "NextMeetingMissingOne"
	NextMeetingMissing       Key = "NextMeetingMissing"
	Overdue                  Key = "Overdue"
	OverdueSince             Key = "OverdueSince"
	OverdueTitle             Key = "OverdueTitle"
	DateDayMonth             Key = "DateDayMonth"
)
