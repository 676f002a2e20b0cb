package lang

import "testing"

// Amounts as Danes read them: kroner below a million, millions with one
// decimal from a million; English says DKK.
func TestAmountsAsPeopleReadThem(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{Da.Kroner(250000), "250.000 kr."},
		{Da.Kroner(2100000), "2,1 mio. kr."},
		{Da.Kroner(5e6), "5,0 mio. kr."},
		{Da.Kroner(1.25e9), "1.250,0 mio. kr."},
		{Da.Kroner(120000.4), "120.000 kr."},
		{Da.KronerOf(4.7e6, 5e6), "4,7 af 5,0 mio. kr."},
		{Da.KronerOf(120000, 250000), "120.000 af 250.000 kr."},
		{En.Kroner(250000), "DKK 250,000"},
		{En.Kroner(2.1e6), "DKK 2.1m"},
		{En.KronerOf(4.7e6, 5e6), "DKK 4.7 of 5.0m"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
