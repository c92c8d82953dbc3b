package polnear

import (
	"unicode"
	"unicode/utf8"
)

// Counts are one measure's tallies: how many phrases the system reported and how many of them
// match a gold phrase, how many gold phrases there are and how many of them the system matched.
type Counts struct {
	System, SystemMatched int
	Gold, GoldMatched     int
}

// Precision is the share of the system's phrases that match a gold phrase (0 when it reported none).
func (c Counts) Precision() float64 { return ratio(c.SystemMatched, c.System) }

// Recall is the share of gold phrases the system matched (0 when there are none).
func (c Counts) Recall() float64 { return ratio(c.GoldMatched, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) {
	c.System += o.System
	c.SystemMatched += o.SystemMatched
	c.Gold += o.Gold
	c.GoldMatched += o.GoldMatched
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Scores are the measures the scorer reports. A source or cue matches by overlap when the two
// phrases share a character, and exactly when they have the same boundaries. Before either
// test, white space and punctuation at a phrase's ends are dropped (annotators often took the
// comma after an appositive, "X, the campaign manager,"). Each distinct phrase counts once on
// each side: two claims the system draws from one "he said" report one source. Pair is the
// attribution as a whole: a source and a cue that overlap the source and the cue of one gold
// attribution.
type Scores struct {
	Articles      int
	SourceOverlap Counts
	SourceExact   Counts
	CueOverlap    Counts
	CueExact      Counts
	Pair          Counts
}

// Add accumulates another article's scores (micro-averaging).
func (s *Scores) Add(o Scores) {
	s.Articles += o.Articles
	s.SourceOverlap.add(o.SourceOverlap)
	s.SourceExact.add(o.SourceExact)
	s.CueOverlap.add(o.CueOverlap)
	s.CueExact.add(o.CueExact)
	s.Pair.add(o.Pair)
}

// Match says, for one attribution, what the other side has of it.
type Match struct {
	SourceOverlap, SourceExact bool
	CueOverlap, CueExact       bool
}

// Comparison is one article scored: the totals, and for each gold and each system attribution
// (in their order) what matched, to list what the system missed and what it made up.
type Comparison struct {
	Scores Scores
	Gold   []Match
	System []Match
}

// Compare scores the system's attributions of one article against the gold ones.
func Compare(text []byte, gold, system []Attribution) Comparison {
	g := trimmed(text, gold)
	s := trimmed(text, system)
	cmp := Comparison{Scores: Scores{Articles: 1}, Gold: make([]Match, len(g)), System: make([]Match, len(s))}
	for i := range g {
		for j := range s {
			m := matchOf(g[i], s[j])
			cmp.Gold[i] = or(cmp.Gold[i], m)
			cmp.System[j] = or(cmp.System[j], m)
		}
	}
	sc := &cmp.Scores
	sc.SourceOverlap = count(distinct(g, source), distinct(s, source), overlaps)
	sc.SourceExact = count(distinct(g, source), distinct(s, source), sameBounds)
	sc.CueOverlap = count(distinct(g, cue), distinct(s, cue), overlaps)
	sc.CueExact = count(distinct(g, cue), distinct(s, cue), sameBounds)
	sc.Pair = countPairs(g, s)
	return cmp
}

func or(a, b Match) Match {
	return Match{a.SourceOverlap || b.SourceOverlap, a.SourceExact || b.SourceExact, a.CueOverlap || b.CueOverlap, a.CueExact || b.CueExact}
}

func matchOf(g, s Attribution) Match {
	var m Match
	if len(g.Source) > 0 && len(s.Source) > 0 {
		m.SourceOverlap, m.SourceExact = overlaps(g.Source, s.Source), sameBounds(g.Source, s.Source)
	}
	if len(g.Cue) > 0 && len(s.Cue) > 0 {
		m.CueOverlap, m.CueExact = overlaps(g.Cue, s.Cue), sameBounds(g.Cue, s.Cue)
	}
	return m
}

func source(a Attribution) Spans { return a.Source }
func cue(a Attribution) Spans    { return a.Cue }

// distinct lists the non-empty phrases of one role, each once (by its hull).
func distinct(atts []Attribution, role func(Attribution) Spans) []Spans {
	seen := map[Span]bool{}
	var out []Spans
	for _, a := range atts {
		ss := role(a)
		if len(ss) == 0 || seen[ss.hull()] {
			continue
		}
		seen[ss.hull()] = true
		out = append(out, ss)
	}
	return out
}

func count(gold, system []Spans, match func(a, b Spans) bool) Counts {
	return matched(gold, system, match)
}

// matched counts the gold items some system item matches, and the system items that match
// some gold item.
func matched[T any](gold, system []T, match func(g, s T) bool) Counts {
	c := Counts{Gold: len(gold), System: len(system)}
	for _, g := range gold {
		for _, s := range system {
			if match(g, s) {
				c.GoldMatched++
				break
			}
		}
	}
	for _, s := range system {
		for _, g := range gold {
			if match(g, s) {
				c.SystemMatched++
				break
			}
		}
	}
	return c
}

// countPairs scores whole attributions: those with both a source and a cue, each distinct pair once.
func countPairs(gold, system []Attribution) Counts {
	pairs := func(atts []Attribution) []Attribution {
		seen := map[[2]Span]bool{}
		var out []Attribution
		for _, a := range atts {
			if len(a.Source) == 0 || len(a.Cue) == 0 {
				continue
			}
			k := [2]Span{a.Source.hull(), a.Cue.hull()}
			if !seen[k] {
				seen[k] = true
				out = append(out, a)
			}
		}
		return out
	}
	g, s := pairs(gold), pairs(system)
	return matched(g, s, func(a, b Attribution) bool { return overlaps(a.Source, b.Source) && overlaps(a.Cue, b.Cue) })
}

func overlaps(a, b Spans) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start < y.End && y.Start < x.End {
				return true
			}
		}
	}
	return false
}

func sameBounds(a, b Spans) bool { return a.hull() == b.hull() }

// trimmed copies the attributions with every fragment narrowed past white space and
// punctuation at its ends; a fragment that is only punctuation (the cue ":") stays as it is,
// and an empty one is dropped.
func trimmed(text []byte, atts []Attribution) []Attribution {
	out := make([]Attribution, len(atts))
	for i, a := range atts {
		out[i] = Attribution{ID: a.ID, Source: trimSpans(text, a.Source), Cue: trimSpans(text, a.Cue), Content: trimSpans(text, a.Content)}
	}
	return out
}

func trimSpans(text []byte, ss Spans) Spans {
	var out Spans
	for _, s := range ss {
		s.Start, s.End = max(0, min(s.Start, len(text))), max(0, min(s.End, len(text)))
		if s.End <= s.Start {
			continue
		}
		if t := trimSpan(text, s); t.End > t.Start {
			s = t
		}
		out = append(out, s)
	}
	return out
}

func trimSpan(text []byte, s Span) Span {
	for s.Start < s.End {
		r, size := utf8.DecodeRune(text[s.Start:s.End])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			break
		}
		s.Start += size
	}
	for s.End > s.Start {
		r, size := utf8.DecodeLastRune(text[s.Start:s.End])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			break
		}
		s.End -= size
	}
	return s
}
