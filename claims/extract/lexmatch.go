// Stage 3b, lexicon matching: tokens → hits. Every phrase lexicon (hedges, evidence, stance,
// boilerplate, …; the "phrases" section of lexicon.yaml) is matched against a sentence's tokens
// in one pass, one map lookup per token. Later stages ask the hits ("has the sentence a hedge?")
// instead of reading the words again.

package extract

import (
	"slices"
	"strings"
)

// The lexicons are matched on tokens, in one pass per sentence, with one map lookup per token:
// regular expressions with large case-insensitive alternations cost twenty times more, and
// extraction must read several megabytes a second.

type lexID uint8

const (
	lexHedge lexID = iota
	lexPhysical
	lexInspectVerb
	lexForensic
	lexDocuments
	lexImagery
	lexTestimony
	lexStatement
	lexOpenSource
	lexAppeal
	lexAddress
	lexOpinion
	lexResponsibility
	lexProvenance
	lexLegal
	lexEvent
	lexCannot
	lexNegative
	lexDismissTarget
	lexDismissWord
	lexRespUnknown
	lexAnaphoricObject
	lexQuantityNoun
	lexNumber
	lexWeapon
	lexUsing
	lexLocal
	lexSelfClaim
	lexAccusatory
	lexMisconduct
	lexMilitant
	lexNoComment
	lexPledge
	lexFeeling
	lexHostile
	lexImperative
	lexFuture
	lexSpeculation
	lexPublicAppeal
	lexViolent
	lexSentimentAct
	lexDefence
	numLex
)

type lexEntry struct {
	lex   lexID
	words []string // after the first
	stems []bool
	ord   int // position in the lexicon's expansion: hits at one token keep this order
}

type lexMatcher struct {
	exact   map[string][]lexEntry  // by first word
	stems   map[string][]lexEntry  // by the first three letters of a first-word stem
	grouped map[string]*entryGroup // exact, grouped by the second word
}

// entryGroup is the entries that begin with one word, split by their second word: "would",
// "will" and "did" begin some 200 entries each, and trying every one at every "would" was
// the matcher's main cost.
type entryGroup struct {
	single   []lexEntry            // the word alone
	byNext   map[string][]lexEntry // two or more words, by the exact second word
	stemNext []lexEntry            // two or more words, the second a stem
}

func groupEntries(entries []lexEntry) *entryGroup {
	g := &entryGroup{byNext: map[string][]lexEntry{}}
	for _, e := range entries {
		switch {
		case len(e.words) == 1:
			g.single = append(g.single, e)
		case e.stems[1]:
			g.stemNext = append(g.stemNext, e)
		default:
			g.byNext[e.words[1]] = append(g.byNext[e.words[1]], e)
		}
	}
	return g
}

var lexicons = buildMatcher()

func buildMatcher() *lexMatcher {
	m := &lexMatcher{exact: map[string][]lexEntry{}, stems: map[string][]lexEntry{}, grouped: map[string]*entryGroup{}}
	ord := 0
	for lex, specs := range lexiconSpecs {
		var all []string
		for _, spec := range specs {
			all = append(all, spec)
			if strings.Contains(spec, "'") {
				all = append(all, strings.ReplaceAll(spec, "'", "’")) // "couldn’t" as typeset
			}
		}
		for _, spec := range all {
			for _, words := range expand(strings.Fields(spec)) {
				e := lexEntry{lex: lex, ord: ord}
				ord++
				stems := make([]bool, len(words))
				for i, w := range words {
					if strings.HasSuffix(w, "*") {
						words[i] = strings.TrimSuffix(w, "*")
						stems[i] = true
					}
				}
				e.words, e.stems = words, stems
				if stems[0] {
					key := prefixKey(words[0])
					m.stems[key] = append(m.stems[key], e)
				} else {
					m.exact[words[0]] = append(m.exact[words[0]], e)
				}
			}
		}
	}
	for w, entries := range m.exact {
		m.grouped[w] = groupEntries(entries)
	}
	return m
}

func prefixKey(w string) string {
	if len(w) > 3 {
		return w[:3]
	}
	return w
}

// expand turns "(a|b)? c" into [[a c] [b c] [c]].
func expand(parts []string) [][]string {
	out := [][]string{{}}
	for _, p := range parts {
		var options []string
		optional := false
		if strings.HasPrefix(p, "(") {
			body := strings.TrimPrefix(p, "(")
			if strings.HasSuffix(body, ")?") {
				optional = true
				body = strings.TrimSuffix(body, ")?")
			} else {
				body = strings.TrimSuffix(body, ")")
			}
			options = strings.Split(body, "|")
		} else {
			options = []string{p}
		}
		var next [][]string
		for _, prefix := range out {
			for _, o := range options {
				next = append(next, append(append([]string{}, prefix...), o))
			}
			if optional {
				next = append(next, append([]string{}, prefix...))
			}
		}
		out = next
	}
	return out
}

// hit is a lexicon match: tokens [start, end).
type hit struct{ start, end int }

// hits are a sentence's lexicon matches, by lexicon.
type hits [numLex][]hit

func (h *hits) has(l lexID) bool { return len(h[l]) > 0 }

