package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/internal/printable"
	"github.com/beskplan/beskplan/lang"
	"github.com/beskplan/beskplan/model"
)

// Collect is what the figures for one of the committee's meetings still
// lack, owner by owner, and what the manager hears of: `beskplan collect`.
type Collect struct {
	Meeting model.Meeting
	// Before is the meeting before this one, nil for the plan's first:
	// Twice compares with it.
	Before *model.Meeting
	Snap   *model.Snapshot // the plan as of the meeting's period
	// Owners are those with something missing: the plan's [[owner]]s in
	// their order, then owners named in free text as the plan first names
	// them, then the items with no owner at all.
	Owners []*CollectOwner
	// Twice are the measures missing a figure at this meeting that were
	// missing one at the meeting before too (as recorded by its date).
	Twice []*CollectMeasure
	// Overdue are the initiatives past their due date by the end of the
	// meeting's period.
	Overdue []*CollectInitiative
}

// CollectOwner is an owner and what it still owes the meeting.
type CollectOwner struct {
	ID    string // the [[owner]]'s id or the free text; "" for the items without an owner
	Name  string // as the plan names it; "" for the items without an owner
	Email string // "" when the plan gives none
	// File is the owner's file name without its extension: the id in
	// safe characters ("ydelse", "team-aeldre", "uden-ejer"), unique.
	File        string
	Measures    []*model.MeasureStatus
	Initiatives []*CollectInitiative
}

// Said is the owner as people read it: its name, else its id, else "Uden ejer".
func (o *CollectOwner) Said(l lang.Lang) string {
	switch {
	case o.Name != "":
		return printable.Line(o.Name)
	case o.ID != "":
		return printable.Line(o.ID)
	}
	return l.T(lang.CollectNoOwner)
}

// CollectInitiative is an initiative the meeting lacks a state of, or one
// past its due date.
type CollectInitiative struct {
	Initiative *model.Initiative
	Owner      *CollectOwner
	State      model.State // its latest state by the meeting's period; "" when none
	NoState    bool        // no state recorded for the meeting's period (and it is not finished)
	Overdue    bool        // past its due date by the period's end, neither done nor dropped
}

// CollectMeasure is a measure on the manager's list, with its owner.
type CollectMeasure struct {
	Status *model.MeasureStatus
	Owner  *CollectOwner
}

// CollectFor works out what the meeting still lacks in the plan. A
// measure lacks its figure where the snapshot as of the meeting's period
// has it missing (MeasureStatus.Missing, as every missing list says it);
// an initiative lacks its state where none is recorded for the meeting's
// period, unless it is done or dropped, and is on the list anyway where
// it is overdue.
func CollectFor(p *model.Plan, m model.Meeting) *Collect {
	c := &Collect{Meeting: m, Before: p.LastMeeting(m.Date), Snap: model.Compute(p, model.View{AsOf: m.Period})}
	owners := map[string]*CollectOwner{}
	rank := map[*CollectOwner]int{}
	ownerOf := func(texts ...string) *CollectOwner {
		text := ""
		for _, t := range texts {
			if text = strings.TrimSpace(t); text != "" {
				break
			}
		}
		if o := owners[text]; o != nil {
			return o
		}
		o := &CollectOwner{ID: text, Name: text}
		rank[o] = len(p.Owners) + len(owners) // free text, in the order first named
		if text == "" {
			rank[o] = 1 << 30
		}
		for i, po := range p.Owners {
			if po.ID == text {
				o.Name, o.Email, rank[o] = po.Name, po.Email, i
			}
		}
		owners[text] = o
		return o
	}
	var before *model.Snapshot
	if c.Before != nil { // missing then: as that meeting saw it, on its date
		before = model.Compute(p, model.View{AsOf: c.Before.Period, AsRecorded: c.Before.Date})
	}
	for _, ms := range c.Snap.MeasuresOnce() {
		if !ms.Missing {
			continue
		}
		o := ownerOf(measureOwners(ms.Measure)...)
		o.Measures = append(o.Measures, ms)
		if before != nil && before.Measure(ms.Measure).Missing {
			c.Twice = append(c.Twice, &CollectMeasure{Status: ms, Owner: o})
		}
	}
	end := m.Period.End()
	for _, in := range p.Initiatives() {
		st := c.Snap.Initiative(in)
		finished := st.State == model.Done || st.State == model.Dropped
		ci := &CollectInitiative{Initiative: in, State: st.State,
			NoState: !finished && (st.Entry == nil || !m.Period.Contains(st.Entry.Period)),
			Overdue: in.Overdue(st.State, end)}
		if !ci.NoState && !ci.Overdue {
			continue
		}
		ci.Owner = ownerOf(initiativeOwners(in)...)
		ci.Owner.Initiatives = append(ci.Owner.Initiatives, ci)
		if ci.Overdue {
			c.Overdue = append(c.Overdue, ci)
		}
	}
	for _, o := range owners {
		c.Owners = append(c.Owners, o)
	}
	slices.SortFunc(c.Owners, func(a, b *CollectOwner) int { return rank[a] - rank[b] })
	files := map[string]bool{}
	for _, o := range c.Owners {
		base := SafeFileName(o.ID)
		if o.ID == "" {
			base = "uden-ejer"
		}
		o.File = base
		for n := 2; files[o.File]; n++ {
			o.File = fmt.Sprintf("%s-%d", base, n)
		}
		files[o.File] = true
	}
	return c
}

