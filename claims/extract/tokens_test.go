package extract

import (
	"strings"
	"testing"
)

// normWord trims by hand what strings.Trim(possessive(w), ".,'’-") trims (the library's
// cutset with a non-ASCII rune is slow per token); the two must agree on every word.
func TestNormWordTrimsLikeStringsTrim(t *testing.T) {
	for _, w := range []string{"", ".", ",", "’", "'", "-", "u.s.", "’tis", "council’s", "council's", "'quoted'",
		"-.-,", "word’", "’’", "a-b", "...x...", "’s", "x's", "—dash", "café.", "naïve’", "’.’", "12,000,"} {
		if got, want := normWord(w), strings.Trim(possessive(w), ".,'’-"); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	}
}

func FuzzNormWord(f *testing.F) {
	f.Add("council’s.")
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := normWord(w), strings.Trim(possessive(w), ".,'’-"); got != want {
			t.Errorf("normWord(%q) = %q, want %q", w, got, want)
		}
	})
}
