package tui

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/beskplan/beskplan/model"
)

// r13Form is the form on R13 (Unge under 30 år, antal), whose 2026-Q3
// figure 1.958 was recorded by bo on 21 October 2026.
func r13Form(t *testing.T, w, h int) tea.Model {
	return press(sized(t, options(), w, h), "j", "j", "j", "j", "j", "enter", "j", "j", "e")
}

func TestFormShowsTheSavedFigureAndWhatItReplaces(t *testing.T) {
	m := r13Form(t, 80, 24)
	if s := seen(m); !strings.Contains(s, "1.958 fra") || !strings.Contains(s, "bo") {
		t.Errorf("the form shows the figure already saved for the period:\n%s", s)
	}
	s := seen(press(m, "1.950", "enter"))
	if !strings.Contains(s, "erstatter 1.958 fra 21. okt 2026 af bo") {
		t.Errorf("the confirm line says what the figure replaces:\n%s", s)
	}
}

func TestFormEchoShowsHowTheFigureWasRead(t *testing.T) {
	s := seen(press(r13Form(t, 80, 24), "1.750"))
	if !strings.Contains(s, "= 1.750 (1750)") {
		t.Errorf("the echo shows the plain digits beside the Danish form:\n%s", s)
	}
}

func TestFormReadsFiguresAsMeant(t *testing.T) {
	for _, c := range []struct{ typed, want, refuse string }{
		{"1 750", "= 1.750 (1750)", ""},
		{"12 %", "", "passer ikke"},
		{"47,1%", "", "passer ikke"},
		{"1.75", "mente du 1.750?", ""},
	} {
		m := press(r13Form(t, 80, 24), c.typed)
		s := seen(m)
		if c.want != "" && !strings.Contains(s, c.want) {
			t.Errorf("%q: the echo lacks %q:\n%s", c.typed, c.want, s)
		}
		if c.refuse != "" {
			s = seen(press(m, "enter"))
			if !strings.Contains(s, c.refuse) || strings.Contains(s, "Gem R13") {
				t.Errorf("%q must be refused (%q):\n%s", c.typed, c.refuse, s)
			}
		}
	}
}

func TestNoRecordingInAViewOfThePast(t *testing.T) {
	o := options()
	o.View.AsRecorded = model.NewDate(2026, time.October, 10)
	var m tea.Model = New(example(t), o)
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = press(m, "j", "j", "j", "j", "j", "enter", "j", "j")
	if s := seen(m); strings.Contains(s, "registrér") {
		t.Errorf("a view of the past offers no recording:\n%s", s)
	}
	if s := seen(press(m, "e")); strings.Contains(s, "Registrér") || strings.Contains(s, "Værdi") {
		t.Errorf("e must not open the form in a view of the past:\n%s", s)
	}
}

func TestCtrlCInAFormWithInputAsksFirst(t *testing.T) {
	m := press(r13Form(t, 80, 24), "17")
	m, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("ctrl+c with input quit without asking")
		}
	}
	if s := seen(m); !strings.Contains(s, "ctrl+c igen") {
		t.Errorf("ctrl+c with input must ask:\n%s", s)
	}
	_, cmd = m.Update(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if cmd == nil {
		t.Fatal("ctrl+c again must quit")
	}
	if _, quit := cmd().(tea.QuitMsg); !quit {
		t.Error("ctrl+c again must quit")
	}
}

func TestFormLeftPaneIsPaddedAndErrorsWrap(t *testing.T) {
	for _, w := range []int{120, 200} {
		m := press(r13Form(t, w, 30), "abc", "enter")
		s := seen(m)
		col := -1
		for _, line := range strings.Split(s, "\n")[2:20] {
			at := strings.Index(line, "│")
			if at < 0 {
				continue
			}
			at = len([]rune(line[:at]))
			if col >= 0 && at != col {
				t.Errorf("at %d columns the divider moves from %d to %d:\n%s", w, col, at, s)
				break
			}
			col = at
		}
		if !strings.Contains(strings.Join(strings.Fields(s), " "), "47.1") {
			t.Errorf("at %d columns the problem must be whole:\n%s", w, s)
		}
		why := "the disk holding the status file is full, so nothing could be written; free some space and press enter again to save the figure"
		m, _ = press(m, "backspace", "backspace", "backspace", "1750", "enter").Update(saveFailedMsg{errors.New(why)})
		s = seen(m)
		var left []string
		for _, line := range strings.Split(s, "\n") {
			before, _, _ := strings.Cut(line, "│")
			left = append(left, before)
		}
		if got := strings.Join(strings.Fields(strings.Join(left, "\n")), " "); !strings.Contains(got, "press enter again to save the figure") {
			t.Errorf("at %d columns a save error must wrap, not be cut:\n%s", w, s)
		}
	}
}

func TestStateFormPaneIsPadded(t *testing.T) {
	s := seen(press(sized(t, options(), 120, 30), "enter", "enter", "e"))
	col := -1
	for _, line := range strings.Split(s, "\n")[2:14] {
		if at := strings.Index(line, "│"); at >= 0 {
			at = len([]rune(line[:at]))
			if col >= 0 && at != col {
				t.Fatalf("the divider moves from %d to %d:\n%s", col, at, s)
			}
			col = at
		}
	}
}

// A period typed as people write it ("3. kvartal 2026") is the period the
// form saves under, so the form says what it replaces there too; it read
// the period strictly and said nothing (a new user's trial, 7 December).
func TestFormSaysWhatItReplacesForAPeriodTypedInDanish(t *testing.T) {
	m := r13Form(t, 80, 24)
	m = press(m, "up", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "3. kvartal 2026", "down", "1.950", "enter")
	if s := seen(m); !strings.Contains(s, "erstatter 1.958 fra 21. okt 2026 af bo") {
		t.Errorf("the confirm line says what the figure replaces:\n%s", s)
	}
}
