package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// A token's class bits say what the word lists say, for every registered list and word.
func TestWordClassesAgreeWithTheirLists(t *testing.T) {
	sets := map[wordClass]map[string]bool{
		clsClauseVerb: clauseVerbs, clsAuxiliary: auxiliaries, clsDeterminer: determiners, clsIrregularPast: irregularPasts,
		clsPreposition: prepositions, clsQuantifier: quantifiers, clsPastBeforeObject: pastBeforeObject, clsWeekday: weekdays,
		clsPreVerbAdverb: preVerbAdverbs, clsOrgHead: orgHeads, clsNotAdverb: notAdverbs, clsAttackNoun: attackNouns,
		clsLocative: locatives, clsPlaceModifier: placeModifiers, clsTimeWord: timeWords, clsLeadingNoise: leadingNoise,
		clsPhraseModifier: phraseModifiers,
	}
	words := []string{"zebra", "", "said", "the", "The"}
	for _, set := range sets {
		for w := range set {
			words = append(words, w)
		}
	}
	for _, w := range words {
		tok := newToken(w, w, 0, len(w), false)
		for c, set := range sets {
			if tok.is(c) != set[w] {
				t.Errorf("%q: class bit %b says %v, the list says %v", w, c, tok.is(c), set[w])
			}
		}
	}
}

// The grouped matcher finds the hits, in the order, that trying every entry of the first word
// in turn finds, over every sentence of the fixture articles.
func TestGroupedLexiconMatchesTryingEveryEntry(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/articles/*")
	if err != nil || len(paths) == 0 {
		t.Fatal("no fixture articles", err)
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, sg := range segments(parseArticle(p, src)) {
			got := lexicons.scan(sg.toks)
			want := everyEntryScan(sg.toks)
			for l := range got {
				if len(got[l]) == 0 && len(want[l]) == 0 {
					continue
				}
				if !reflect.DeepEqual(got[l], want[l]) {
					t.Errorf("%s, %q, lexicon %d: got %v, want %v", p, src[sg.start:sg.end], l, got[l], want[l])
				}
			}
		}
	}
}

// The same over a sentence made of each lexicon phrase (stems completed), so that every
// entry — those with a stem for a second word too — is matched somewhere.
func TestGroupedLexiconMatchesOnEveryPhrase(t *testing.T) {
	n := 0
	for _, entries := range lexicons.exact {
		for _, e := range entries {
			words := append([]string{}, e.words...)
			for k := range words {
				if e.stems[k] {
					words[k] += "ed"
				}
			}
			src := []byte("Officials said that " + strings.Join(words, " ") + " on Monday.")
			toks := tokenize(src, 0, len(src))
			got, want := lexicons.scan(toks), everyEntryScan(toks)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q: got %v, want %v", src, got, want)
			}
			n++
		}
	}
	if n < 1000 {
		t.Fatalf("only %d phrases", n)
	}
}

// everyEntryScan is scanInto as it was before the entries were grouped: every entry of the
// token's word tried in order.
func everyEntryScan(toks []token) *hits {
	m := lexicons
	h := new(hits)
	for i, t := range toks {
		w := possessive(t.lower)
		m.try(h, toks, i, m.exact[w])
		if t.lower != w {
			m.try(h, toks, i, m.exact[t.lower])
		}
		if len(w) >= 3 {
			for _, e := range m.stems[prefixKey(w)] {
				if len(w) >= len(e.words[0]) && w[:len(e.words[0])] == e.words[0] {
					m.try(h, toks, i, []lexEntry{e})
				}
			}
		}
		if t.number() {
			h[lexNumber] = append(h[lexNumber], hit{i, i + 1})
		}
	}
	return filterHits(h, toks)
}
