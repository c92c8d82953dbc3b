// Stage 2, segmentation: blocks → sentences (segments). A sentence ends at a stop before a
// capitalised word, not after an abbreviation ("Dr.", "U.S."). Each segment gets its tokens
// (tokens.go) and its quotation marks (markQuotes): which tokens are inside quotes, and which
// quotation region a sentence wholly inside a multi-sentence quote belongs to, so that a speaker
// named after the closing quote can be given to every sentence of it (quotes.go).

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) in the original file.
type span struct{ start, end int }

// segment is a sentence with its tokens, read once for both passes, and its quotation marks.
type segment struct {
	block int
	span
	toks    []token
	quoting quoting
}

func segments(a *article) []segment {
	segs, _ := segmentsInto(a, nil)
	return segs
}

// segmentsInto is segments with its tokens in slab (its length ignored), grown if need be, and
// returned for reuse: the token slab is the largest allocation of an extraction and full of
// pointers for the collector to scan.
func segmentsInto(a *article, slab []token) ([]segment, []token) {
	var out []segment
	// One slab of tokens for the whole article: fewer, larger allocations for the collector.
	if need := len(a.src)/5 + 8; cap(slab) < need {
		slab = make([]token, 0, need)
	}
	slab = slab[:0]
	region := 0
	for bi, b := range a.blocks {
		first := len(out)
		for _, s := range sentences(a.src, b.start, b.end) {
			from := len(slab)
			slab = tokenizeInto(slab, a.src, s.start, s.end)
			out = append(out, segment{block: bi, span: s, toks: slab[from:len(slab):len(slab)]})
		}
		markQuotes(out, first, len(out), &region)
	}
	return out, slab
}

// abbreviations end with a period that does not end a sentence (compared lower-case, without
// the final period).
var abbreviations = lexWords("abbreviations")

