package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/beskplan/beskplan/model"
)

func TestEscClosesHelpNotTheScreen(t *testing.T) {
	s := seen(press(sized(t, options(), 80, 24), "enter", "?", "esc"))
	if strings.Contains(s, "side op") {
		t.Errorf("esc must close the full help:\n%s", s)
	}
	if !strings.Contains(s, "Overblik › M1") {
		t.Errorf("esc on the help must stay on the goal:\n%s", s)
	}
}

func TestSearchResultOpensWithItsOwnPath(t *testing.T) {
	m := press(sized(t, options(), 80, 24), "enter", "enter", "/", "forsørg", "down", "down", "enter")
	s := seen(m)
	if !strings.Contains(s, "Overblik › M3 › R7") || strings.Contains(s, "Søg") {
		t.Errorf("a found measure opens with its own path:\n%s", s)
	}
	if !strings.Contains(s, "o overblik") {
		t.Errorf("the footer offers the key to the overview:\n%s", s)
	}
	s = seen(press(m, "o"))
	if !strings.Contains(s, "M1  Alle ledige") || strings.Contains(s, "› R7") {
		t.Errorf("o goes straight to the overview:\n%s", s)
	}
}

func TestGoalScreenStartsWithTitleAndProgress(t *testing.T) {
	for _, w := range []int{80, 160} {
		lines := strings.Split(seen(press(sized(t, options(), w, 24), "enter")), "\n")
		body := strings.Join(lines[2:4], "\n")
		if !strings.Contains(body, "Alle ledige skal have en værdig sagsbehandling") || !strings.Contains(body, "81 %") {
			t.Errorf("at %d columns the goal screen starts with its title and progress:\n%s", w, strings.Join(lines, "\n"))
		}
	}
}

func TestStrategyUsesTheSpaceBeforeCutting(t *testing.T) {
	loaded := example(t)
	s3 := loaded.Plan.Strategy("S3") // one initiative: two rows of list
	for i := range 10 {
		s3.Means = append(s3.Means, "Vi gør punkt nummer "+itoa(i+2)+" i øjenhøjde")
	}
	var m tea.Model = New(loaded, options())
	m, _ = m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	root := m.(Model)
	root.openPath(s3)
	s := seen(root)
	if !strings.Contains(s, "Vi gør punkt nummer 11") || !strings.Contains(s, "S3-I1") {
		t.Errorf("with one initiative, the bullets get the room the list does not need:\n%s", s)
	}
}

func TestPlanNoteIsShown(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {160, 48}} {
		s := seen(sized(t, options(), size.w, size.h))
		if !strings.Contains(s, "Et eksempel: mål og strategier") {
			t.Errorf("the plan's note must show at %dx%d:\n%s", size.w, size.h, s)
		}
	}
}

func TestOverviewRowOfUnscoredGoalHasNoDanglingSeparator(t *testing.T) {
	st := New(example(t), options()).st
	g := &model.GoalStatus{Goal: &model.Goal{ID: "L9", Kind: model.Local, Title: "Intet målt endnu"}, Counts: map[model.Track]int{}}
	line := ansi.Strip(st.goalRow(g, 78).lines[1])
	if strings.Contains(line, "·") || !strings.Contains(line, "Lokalt mål") {
		t.Errorf("a local goal with nothing scored reads %q", line)
	}
}

func TestWrapNeverBreaksInsideAFigure(t *testing.T) {
	for _, text := range []string{"på sporet · (forventet 100 %)", "nået · forventet 1.150,5 helårspersoner", "frist 2024-12-31 (mindst 70 %)"} {
		for w := 20; w < 60; w++ { // wider than the longest figure with its unit
			lines := strings.Split(ansi.Strip(wrap(text, w)), "\n")
			for i := 1; i < len(lines); i++ {
				prev, next := strings.TrimRight(lines[i-1], " "), strings.TrimLeft(lines[i], " ")
				if prev != "" && next != "" && prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9' && !strings.HasPrefix(next, "(") && (next[0] < '0' || next[0] > '9') {
					t.Errorf("at %d columns %q breaks inside a figure: %q", w, text, lines)
				}
			}
		}
	}
}

func TestSearchFindsInitiativesByTitleAndOwner(t *testing.T) {
	s := seen(press(sized(t, options(), 80, 24), "/", "team ydelse"))
	if !strings.Contains(s, "S1-I1") {
		t.Errorf("an initiative is found by its owner:\n%s", s)
	}
	m := press(sized(t, options(), 80, 24), "/", "kampagne")
	if s := seen(m); !strings.Contains(s, "S2-I1") {
		t.Fatalf("an initiative is found by its title:\n%s", s)
	}
	s = seen(press(m, "enter"))
	if !strings.Contains(s, "Overblik › M2 › S2") || !strings.Contains(s, "▌ Initiativ S2-I1") {
		t.Errorf("enter on an initiative opens its strategy with the cursor on it:\n%s", s)
	}
}

func TestSearchFoldsDanishLetters(t *testing.T) {
	for _, c := range []struct{ typed, want string }{
		{"vaerdig", "M1  "},
		{"forsorg", "L1  "},
		{"forsoerg", "L1  "},
		{"ojenhojde", "S1 "},
		{"aarligt", "S1-I2"},
		{"arligt", "S1-I2"},
		{"årligt", "S1-I2"},
	} {
		if s := seen(press(sized(t, options(), 80, 40), "/", c.typed)); !strings.Contains(s, c.want) {
			t.Errorf("%q must find %q:\n%s", c.typed, c.want, s)
		}
	}
	if got, want := fold("Aabenraa"), fold("åbenrå"); got != want {
		t.Errorf("aa and å fold alike: %q, %q", got, want)
	}
}
