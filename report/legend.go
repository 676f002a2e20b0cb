package report

import (
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

var legendKeys = map[model.Track]lang.Key{
	model.Met: lang.LegendMet, model.OnTrack: lang.LegendOn, model.AtRisk: lang.LegendRisk, model.OffTrack: lang.LegendOff,
	model.Missed: lang.LegendMissed, model.Held: lang.LegendHeld, model.Breached: lang.LegendBreached,
	model.Pending: lang.LegendPending, model.NoData: lang.LegendNoData, model.NoTarget: lang.LegendNoTarget,
	model.Followed: lang.LegendFollowed, model.Awaiting: lang.LegendAwaiting, model.AssessedMetTrack: lang.LegendAssessed,
	model.AssessedPartlyTrack: lang.LegendAssessed, model.AssessedMissedTrack: lang.LegendAssessed,
}

// legendLine is one track and what it means.
type legendLine struct{ Track, Meaning, Key string }

// legend says what each track word means, in the order the overview counts them.
func legend(l lang.Lang) []legendLine {
	var lines []legendLine
	for _, t := range model.Tracks {
		lines = append(lines, legendLine{Track: l.Track(t), Meaning: l.T(legendKeys[t]), Key: t.String()})
	}
	return lines
}