// measureOwners are the owners a measure may name, nearest first: its
// own, its strategy's, its goal's.
func measureOwners(m *model.Measure) []string {
	out := []string{m.Owner}
	if m.Strategy != nil {
		out = append(out, m.Strategy.Owner)
	}
	if m.Goal != nil {
		out = append(out, m.Goal.Owner)
	}
	return out
}

// initiativeOwners are the owners an initiative may name, nearest first.
func initiativeOwners(in *model.Initiative) []string {
	out := []string{in.Owner}
	if s := in.Strategy; s != nil {
		out = append(out, s.Owner)
		if s.Goal != nil {
			out = append(out, s.Goal.Owner)
		}
	}
	return out
}

// SafeFileName is a name in the characters every file system and mail
// program takes: lower-case letters, digits, '-' and '_' ("Team Ældre" is
// "team-aeldre"); "ejer" when nothing is left.
func SafeFileName(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
			b.WriteRune(r)
			dash = false
			continue
		case r == 'æ' || r == 'ä':
			b.WriteString("ae")
		case r == 'ø' || r == 'ö':
			b.WriteString("oe")
		case r == 'å':
			b.WriteString("aa")
		case r == 'é' || r == 'è':
			b.WriteString("e")
		case r == 'ü':
			b.WriteString("ue")
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = true
			continue
		}
		dash = false
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > 60 {
		out = strings.TrimRight(out[:60], "-")
	}
	if out == "" {
		return "ejer"
	}
	if windowsReserved(out) { // CON.xlsx cannot be made on Windows, whatever its extension
		out += "_"
	}
	return out
}

// windowsReserved reports whether name (lower case) is a device name that
// Windows refuses as a file's name: con, prn, aux, nul, com1-9, lpt1-9.
func windowsReserved(name string) bool {
	switch name {
	case "con", "prn", "aux", "nul":
		return true
	}
	return len(name) == 4 && (strings.HasPrefix(name, "com") || strings.HasPrefix(name, "lpt")) && name[3] >= '1' && name[3] <= '9'
}

// Missing reports whether the owner owes the meeting anything.
func (c *Collect) Missing() bool { return len(c.Owners) > 0 }

// Title is the list's first line: the meeting, its period, the deadline.
func (c *Collect) Title(l lang.Lang) string {
	return l.T(lang.CollectTitle, l.Date(c.Meeting.Date), l.Period(c.Meeting.Period), l.Date(c.Meeting.Deadline))
}