// sentences splits [start,end) of src into sentences. A sentence ends at . ! or ? (with any
// closing quotes or brackets) followed by white space and then something that can start a
// sentence, unless the period belongs to an abbreviation, an initial or a number.
func sentences(src []byte, start, end int) []span {
	var out []span
	s := start
	i := start
	for i < end {
		if c := src[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // (most bytes: no rune to decode)
			continue
		}
		r, size := utf8.DecodeRune(src[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		j := i + size
		// absorb repeated terminators and closing quotes/brackets
		for j < end {
			r2, sz := utf8.DecodeRune(src[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '\'' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == ']' || r2 == '»' {
				j += sz
				continue
			}
			break
		}
		if j >= end {
			break
		}
		next, _ := utf8.DecodeRune(src[j:end])
		if !unicode.IsSpace(next) || wireCredit(src[j:end]) {
			if wireCredit(src[j:end]) {
				// "… waited for news.—Reuters", "… after heavy rains. | via voanews": the wire's
				// credit glued to the story's last sentence is a line of its own
				if ss, se := trimSpan(src, s, j); se > ss {
					out = append(out, span{ss, se})
				}
				k := j
				for k < end && (src[k] == ' ' || src[k] == '\t') {
					k++
				}
				s, i = k, k
				continue
			}
			if r == '.' && missingSpace(src[s:i], src[j:end]) {
				// "… were to blame.A health official says …": the space was lost in copy
				if ss, se := trimSpan(src, s, j); se > ss {
					out = append(out, span{ss, se})
				}
				s, i = j, j
				continue
			}
			i = j
			continue
		}
		k := j
		for k < end {
			r3, sz := utf8.DecodeRune(src[k:end])
			if !unicode.IsSpace(r3) {
				break
			}
			k += sz
		}
		if k >= end {
			break
		}
		if r == '.' && !endsSentence(src[s:i], src[k:end]) {
			i = j
			continue
		}
		if ss, se := trimSpan(src, s, j); se > ss {
			out = append(out, span{ss, se})
		}
		s = k
		i = k
	}
	if ss, se := trimSpan(src, s, end); se > ss {
		out = append(out, span{ss, se})
	}
	return out
}

// wireCreditReach bounds the bytes wireCredit reads after a stop.
const wireCreditReach = 48

// wireCredit: what follows a sentence's stop, to the end of its line, is a wire service's
// credit — a dash or a bar, perhaps "via", and one to three words ("—Reuters", "– AFP",
// " | via voanews").
func wireCredit(after []byte) bool {
	if len(after) > 0 && after[0] != ' ' && after[0] != '\t' && after[0] != '|' && after[0] != 0xe2 {
		return false // most stops: a letter or a quote follows, no dash (U+2013/U+2014 start 0xE2) or bar
	}
	if len(after) > wireCreditReach {
		after = after[:wireCreditReach] // a credit is a few words: only its line's start is read
	}
	rest := strings.TrimLeft(string(after), " \t")
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	} else if len(after) == wireCreditReach {
		return false // the line goes on past the reach: a sentence, not a credit
	}
	mark := ""
	for _, m := range []string{"—", "–", "|"} {
		if strings.HasPrefix(rest, m) {
			mark = m
			break
		}
	}
	if mark == "" {
		return false
	}
	words := strings.Fields(rest[len(mark):])
	if len(words) > 0 && strings.EqualFold(words[0], "via") {
		words = words[1:]
	} else if mark == "|" {
		return false // a bar alone may be a table's or a headline's
	}
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '-' && r != '/' {
				return false
			}
		}
	}
	return mark == "|" || unicode.IsUpper(firstRune(words[0]))
}

// missingSpace: a period between a lower-case word and a capitalised one with no space ("to
// blame.A health official"): two sentences whose space was lost, not an abbreviation, a
// number or an address.
func missingSpace(before, after []byte) bool {
	w := lastWord(before)
	if utf8.RuneCountInString(w) < 3 || strings.ToLower(w) != w || abbreviations[w] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	r1, n := utf8.DecodeRune(after)
	if !unicode.IsUpper(r1) || n >= len(after) {
		return false
	}
	r2, _ := utf8.DecodeRune(after[n:])
	return unicode.IsSpace(r2) || unicode.IsLower(r2)
}

// endsSentence decides whether a period after before ends the sentence, given what follows.
func endsSentence(before, after []byte) bool {
	word := lastWord(before)
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		// "… in the U.S. The next …" still ends; "U.S. officials" does not.
		return startsSentence(after) && (lw == "u.s" || lw == "u.k" || lw == "etc") && looksLikeSentenceStart(after)
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)) {
		return false // an initial: "J. Smith"
	}
	if dottedInitials(word) {
		return startsSentence(after) && looksLikeSentenceStart(after) // "D.K. Pathak, a railroad official, said"
	}
	return startsSentence(after)
}

