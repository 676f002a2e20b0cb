package lang

import (
	"testing"
	"time"

	"github.com/beskplan/beskplan/model"
)

func TestPeriodsAndDatesAsPapersWriteThem(t *testing.T) {
	tests := []struct {
		l            Lang
		period, want string
	}{
		{Da, "2021-Q3", "3. kvartal 2021"},
		{Da, "2024-H1", "1. halvår 2024"},
		{Da, "2021-05", "maj 2021"},
		{Da, "2024", "2024"},
		{En, "2021-Q3", "Q3 2021"},
		{En, "2024-H1", "H1 2024"},
		{En, "2021-05", "May 2021"},
		{En, "2024", "2024"},
	}
	for _, tt := range tests {
		if got := tt.l.Period(model.MustPeriod(tt.period)); got != tt.want {
			t.Errorf("%s Period(%s) = %q, want %q", tt.l.Code(), tt.period, got, tt.want)
		}
	}
	d := model.NewDate(2022, time.December, 31)
	if got := Da.Date(d); got != "31. december 2022" {
		t.Errorf("Da.Date = %q", got)
	}
	if got := En.Date(d); got != "31 December 2022" {
		t.Errorf("En.Date = %q", got)
	}
}

func TestUnitsAndPluralsAsWritten(t *testing.T) {
	tests := []struct{ got, want string }{
		{Da.Value(1958, "antal"), "1.958"},
		{Da.Value(3.9, "pp"), "3,9 procentpoint"},
		{En.Value(3.9, "pp"), "3.9 pp"},
		{Da.Value(74, "helårspersoner"), "74 helårspersoner"},
		{Da.Value(15, "Placering"), "nr. 15 af 98"}, // as the plan's checks read the unit: case and spaces aside
		{Da.Value(15, " rang"), "nr. 15 af 98"},
		{Da.N(1, CountInitiative, CountInitiatives), "1 initiativ"},
		{Da.N(2, CountInitiative, CountInitiatives), "2 initiativer"},
		{En.N(1, CountInitiative, CountInitiatives), "1 initiative"},
		{Da.UnitName("pp"), "procentpoint"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestDayNamesEveryMonthShort(t *testing.T) {
	da := []string{"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"}
	en := []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	for m := time.January; m <= time.December; m++ {
		d := time.Date(2026, m, 21, 14, 0, 0, 0, time.UTC)
		if got, want := Da.Day(d), "21. "+da[m-1]+" 2026"; got != want {
			t.Errorf("Da.Day(%v) = %q, want %q", d, got, want)
		}
		if got, want := En.Day(d), "21 "+en[m-1]+" 2026"; got != want {
			t.Errorf("En.Day(%v) = %q, want %q", d, got, want)
		}
	}
}