// WriteCollect writes the list as plain text: per owner (with its e-mail
// address, or that it has none) what is missing, then the manager's list.
func WriteCollect(w io.Writer, c *Collect, l lang.Lang) error {
	var b strings.Builder
	b.WriteString(c.Title(l) + "\n")
	if !c.Missing() {
		b.WriteString("\n" + l.T(lang.CollectNothing, l.Period(c.Meeting.Period)) + "\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	width := 0
	for _, o := range c.Owners {
		for _, ms := range o.Measures {
			width = max(width, utf8.RuneCountInString(ms.Measure.ID))
		}
		for _, ci := range o.Initiatives {
			width = max(width, utf8.RuneCountInString(ci.Initiative.ID))
		}
	}
	line := func(indent, id, text string) {
		fmt.Fprintf(&b, "%s%s%s  %s\n", indent, id, strings.Repeat(" ", width-utf8.RuneCountInString(id)), printable.Line(text))
	}
	for _, o := range c.Owners {
		head := o.Said(l) + " – " + l.T(lang.CollectNoEmail)
		if o.Email != "" {
			head = o.Said(l) + " <" + printable.Line(o.Email) + ">"
		}
		b.WriteString("\n" + head + "\n")
		for _, ms := range o.Measures {
			line("  ", ms.Measure.ID, l.T(lang.CollectMeasureLine, ms.Measure.Title, l.Period(ms.Due)))
		}
		for _, ci := range o.Initiatives {
			in := ci.Initiative
			if ci.Overdue {
				line("  ", in.ID, l.T(lang.CollectOverdueLine, in.Title, l.Date(in.Due), stateSaid(ci.State, l)))
			} else {
				line("  ", in.ID, l.T(lang.CollectStateLine, in.Title, l.Period(c.Meeting.Period)))
			}
		}
	}
	b.WriteString("\n" + l.T(lang.CollectManager) + "\n")
	switch {
	case c.Before == nil:
		b.WriteString("  " + l.T(lang.CollectFirstMeeting, l.Date(c.Meeting.Date)) + "\n")
	case len(c.Twice) == 0:
		b.WriteString("  " + l.T(lang.CollectTwiceNone) + "\n")
	default:
		b.WriteString("  " + l.T(lang.CollectTwice, l.Date(c.Before.Date), l.Date(c.Meeting.Date)) + "\n")
		for _, cm := range c.Twice {
			line("    ", cm.Status.Measure.ID, l.T(lang.CollectTwiceLine, cm.Status.Measure.Title, cm.Owner.Said(l)))
		}
	}
	if len(c.Overdue) == 0 {
		b.WriteString("  " + l.T(lang.CollectOverdueNone) + "\n")
	} else {
		b.WriteString("  " + l.T(lang.CollectOverdueHead) + "\n")
		for _, ci := range c.Overdue {
			in := ci.Initiative
			line("    ", in.ID, l.T(lang.CollectOverdueManager, in.Title, l.Date(in.Due), stateSaid(ci.State, l), ci.Owner.Said(l)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// stateSaid is an initiative's state in words, or that it has none.
func stateSaid(s model.State, l lang.Lang) string {
	if s == "" {
		return l.T(lang.CollectNoState)
	}
	return l.State(s)
}

// CollectXLSX writes the owner's workbook: the entry sheet alone
// ("Indtastning", as the report's), with a row per measure the owner
// lacks a figure of and per initiative it lacks a state of, which
// `beskplan import` reads back once filled in.
func CollectXLSX(w io.Writer, c *Collect, o *CollectOwner, l lang.Lang) error {
	s := c.Snap
	props := &excelize.DocProperties{Title: s.Plan.Municipality + " – " + o.Said(l), Language: l.Code(), Description: c.Title(l)}
	var initiatives []*model.Initiative
	for _, ci := range o.Initiatives {
		initiatives = append(initiatives, ci.Initiative)
	}
	return writeWorkbook(w, l, l.T(lang.SheetEntry), props, func(x *workbook, sheet string) {
		x.entryRows(sheet, s, o.Measures, initiatives)
	})
}
