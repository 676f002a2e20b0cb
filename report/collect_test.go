package report

import "testing"

func TestSafeFileName(t *testing.T) {
	for in, want := range map[string]string{
		"ydelse": "ydelse", "Team Ældre": "team-aeldre", "Arbejdsmarked, Team Ydelse": "arbejdsmarked-team-ydelse",
		"../../etc/passwd": "etc-passwd", "Jobcenter Køge – Sø": "jobcenter-koege-soe", "": "ejer", "???": "ejer", "S1_I2": "s1_i2",
		".": "ejer", "..": "ejer", "CON": "con_", "nul": "nul_", "Com1": "com1_", "LPT9": "lpt9_", "com10": "com10", "console": "console",
	} {
		if got := SafeFileName(in); got != want {
			t.Errorf("SafeFileName(%q) = %q, want %q", in, got, want)
		}
	}
}