// dottedInitials: capital letters joined by periods ("D.K", "J.R.R"), the initials of a name.
func dottedInitials(w string) bool {
	if len(w) < 3 || len(w) > 7 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i%2 == 0 && !(c >= 'A' && c <= 'Z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// looksLikeSentenceStart: after an ambiguous abbreviation, a new sentence usually starts with
// a function word, not a name.
func looksLikeSentenceStart(after []byte) bool {
	w := strings.ToLower(firstWord(after))
	switch w {
	case "the", "a", "an", "it", "he", "she", "they", "we", "this", "that", "in", "on", "but", "and", "however", "meanwhile":
		return true
	}
	return false
}

func startsSentence(after []byte) bool {
	r, _ := utf8.DecodeRune(after)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(«[", r)
}

func lastWord(b []byte) string {
	i := len(b)
	for i > 0 {
		r, size := utf8.DecodeLastRune(b[:i])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		i -= size
	}
	return string(b[i:])
}

func firstWord(b []byte) string {
	i := 0
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' {
			break
		}
		i += size
	}
	return string(b[:i])
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// The quotation stage. A quotation often spans several sentences and names its speaker only
// once, after it closes ("“… . … ,” the mayor said.") or before it opens ("X said: “…"), and a
// paragraph that opens with a quotation mark and names nobody continues the last speaker's
// words. Quotation marks are therefore tracked across the sentences of a paragraph, not per
// sentence, and each quotation gets the speaker its paragraph names.

// quoting is what the quotation stage knows about one sentence.
type quoting struct {
	// inside marks the sentence's tokens that stand between quotation marks, counting a
	// quotation opened in an earlier sentence of the paragraph.
	inside []bool
	// regions are the quotations the sentence touches (opens, continues or closes).
	regions []int
	// whole is the quotation that holds every word of the sentence, or -1.
	whole int
	// opensBlock: the sentence is its paragraph's first and starts with an opening mark.
	opensBlock bool
}

// markQuotes fills the quoting of the sentences of one paragraph, segs[from:to]. Curly marks
// open and close; straight marks alternate. A quotation left open at the paragraph's end
// closes there (the next paragraph reopens it, as news style does).
func markQuotes(segs []segment, from, to int, nextRegion *int) {
	open, single, region := false, false, -1 // single: the open quotation began with "‘"
	if closesWithoutOpening(segs[from:to]) {
		// the paragraph goes on with a quotation an earlier one opened and closes it
		// ("… the campus community. ¶ We encourage anyone … to contact us.”")
		open, region = true, *nextRegion
		*nextRegion++
	}
	for si := from; si < to; si++ {
		sg := &segs[si]
		q := quoting{inside: make([]bool, len(sg.toks)), whole: -1}
		words, wordsInside, wholeRegion := 0, 0, -2
		touch := func(r int) {
			if len(q.regions) == 0 || q.regions[len(q.regions)-1] != r {
				q.regions = append(q.regions, r)
			}
		}
		if open {
			touch(region)
		}
		for i, t := range sg.toks {
			opening, closing := false, false
			switch t.text {
			case "“", "«", "``":
				opening = true
			case "”", "»":
				closing = true
			case "\"", "''":
				opening, closing = !open, open
			case "‘":
				opening = !open
			case "’":
				closing = open && single && closesSingleQuote(sg.toks, i)
			}
			switch {
			case opening:
				if !open {
					single = t.text == "‘"
					open, region = true, *nextRegion
					*nextRegion++
					touch(region)
				}
				if si == from && i == 0 {
					q.opensBlock = true
				}
				continue
			case closing:
				open = false
				continue
			}
			q.inside[i] = open
			if t.punct {
				continue
			}
			words++
			if open {
				wordsInside++
				switch wholeRegion {
				case -2:
					wholeRegion = region
				case region:
				default:
					wholeRegion = -1
				}
			}
		}
		if words > 0 && wordsInside == words && wholeRegion >= 0 {
			q.whole = wholeRegion
		}
		sg.quoting = q
	}
}

// closesWithoutOpening: the paragraph's first quotation mark closes one — a curly closing mark,
// or its only straight mark at its very end.
func closesWithoutOpening(segs []segment) bool {
	straight, lastStraight := 0, false
	for si, sg := range segs {
		for i, t := range sg.toks {
			switch t.text {
			case "“", "«", "``", "‘":
				return false
			case "”", "»":
				return straight == 0
			case "\"", "''":
				straight++
				lastStraight = si == len(segs)-1 && onlyPunctAfter(sg.toks, i)
			}
		}
	}
	return straight == 1 && lastStraight
}

func onlyPunctAfter(toks []token, i int) bool {
	for _, t := range toks[i+1:] {
		if !t.punct {
			return false
		}
	}
	return true
}

// insideQuotes marks the tokens between quotation marks (straight quotes alternate).
func insideQuotes(toks []token) []bool {
	in := make([]bool, len(toks))
	depth, single := false, false
	for i, t := range toks {
		switch t.text {
		case "“", "``":
			depth, single = true, false
			continue
		case "”":
			depth = false
			continue
		case "\"", "''":
			depth, single = !depth, false
			continue
		case "‘":
			if !depth {
				depth, single = true, true
				continue
			}
		case "’":
			if depth && single && closesSingleQuote(toks, i) {
				depth = false
				continue
			}
		}
		in[i] = depth
	}
	return in
}
