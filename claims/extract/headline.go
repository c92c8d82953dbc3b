// Stage 11b, the headline: a first line without final punctuation is the headline. Its
// "Source:" prefix and "…, says X" / "… – X" suffix name its source; "Reuters: …" names a relay.

package extract

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
)

func (st *state) isHeadline(b block, text string) bool {
	if st.a.markdown || b.heading {
		return b.heading // a Markdown heading, or a plain-text header's title
	}
	t := strings.TrimSpace(text)
	if t == "" || strings.Contains(t, "\n") {
		return false
	}
	last := t[len(t)-1]
	return last != '.' && last != '!' && last != '?' && len(strings.Fields(t)) >= 3
}

// headline takes the first line: "Reuters: UN monitors confirm …" is the monitors via Reuters.
func (st *state) headline(b block) {
	src := st.a.src
	start := b.start
	for start < b.end && (src[start] == '#' || src[start] == ' ') {
		start++
	}
	var via []claims.Source
	var prefixSource *mention
	for i, t := range tokenize(src, start, b.end) {
		if i > 5 {
			break
		}
		if t.text == ":" && i > 0 {
			prefix := string(src[start:t.start])
			s := st.x.reg.Resolve(prefix)
			switch {
			case isOutlet(s):
				via = append(via, s) // "Reuters: …" relays the headline's source
				start, _ = trimSpan(src, t.end, b.end)
			case isCapitalised(prefix) && i <= 4 && (s.Known || mayName(prefix)):
				// "Officials: …", "Police: …" name the headline's source.
				sp := span{start, t.start}
				prefixSource = &mention{text: prefix, start: sp.start, end: sp.end, src: st.seen(s, prefix, sp), how: "headline prefix",
					cue: cue{kind: cueVerb, stance: "asserts"}, cueText: ":", cueSpan: span{t.start, t.end}, stance: "asserts"}
				start, _ = trimSpan(src, t.end, b.end)
			}
			break
		}
	}
	if st.doc.Title == "" {
		st.doc.Title = string(src[start:b.end])
	}
	toks := tokenize(src, start, b.end)
	if prefixSource != nil {
		st.prefix = append(st.prefix, *prefixSource)
	}
	if m, ok := st.headlineSuffix(toks); ok {
		st.prefix = append(st.prefix, m)
	}
	if strings.HasSuffix(strings.TrimRight(string(src[start:b.end]), `"'”’)`), "?") {
		st.skip(span{start, b.end}, "headline", "question") // "Why are the workers on strike?"
		st.prefix = nil
		return
	}
	st.claimFor(-1, span{start, b.end}, "headline", via, toks, lexicons.scan(toks))
	st.prefix = nil
}

// mayName: a headline's prefix can name a source — a name, or a word for a body, a group or a
// person ("India:", "Police:", "Boulder police chief:") — not a topic label ("Strawberry
// scare:", "Analysis:").
func mayName(prefix string) bool {
	words := strings.Fields(prefix)
	last := words[len(words)-1]
	l := strings.ToLower(strings.Trim(last, ".’'"))
	if groupNouns[l] || personTitles[l] || orgHeads[l] || anaphoricHeads[l] != nil || l == "officials" || l == "sources" {
		return true
	}
	// a name of two capitalised words or an acronym ("Boris Johnson:", "ISPR:"), not one
	// capitalised common noun ("Floods:")
	return isCapitalised(last) && (len(words) >= 2 && isCapitalised(words[0]) || last == strings.ToUpper(last) && len(last) > 1)
}

// headlineSuffix reads a source that a headline names at its end: "…, says the minister",
// "…, the minister says", "…: Bloomberg", "… – Kremlin", "… -WHO", "…: report".
// lowerSuffixSources stand lower-case as a headline's source suffix ("… trapped: media").
var lowerSuffixSources = lexWords("lowerSuffixSources")

func (st *state) headlineSuffix(toks []token) (mention, bool) {
	n := len(toks)
	if n < 4 {
		return mention{}, false
	}
	last := -1 // the last separator: a comma, a colon or a dash
	for k := n - 2; k >= 1 && k >= n-7; k-- {
		if t := toks[k].text; t == "," || t == ":" || t == "–" || t == "—" || t == "-" && toks[k].start > toks[k-1].end {
			// (a hyphen only after a space: "… -WHO", not "U.S.-Mexico border")
			last = k
			break
		}
	}
	if last < 0 {
		return mention{}, false
	}
	from, to := last+1, n
	cueFrom, cueTo := toks[last].start, toks[last].end
	switch {
	case toks[last].text == "," && (toks[from].lower == "says" || toks[from].lower == "said"):
		cueFrom, cueTo = toks[from].start, toks[from].end
		from++
	case toks[last].text == "," && (toks[n-1].lower == "says" || toks[n-1].lower == "said"):
		cueFrom, cueTo = toks[n-1].start, toks[n-1].end
		to--
	case toks[last].text == ",":
		return mention{}, false
	case n-1 > from+1 && !toks[n-1].capitalised() && verbCueAt(toks, n-1):
		// "It was a penalty - Hearts coach Slavko Matic admits": the verb closes the suffix
		cueFrom, cueTo = toks[n-1].start, toks[n-1].end
		to--
	case !toks[from].capitalised() && !(to-from == 1 && lowerSuffixSources[toks[from].lower]):
		// (a lower-case suffix is a source only when it is one word for one: "…: media", "…: govt")
		return mention{}, false
	}
	if from >= to || to-from > 5 {
		return mention{}, false
	}
	for k := from; k < to; k++ {
		if toks[k].punct && toks[k].text != "." && toks[k].text != "’" && toks[k].text != "'" {
			return mention{}, false
		}
	}
	sp := span{toks[from].start, toks[to-1].end}
	text := string(st.a.src[sp.start:sp.end])
	src, how, ante, ok := st.resolve(text, sp, toks)
	if !ok {
		return mention{}, false
	}
	return mention{text: text, start: sp.start, end: sp.end, src: src, how: "headline suffix: " + how, ante: ante,
		cue: cue{kind: cueVerb, stance: "asserts"}, cueText: string(st.a.src[cueFrom:cueTo]), cueSpan: span{cueFrom, cueTo}, stance: "asserts"}, true
}

// verbCueAt: toks[k] alone is a verb cue ("admits", "warns").
func verbCueAt(toks []token, k int) bool {
	c, n, ok := cueAt(toks, k)
	return ok && n == 1 && c.kind == cueVerb
}