func wordMatches(tok, want string, stem bool) bool {
	if stem {
		return strings.HasPrefix(tok, want)
	}
	return tok == want
}

// scan matches every lexicon against toks.
var informationNouns = lexWords("informationNouns")

func (m *lexMatcher) scan(toks []token) *hits {
	return m.scanInto(new(hits), toks)
}

// scanInto is scan reusing h's storage: one hits value serves every sentence of a document.
func (m *lexMatcher) scanInto(h *hits, toks []token) *hits {
	for l := range h {
		h[l] = h[l][:0]
	}
	for i := range toks {
		t := &toks[i]
		w := possessive(t.lower)
		if t.possInfo != nil && t.possInfo.entries != nil {
			m.tryGroup(h, toks, i, t.possInfo.entries) // m.exact[w], looked up when the token was made
		}
		if t.lower != w && t.info != nil && t.info.entries != nil {
			m.tryGroup(h, toks, i, t.info.entries)
		}
		if len(w) >= 3 {
			for _, e := range m.stems[prefixKey(w)] {
				if strings.HasPrefix(w, e.words[0]) {
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

// filterHits drops the matches that the words around them undo.
func filterHits(h *hits, toks []token) *hits {
	// "a heart attack", "a panic attack": an illness, not a hostile act.
	h[lexHostile] = slices.DeleteFunc(h[lexHostile], func(x hit) bool {
		return x.start > 0 && illnessBefore[toks[x.start-1].lower]
	})
	// "the concerned individual": the individual in question, not a worried one.
	h[lexFeeling] = slices.DeleteFunc(h[lexFeeling], func(x hit) bool {
		return x.end-x.start == 1 && inQuestionAdjectives[toks[x.start].lower] && x.start > 0 && determiners[toks[x.start-1].lower] &&
			x.end < len(toks) && !toks[x.end].punct
	})
	// "US" is the country, not the reader.
	h[lexAddress] = slices.DeleteFunc(h[lexAddress], func(x hit) bool { return toks[x.start].text == "US" })
	// "provided details of the deaths": information handed over, not arms supplied.
	h[lexResponsibility] = slices.DeleteFunc(h[lexResponsibility], func(x hit) bool {
		return x.end < len(toks) && informationNouns[possessive(toks[x.end].lower)]
	})
	return h
}

// illnessBefore make an "attack" an illness ("heart attack").
var illnessBefore = lexWords("illnessBefore")

var inQuestionAdjectives = lexWords("inQuestionAdjectives")

// tryGroup is try over the entries beginning with toks[i]'s word: the one-word entries, those
// whose second word is the next token's, those whose second word is a stem. Hits are added in
// the entries' lexicon order, as trying them all in turn would.
func (m *lexMatcher) tryGroup(h *hits, toks []token, i int, g *entryGroup) {
	var next []lexEntry
	if i+1 < len(toks) {
		next = g.byNext[toks[i+1].lower]
	}
	if len(g.stemNext) == 0 && (len(g.single) == 0 || len(next) == 0) {
		m.try(h, toks, i, g.single) // one list at most: already in order
		m.try(h, toks, i, next)
		return
	}
	var found [numLex][]hit
	var ords [numLex][]int
	add := func(entries []lexEntry) {
		for _, e := range entries {
			if end, ok := matchAt(toks, i, e); ok {
				k := len(ords[e.lex])
				for k > 0 && ords[e.lex][k-1] > e.ord {
					k--
				}
				ords[e.lex] = slices.Insert(ords[e.lex], k, e.ord)
				found[e.lex] = slices.Insert(found[e.lex], k, hit{i, end})
			}
		}
	}
	add(g.single)
	add(next)
	add(g.stemNext)
	for l := range found {
		h[l] = append(h[l], found[l]...)
	}
}

// matchAt: entry e matches the tokens from i; end is where the match ends.
func matchAt(toks []token, i int, e lexEntry) (int, bool) {
	n := len(e.words)
	if i+n > len(toks) {
		return 0, false
	}
	for k := 1; k < n; k++ {
		if !wordMatches(toks[i+k].lower, e.words[k], e.stems[k]) {
			return 0, false
		}
	}
	return i + n, true
}

func (m *lexMatcher) try(h *hits, toks []token, i int, entries []lexEntry) {
	for _, e := range entries {
		if end, ok := matchAt(toks, i, e); ok {
			h[e.lex] = append(h[e.lex], hit{i, end})
		}
	}
}

// wordIn reports whether a single lower-case word belongs to a lexicon.
func wordIn(l lexID, w string) bool {
	for _, e := range lexicons.exact[w] {
		if e.lex == l && len(e.words) == 1 {
			return true
		}
	}
	for _, e := range lexicons.stems[prefixKey(w)] {
		if e.lex == l && len(e.words) == 1 && strings.HasPrefix(w, e.words[0]) {
			return true
		}
	}
	return false
}

func anyWordIn(l lexID, words []string) bool {
	for _, w := range words {
		if wordIn(l, strings.Trim(possessive(lowerWord(w)), ".,;:")) {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' || wordIn(lexNumber, w)
}
