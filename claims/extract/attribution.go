package extract

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// determiners make the next word a noun: "the claims", "these reports" are not cues.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "these": true, "those": true, "such": true, "any": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "new": true, "further": true, "earlier": true,
	"unconfirmed": true, "multiple": true, "several": true,
}

// nounLike cues are also nouns; followed by another cue they are the noun ("report reveals").
var nounLike = map[string]bool{"report": true, "reports": true, "claims": true, "claim": true, "documents": true, "finds": true, "shows": true, "states": true}

var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

var prepositions = map[string]bool{"by": true, "of": true, "in": true, "on": true, "to": true, "from": true,
	"about": true, "amid": true, "despite": true, "with": true, "after": true, "following": true}

// clauseOpeners start a clause of their own: the subject of a later verb comes after them
// ("talks stall as both sides report", "what it described as").
var clauseOpeners = map[string]bool{"as": true, "while": true, "because": true, "although": true, "though": true,
	"whereas": true, "what": true, "where": true, "when": true, "if": true, "unless": true, "until": true, "but": true}

// relayParticiples: "X interviewed by Y" — X is the source, Y only asked.
var relayParticiples = map[string]bool{"interviewed": true, "quoted": true, "cited": true, "contacted": true, "reached": true, "questioned": true}

// calledObject: "called" followed by one of these names what someone called something.
var calledObject = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true, "it": true, "them": true, "this": true, "these": true, "those": true}

// calledCue is the lexicon position of the bare "called" cue.
var calledCue = func() int {
	for i, c := range cueLexicon {
		if len(c.words) == 1 && c.words[0] == "called" {
			return i
		}
	}
	panic("cue lexicon has no bare \"called\"")
}()

// cuesByFirst indexes the cue lexicon (by position) by first word.
var cuesByFirst = func() map[string][]int {
	m := map[string][]int{}
	for i, c := range cueLexicon {
		m[c.words[0]] = append(m[c.words[0]], i)
	}
	return m
}()

// cueAt returns the longest cue starting at token i, if any. The answer is cached on the token:
// the noun-phrase reader asks about the same positions many times.
func cueAt(toks []token, i int) (cue, int, bool) {
	t := &toks[i]
	switch t.cueState {
	case 1:
		return cue{}, 0, false
	case 2:
		return cueLexicon[t.cueIndex], int(t.cueLen), true
	}
	c, n, idx, ok := findCue(toks, i)
	if !ok {
		t.cueState = 1
		return cue{}, 0, false
	}
	t.cueState, t.cueLen, t.cueIndex = 2, uint8(n), int16(idx)
	return c, n, true
}

func findCue(toks []token, i int) (cue, int, int, bool) {
	best, bestLen, bestIdx := cue{}, 0, -1
	for _, ci := range cuesByFirst[toks[i].lower] {
		c := cueLexicon[ci]
		n := len(c.words)
		if n <= bestLen || i+n > len(toks) {
			continue
		}
		ok := true
		for k, w := range c.words {
			if toks[i+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			best, bestLen, bestIdx = c, n, ci
		}
	}
	if bestLen == 0 && toks[i].lower == "called" && i+1 < len(toks) && calledObject[toks[i+1].lower] {
		return cue{kind: cueVerb, stance: "asserts", words: []string{"called"}}, 1, calledCue, true // "called the panel's conclusions …"
	}
	if bestLen == 0 {
		return cue{}, 0, 0, false
	}
	t := toks[i]
	if i > 0 && t.capitalised() && best.kind != cuePrep {
		return cue{}, 0, 0, false // a proper noun: "United States"
	}
	if i > 0 && determiners[toks[i-1].lower] && best.kind != cuePrep {
		return cue{}, 0, 0, false // a noun: "these claims", "the report"
	}
	if i > 0 && toks[i-1].lower == "to" && best.kind == cueVerb && !(i > 1 && (toks[i-2].lower == "unable" || toks[i-2].lower == "able")) {
		return cue{}, 0, 0, false // an infinitive: "grounds to believe", "declined to say" (not "unable to verify")
	}
	if (t.lower == "blame" || t.lower == "accusations") && i > 0 && (toks[i-1].lower == "trade" || toks[i-1].lower == "traded" || toks[i-1].lower == "trading") {
		return cue{}, 0, 0, false // "trade blame": a noun
	}
	if i > 0 && passiveAux[toks[i-1].lower] && strings.HasSuffix(t.lower, "ed") && best.kind != cuePrep {
		return cue{}, 0, 0, false // "no casualties were reported": passive, no source named
	}
	if i+1 < len(toks) && toks[i+1].lower == "by" && strings.HasSuffix(t.lower, "ed") && best.kind == cueVerb {
		return cue{}, 0, 0, false // "footage verified by Reuters": a participle
	}
	if best.kind == cueVerb && strings.HasSuffix(t.lower, "ed") && !sayingVerbs[t.lower] && i > 1 && toks[i-1].text == "," &&
		!leadingNoise[toks[i-2].lower] && !toks[i-2].punct && i+1 < len(toks) && participleFollowers[toks[i+1].lower] && !afterRelativeClause(toks, i-1) {
		return cue{}, 0, 0, false // "the suspect, identified earlier as …": a participle set off by a comma
	}
	if best.kind == cueVerb && strings.HasSuffix(t.lower, "ed") && i > 0 && quantity(toks[i-1]) && i+1 < len(toks) && !toks[i+1].punct && toks[i+1].lower != "that" {
		return cue{}, 0, 0, false // "11 confirmed cases": an adjective
	}
	if discoveryVerbs[t.lower] && bestLen == 1 && !reportsAFinding(toks, i+1) {
		return cue{}, 0, 0, false // "the team found the tomb": an act, not a finding reported
	}
	if ambiguousCues[t.lower] && bestLen == 1 && !startsClause(toks, i+1) {
		return cue{}, 0, 0, false // "fourteen states passed", "a talk show": nouns
	}
	if nounLike[t.lower] && i > 0 && prepositions[toks[i-1].lower] {
		return cue{}, 0, 0, false // "concerned by reports of violence": a noun
	}
	if (t.lower == "linked" || t.lower == "tied") && i+1 < len(toks) && toks[i+1].lower == "to" {
		return cue{}, 0, 0, false // "hackers linked to Russia": a participle, not a verb of saying
	}
	if t.lower == "report" && !(i > 0 && strings.HasSuffix(toks[i-1].lower, "s") && i+1 < len(toks) && !toks[i+1].punct) {
		return cue{}, 0, 0, false // "report" is a verb only after a plural subject and before its object
	}
	if nounLike[t.lower] && i+bestLen < len(toks) {
		if _, _, next := cueAt(toks, i+bestLen); next {
			return cue{}, 0, 0, false // a noun before the verb: "a UN report reveals"
		}
	}
	return best, bestLen, bestIdx, true
}

// participleFollowers come after a participle set off by a comma ("the driver, identified as
// …"); a verb after an apposition is the main verb ("X, the chief, confirmed during …").
var participleFollowers = wordSet("as by")

// afterRelativeClause: the comma at k closes a relative clause ("Russia, which has …, urged"),
// so what follows is the main verb.
func afterRelativeClause(toks []token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch toks[j].lower {
		case "which", "who", "whose", "whom":
			return true
		case ",":
			return false // the segment before this comma has no relative pronoun
		}
	}
	return false
}

// discoveryVerbs report a finding only with a clause after them ("found that …", "found the
// debris came from …", "found no trace of …"); with a bare object they tell an act.
var discoveryVerbs = wordSet("found find finds discovered discovers")

// findingWords after a discovery verb make a finding of its own ("found no trace", "found evidence").
var findingWords = wordSet("that no evidence traces trace signs sign nothing none proof indications")

// finiteVerbs mark a clause after a discovery verb's object.
var finiteVerbs = wordSet("is was were are had has have came comes could would will may might did does belonged belongs " +
	"originated contained contains matched showed shows posed caused killed used")

// reportsAFinding: the words after a discovery verb at k make a clause or a finding.
func reportsAFinding(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct {
		return true // "…, the analysis found.": the finding came first
	}
	if findingWords[toks[k].lower] {
		return true
	}
	for j := k; j < len(toks) && j < k+10; j++ {
		if toks[j].punct {
			return false
		}
		if finiteVerbs[toks[j].lower] {
			return true
		}
	}
	return false
}

// quantity: a number alone, in figures or words ("11", "nine"), not a compound ("62-year-old").
func quantity(t token) bool {
	if wordIn(lexNumber, t.lower) {
		return true
	}
	if t.punct || !t.number() {
		return false
	}
	for _, r := range t.lower {
		if !(r >= '0' && r <= '9' || r == ',' || r == '.') {
			return false
		}
	}
	return true
}

// nested: a source named inside another's reported words is part of what was reported,
// unless the registry knows it, it is the same source (its stance then joins the first), or
// a comma sets its clause apart ("…, a spokesman said", "When X asked …, the official noted").
func nested(toks []token, np span, out []mention, src claims.Source) bool {
	if src.Known || slices.ContainsFunc(out, func(m mention) bool { return m.src.ID == src.ID }) {
		return false
	}
	for k := range toks {
		if toks[k].start == np.start {
			return !(k > 0 && toks[k-1].text == ",")
		}
	}
	return true
}

// startsClause: the words at k can open a clause or an object (the test for ambiguous cues).
func startsClause(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return clauseStarts[t.lower] || !t.punct && (t.capitalised() || t.number())
}

// attributions finds every source a sentence attributes something to. Cues inside a quotation
// belong to the speaker's words ("The crew reported …," a statement said), unless the sentence
// has no cue outside quotes.
func (st *state) attributions(toks []token, h *hits, quoted []bool) []mention {
	var out []mention
	outside := false
	for i := range toks {
		if _, _, ok := cueAt(toks, i); ok && !quoted[i] {
			outside = true
			break
		}
	}
	// complement is where the words a source is reported to have said begin: a verb cue whose
	// subject stands inside them reports what the first source said, not a source of its own
	// ("the chief said investigators have not determined …", "she said they know"), unless the
	// registry knows it.
	complement := len(toks)
	for i := 0; i < len(toks); i++ {
		c, n, ok := cueAt(toks, i)
		if !ok || quoted[i] && outside {
			continue
		}
		cueSpan := span{toks[i].start, toks[i+n-1].end}
		cueText := string(st.a.src[cueSpan.start:cueSpan.end])
		var nps []span
		switch c.kind {
		case cuePrep:
			if np, ok := nounPhraseAfter(toks, i+n); ok {
				nps = []span{np}
			}
		default:
			nps = st.subjectOf(toks, i)
			if len(nps) == 0 && sayingVerbs[toks[i].lower] && afterComma(toks, i) && i+n < len(toks) && !prepositions[toks[i+n].lower] {
				if np, ok := nounPhraseAfter(toks, i+n); ok {
					nps = []span{np} // inverted: "…, said the ministry." / "…," said Ahmed Saleh
				}
			}
		}
		for _, np := range nps {
			text := string(st.a.src[np.start:np.end])
			src, how, ante, ok := st.resolve(text, np, toks)
			if !ok {
				continue
			}
			if c.kind == cueVerb && complement < len(toks) && np.start >= toks[complement].start && nested(toks, np, out, src) {
				continue
			}
			m := mention{text: text, start: np.start, end: np.end, src: src, how: how, ante: ante, cue: c, cueText: cueText, cueSpan: cueSpan, stance: c.stance}
			out = append(out, m)
			if c.kind != cuePrep && np.end <= cueSpan.start && complement == len(toks) {
				complement = i + n
			}
		}
		i += n - 1
	}
	out = mergeMentions(out)
	stance := sentenceStance(h)
	for k := range out {
		if stance != "" && out[k].stance == "asserts" {
			out[k].stance = stance
		}
	}
	return out
}

// insideQuotes marks the tokens between quotation marks (straight quotes alternate).
func insideQuotes(toks []token) []bool {
	in := make([]bool, len(toks))
	depth := false
	for i, t := range toks {
		switch t.text {
		case "“", "``":
			depth = true
			continue
		case "”":
			depth = false
			continue
		case "\"", "''":
			depth = !depth
			continue
		}
		in[i] = depth
	}
	return in
}

// afterComma: the cue follows a comma, perhaps with closing quotes between.
func afterComma(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch toks[k].text {
		case ",":
			return true
		case "\"", "”", "’", "'", "''":
			continue
		}
		return false
	}
	return false
}

// sentenceStance finds a stance that the sentence as a whole expresses: a source that could
// not determine something, or that looked and found the opposite.
func sentenceStance(h *hits) string {
	switch {
	case h.has(lexCannot): // first: "could not be ruled out" is not "ruled out"
		return "cannot-determine"
	case h.has(lexNegative), dismisses(h):
		return "denies"
	}
	return ""
}

// dismisses: a dismissal word shortly after what it dismisses ("the investigation was
// politically motivated", "rejected the findings as fabricated").
func dismisses(h *hits) bool {
	for _, t := range h[lexDismissTarget] {
		for _, w := range h[lexDismissWord] {
			if w.start > t.start && w.start-t.end <= 8 {
				return true
			}
		}
	}
	return false
}

// mergeMentions keeps one mention per source: the first cue, and the most telling stance.
func mergeMentions(ms []mention) []mention {
	rank := map[string]int{"asserts": 0, "accuses": 1, "cannot-determine": 2, "denies": 3}
	var out []mention
	for _, m := range ms {
		idx := slices.IndexFunc(out, func(o mention) bool { return o.src.ID == m.src.ID })
		if idx < 0 {
			out = append(out, m)
			continue
		}
		if rank[m.stance] > rank[out[idx].stance] {
			out[idx].stance = m.stance
		}
	}
	return out
}

// subjectOf finds the subject noun phrase(s) of the cue at toks[i]: the clause's first noun
// phrase when it reaches the cue (a coordination "Ukraine, the US and South Korea" gives
// three), else the phrase after the last comma ("…, the organisation said").
func (st *state) subjectOf(toks []token, i int) []span {
	cs := 0
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		if t.text == ";" || t.text == ":" || t.lower == "that" || t.text == "“" || t.text == "”" || t.text == "\"" || t.text == "''" || t.text == "``" || clauseOpeners[t.lower] {
			cs = k + 1
			break
		}
		if sayingVerbs[t.lower] && k < i-1 {
			if c, n, ok := cueAt(toks, k); ok && c.kind == cueVerb && n == 1 {
				cs = k + 1 // "The commission said observers … reported": a new clause
				break
			}
		}
	}
	start := skipAdverbials(toks, cs, i)
	aEnd := readNounPhrase(toks, start, i)
	if toks[i].lower == "saying" {
		// "X defended the response, saying …", "X told Y that …, saying …": X says.
		for j := 0; j < i; j++ {
			if c, _, ok := cueAt(toks, j); ok && c.kind == cueVerb && sayingVerbs[toks[j].lower] {
				if main := st.subjectOf(toks, j); len(main) > 0 {
					return main
				}
				break
			}
		}
		if aEnd > start {
			return coordinated(toks, start, aEnd)
		}
	}
	adjacent := aEnd > start && reaches(toks, aEnd, i)
	relative := aEnd > start && aEnd < i && (toks[aEnd].lower == "who" || toks[aEnd].lower == "which")
	if adjacent || relative {
		return coordinated(toks, start, aEnd)
	}
	// the phrase after the last comma before the cue
	for k := i - 1; k > cs; k-- {
		if toks[k].text == "," {
			bs := skipAdverbials(toks, k+1, i)
			bEnd := readNounPhrase(toks, bs, i)
			if bEnd > bs && reaches(toks, bEnd, i) {
				if aEnd > start && aEnd < len(toks) && toks[aEnd].text == "," && skipAdverbials(toks, aEnd+1, i) == bs && properName(toks, start, aEnd) {
					// "Dr. Jane Roe, the clinic's chief, said": a name and its apposition, one source
					return []span{{toks[start].start, toks[bEnd-1].end}}
				}
				return coordinated(toks, bs, bEnd)
			}
			break
		}
	}
	if precededByAnd(toks, i) {
		// "X said its forces had … and denied": the coordinated verb shares the main clause's
		// subject when the clause it follows has none of its own but a pronoun.
		for j := i - 1; j >= 0; j-- {
			c, _, ok := cueAt(toks, j)
			if !ok || c.kind != cueVerb || !sayingVerbs[toks[j].lower] {
				continue
			}
			if emb := skipAdverbials(toks, j+1, i); emb >= i || pronounLed(toks[emb]) {
				if main := st.subjectOf(toks, j); len(main) > 0 {
					return main
				}
			}
			break
		}
		if aEnd > start {
			return coordinated(toks, start, aEnd) // "the monitors visited … and found"
		}
	}
	if aEnd > start && aEnd < i && toks[aEnd].text == "," {
		return coordinated(toks, start, aEnd) // "The report, presented to …, concludes"
	}
	// "…, the region's governor, Alexander Bogomaz, said": a source and its apposition, set off
	// by commas after the clause has ended.
	if i-1 > cs && toks[i-1].text == "," {
		commas := 0
		for k := i - 2; k > cs; k-- {
			if toks[k].text != "," {
				continue
			}
			if commas++; commas < 2 {
				continue
			}
			bs := skipAdverbials(toks, k+1, i-1)
			if bEnd := readNounPhrase(toks, bs, i-1); bEnd == i-1 && bEnd > bs {
				return []span{{toks[bs].start, toks[bEnd-1].end}}
			}
			break
		}
	}

	return nil
}

// properName: the words are a name (capitalised words, with the particles names carry), which
// a phrase between commas may then describe — not a clause ("Storm leaves thousands …").
func properName(toks []token, start, end int) bool {
	words := 0
	for k := start; k < end; k++ {
		t := toks[k]
		if t.punct {
			continue
		}
		if !t.capitalised() && !nameParticles[t.lower] && !(k > start && toks[k-1].text == "(") {
			return false
		}
		words++
	}
	return words > 0 && !determiners[toks[start].lower] && !leadingNoise[toks[start].lower] && !pronounWords[toks[start].lower]
}

var nameParticles = wordSet("de da del della der van von bin al el la le di du dos of")

var pronounWords = map[string]bool{"it": true, "its": true, "they": true, "their": true, "he": true, "his": true, "she": true, "her": true, "we": true, "our": true}

func pronounLed(t token) bool { return pronounWords[t.lower] }

func precededByAnd(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if toks[k].lower == "and" {
			return true
		}
		if !auxiliaries[toks[k].lower] {
			return false
		}
	}
	return false
}

// reaches: only auxiliaries, adverbs and time phrases ("on Monday") stand between the phrase's
// end and the cue.
func reaches(toks []token, end, cueIdx int) bool {
	for k := end; k < cueIdx; k++ {
		t := toks[k]
		if auxiliaries[t.lower] || timeWord(t) || t.lower == "on" || t.lower == "in" || t.lower == "last" ||
			t.lower == "unable" || t.lower == "able" || t.lower == "to" && k > 0 && (toks[k-1].lower == "unable" || toks[k-1].lower == "able") {
			continue
		}
		return false
	}
	return true
}

// skipAdverbials steps over leading adverbs and adverbial phrases set off by a comma
// ("Earlier,", "In March,", "Later, on 7 February,").
func skipAdverbials(toks []token, from, limit int) int {
	i := from
	if i == 0 {
		i = datelineEnd(toks, limit)
	}
	for i < limit {
		t := toks[i]
		if weekdays[t.lower] && i+1 < limit && !toks[i+1].punct {
			i++ // "said Friday investigators have not …": a day, then the subject
			continue
		}
		if leadingNoise[t.lower] || t.text == "," {
			// an introductory phrase: skip to its comma if one comes soon
			j := i
			for j < limit && j < i+6 && toks[j].text != "," {
				j++
			}
			if j < limit && toks[j].text == "," && !containsCue(toks, i, j) {
				i = j + 1
				continue
			}
			if leadingNoise[t.lower] {
				i++
				continue
			}
		}
		break
	}
	return i
}

// weekdays and their kin lead a clause without being part of its subject.
var weekdays = wordSet("monday tuesday wednesday thursday friday saturday sunday today yesterday tonight")

// datelineEnd is where a sentence's text starts after a wire dateline ("LYON, France (AP) —",
// "NAIROBI —"): capitalised words, commas and a bracketed agency before a dash.
func datelineEnd(toks []token, limit int) int {
	for k := 0; k < limit && k < 12; k++ {
		t := toks[k]
		switch {
		case t.text == "—" || t.text == "–" || t.text == "--":
			if k > 0 {
				return k + 1
			}
			return 0
		case t.punct && (t.text == "," || t.text == "(" || t.text == ")" || t.text == "."):
		case !t.punct && t.capitalised():
		default:
			return 0
		}
	}
	return 0
}

func containsCue(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if _, _, ok := cueAt(toks, k); ok {
			return true
		}
	}
	return false
}

// readNounPhrase reads from start until something that cannot be in a subject: a verb, a cue,
// a clause boundary. Commas and "and" continue it when a name or determiner follows.
func readNounPhrase(toks []token, start, limit int) int {
	k := start
	for k < limit {
		t := toks[k]
		if t.punct {
			if (t.text == "," || t.text == "’" || t.text == "'") && k+1 < limit && continuesPhrase(toks[k+1]) {
				k++
				continue
			}
			if t.text == "-" || t.text == "–" {
				k++
				continue
			}
			if t.text == "(" && k > start {
				if j := closingParen(toks, k, limit); j > 0 {
					k = j + 1 // "Salesforce.com Inc (CRM.N)", "Sen. Jo Lin (D-Ore.)": a tag inside the name
					continue
				}
			}
			break
		}
		if _, _, ok := cueAt(toks, k); ok && k > start {
			break
		}
		if (clauseVerbs[t.lower] && t.text != strings.ToUpper(t.text)) || (auxiliaries[t.lower] && !determiners[t.lower] && t.lower != "both" && t.lower != "all") {
			break
		}
		if (t.lower == "and" || t.lower == "or") && !(k+1 < limit && (continuesPhrase(toks[k+1]) || readNounPhrase(toks, k+1, limit) == limit)) {
			break
		}
		if (t.lower == "on" || t.lower == "in" || t.lower == "last" || t.lower == "this" || t.lower == "earlier") && k+1 < limit && timeWord(toks[k+1]) {
			break // "the commission on Monday rejected": a time phrase, not part of the name
		}
		if k > start && looksLikeVerb(t, toks[k-1]) && !(k+1 < limit && (orgHeads[toks[k+1].lower] || toks[k+1].lower == "by")) {
			break
		}
		k++
	}
	return k
}

// closingParen is the index of the ")" that closes a short tag opened at k (at most five
// tokens inside), or -1.
func closingParen(toks []token, k, limit int) int {
	for j := k + 1; j < limit && j <= k+6; j++ {
		if toks[j].text == ")" {
			return j
		}
		if toks[j].text == "(" {
			return -1
		}
	}
	return -1
}

var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "week": true, "month": true, "year": true,
	"day": true, "night": true, "morning": true, "evening": true, "afternoon": true, "weekend": true,
}

func timeWord(t token) bool { return t.number() || timeWords[t.lower] }

func continuesPhrase(t token) bool {
	return t.capitalised() || t.lower == "the" || t.lower == "and" || t.lower == "its"
}

// looksLikeVerb: a lower-case past tense or -ing form after a word that is not a determiner
// ("troops visited", not "the armed forces").
func looksLikeVerb(t, prev token) bool {
	if t.capitalised() || t.number() || strings.Contains(t.lower, "-") {
		return false // "army-backed", "Iranian-designed": adjectives
	}
	if determiners[prev.lower] || prev.lower == "of" || prev.lower == "for" {
		return false
	}
	return (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")) && len(t.lower) > 4
}

// coordinated splits "Ukraine, the US, and South Korea" into its members. Commas without an
// "and" or "or" are apposition ("Ukraine's ombudsman, Daria Herasymchuk,"): one source.
func coordinated(toks []token, start, end int) []span {
	conjunction := false
	for k := start; k < end; k++ {
		if toks[k].lower == "and" || toks[k].lower == "or" {
			conjunction = true
		}
	}
	if conjunction && orgHeads[toks[end-1].lower] {
		// "the Cybersecurity and Infrastructure Security Agency": one body's name.
		for k := start; k < end && toks[k].lower != "and"; k++ {
			if orgHeads[toks[k].lower] {
				goto split
			}
		}
		return []span{{toks[start].start, toks[end-1].end}}
	}
split:
	if !conjunction && end > start {
		// "X, Name, said": apposition, one source. Otherwise the commas end clauses ("Russia
		// launches 90 drones, Ukraine's air force says"): the source is the last segment.
		if end < len(toks) && toks[end].text == "," {
			return []span{{toks[start].start, toks[end-1].end}}
		}
		last := start
		for k := start; k < end; k++ {
			if toks[k].text == "," {
				last = k + 1
			}
		}
		if last < end {
			return []span{{toks[last].start, toks[end-1].end}}
		}
		return nil
	}
	var out []span
	s := start
	for k := start; k <= end; k++ {
		if k == end || toks[k].text == "," || toks[k].lower == "and" || toks[k].lower == "or" {
			if k > s {
				out = append(out, span{toks[s].start, toks[k-1].end})
			}
			s = k + 1
		}
	}
	// "Organisation for the Prohibition of Chemical Weapons" has no commas; a coordination of
	// one is the phrase itself. A member that is only a determiner or adverb is dropped.
	return slices.DeleteFunc(out, func(sp span) bool { return sp.end <= sp.start })
}

// nounPhraseAfter reads the phrase after a preposition cue, to the next punctuation.
func nounPhraseAfter(toks []token, i int) (span, bool) {
	if i >= len(toks) {
		return span{}, false
	}
	k := i
	for k < len(toks) && !(toks[k].punct && toks[k].text != "’" && toks[k].text != "'" && toks[k].text != "-") && toks[k].lower != "that" {
		if k > i && (clauseVerbs[toks[k].lower] || toks[k].lower == "as") {
			break // "described by an official as …"
		}
		if _, _, ok := cueAt(toks, k); ok && k > i {
			break
		}
		k++
	}
	if k == i {
		return span{}, false
	}
	return span{toks[i].start, toks[k-1].end}, true
}

// stripLeading drops articles and quantities from a phrase: "a team of three sanctions
// monitors" → "sanctions monitors".
func stripLeading(words []string) []string {
	for len(words) > 1 {
		w := lowerWord(words[0])
		switch {
		case w == "the" || w == "a" || w == "an" || w == "both" || w == "all" || w == "some" || w == "several" || isNumber(w) && len(words) > 2:
			words = words[1:]
		case (w == "team" || w == "group" || w == "members" || w == "number" || w == "delegation" || w == "panel") && len(words) > 2 && words[1] == "of":
			words = words[2:]
		default:
			return words
		}
	}
	return words
}

// resolve names the source a noun phrase refers to: the registry by name or alias (the whole
// phrase, then its trailing or leading name, then the phrase after "from"/"of"), then an
// earlier source for anaphora ("the monitors", "the report", "they"), then a later one for
// leads that name their source further down, else an unknown source.
func (st *state) resolve(text string, np span, toks []token) (claims.Source, string, *span, bool) {
	words := stripLeading(strings.Fields(text))
	// "engineers interviewed by the Associated Press": the engineers speak; the agency asked.
	for k := 1; k+1 < len(words); k++ {
		if relayParticiples[lowerWord(words[k])] && words[k+1] == "by" {
			words = words[:k]
			break
		}
	}
	if len(words) == 0 {
		return claims.Source{}, "", nil, false
	}
	phrase := strings.Join(words, " ")
	lower := strings.ToLower(phrase)
	if last := words[len(words)-1]; len(words) <= 2 && nonSources[lowerWord(last)] && last != strings.ToUpper(last) && !(len(words) == 1 && pronouns[lower]) {
		return claims.Source{}, "", nil, false
	}
	if n, ok := st.named[phrase]; ok {
		if n.ok {
			return st.seen(n.src, text, np), n.how, nil, true
		}
	} else {
		n := st.registryName(phrase, words)
		st.named[phrase] = n
		if n.ok {
			return st.seen(n.src, text, np), n.how, nil, true
		}
	}
	if pronouns[lower] {
		if a, ok := st.pronounAntecedent(lower); ok {
			return st.seen(a.src, text, np), "pronoun: the last " + agreement(lower) + " source named", &a.at, true
		}
		// No earlier source agrees with it: someone spoke whom the article named only as a
		// pronoun; an unknown source, not the last body named.
		return st.seen(st.x.reg.Resolve(text), text, np), "pronoun with no antecedent", nil, true
	}
	// Anaphora needs a determinate phrase ("the monitors", "a UN report", "the police
	// statement"): a bare plural ("Experts say") is a vague source of its own.
	if len(words) > 1 || determinate(text) {
		for k := len(words) - 1; k >= 0; k-- {
			head := strings.TrimSuffix(possessive(lowerWord(words[k])), ".")
			kinds, ok := anaphoricHeads[head]
			if !ok {
				continue
			}
			if a, ok := st.antecedent(kinds, head); ok && sameSide(st.leadingPlaces(words), a.src) {
				return st.seen(a.src, text, np), "refers back to " + a.src.Name, &a.at, true
			}
			// Forward only for a generic phrase ("a UN report", "the monitors"), not a named
			// body of its own ("Moldova's central electoral commission").
			if s, ok := st.later(kinds); ok && generic(words) && sameSide(st.leadingPlaces(words), s) {
				return st.seen(s, text, np), "refers ahead to " + s.Name, nil, true
			}
			break
		}
	}
	if !hasContent(words) {
		return claims.Source{}, "", nil, false
	}
	s := st.x.reg.Resolve(text) // unknown: graded F, affiliated with the places its name mentions
	if len(s.Affiliations) == 0 && anyWordIn(lexLocal, words) {
		s.Affiliations = st.x.reg.Localities(sentenceText(st.a.src, toks))
	}
	return st.seen(s, text, np), "not in the registry", nil, true
}

func determinate(text string) bool {
	w := strings.ToLower(strings.Fields(text)[0])
	return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "this" || w == "these"
}

func sentenceText(src []byte, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return string(src[toks[0].start:toks[len(toks)-1].end])
}

// nameCandidates: the trailing run of capitalised words ("the defence news portal Armiya Today"), the
// phrase after "from" or "of" ("Inspectors from the OPCW"), the leading capitalised run.
func nameCandidates(words []string) []string {
	var out []string
	k := len(words)
	for k > 0 && isCapitalised(words[k-1]) {
		k--
	}
	if k > 0 && k < len(words) {
		out = append(out, strings.Join(words[k:], " "))
	}
	for i, w := range words {
		if (w == "from" || w == "of" || w == "at" || w == "for" || w == "by") && i+1 < len(words) && i > 0 {
			out = append(out, strings.Join(words[i+1:], " "))
		}
	}
	// "South Korea's Joint Chiefs of Staff" names the "Joint Chiefs of Staff".
	for i := 1; i < len(words)-1; i++ {
		if isCapitalised(words[i]) && (strings.HasSuffix(words[i-1], "'s") || strings.HasSuffix(words[i-1], "’s")) {
			out = append(out, strings.Join(words[i:], " "))
		}
	}
	j := 0
	for j < len(words) && isCapitalised(words[j]) {
		j++
	}
	if j > 0 && j < len(words) && !headsABody(words[j:]) {
		out = append(out, strings.Join(words[:j], " "))
	}
	return out
}

// headsABody: the words after a name make a body of its own ("… monitoring mission in Armenia").
func headsABody(rest []string) bool {
	for _, w := range rest {
		lw := strings.ToLower(w)
		if lw == "in" || lw == "of" || lw == "at" || lw == "for" {
			return false
		}
		if orgHeads[lw] {
			return true
		}
	}
	return false
}

func isCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' || w != "" && w[0] >= 0x80 && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]
}

// lowerWord is strings.ToLower without the allocation for the common all-lower ASCII word.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

func hasContent(words []string) bool {
	for _, w := range words {
		if isCapitalised(w) && !strings.EqualFold(w, "the") && !strings.EqualFold(w, "a") && !strings.EqualFold(w, "an") && len(w) > 1 {
			return true
		}
		if !determiners[w] && !leadingNoise[w] && !auxiliaries[w] && len(w) > 1 {
			return true
		}
	}
	return false
}

// generic: a short phrase without a possessive owner.
func generic(words []string) bool {
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false
		}
	}
	return true
}

// leadingPlaces are the places a phrase's first words name ("Gaza officials", "Moldova's
// commission"): whom it belongs to, not where it is ("experts at the … Ukraine plant").
func (st *state) leadingPlaces(words []string) []string {
	return st.x.reg.Places(strings.Join(words[:min(2, len(words))], " "))
}

// sameSide: a phrase that names a place ("Gaza officials") refers back only to a source of
// that place.
func sameSide(places []string, s claims.Source) bool {
	if len(places) == 0 {
		return true
	}
	for _, p := range places {
		if slices.Contains(s.Affiliations, p) {
			return true
		}
	}
	return false
}

// antecedent is the most recent source of one of these kinds, or whose name has the head noun.
func (st *state) antecedent(kinds []string, head string) (salient, bool) {
	for i := len(st.salience) - 1; i >= 0; i-- {
		s := st.salience[i].src
		if slices.Contains(kinds, s.Kind) || strings.Contains(strings.ToLower(s.Name), head) {
			return st.salience[i], true
		}
	}
	return salient{}, false
}

// later is the first source of one of these kinds that the document names further on.
func (st *state) later(kinds []string) (claims.Source, bool) {
	if !st.looked {
		st.lookAhead(st.segs)
		st.looked = true
	}
	for _, s := range st.ahead {
		if slices.Contains(kinds, s.Kind) {
			return s, true
		}
	}
	return claims.Source{}, false
}

// namedSource is what the registry says a phrase names, remembered per document.
type namedSource struct {
	src claims.Source
	how string
	ok  bool
}

func (st *state) registryName(phrase string, words []string) namedSource {
	if s, ok := st.find(phrase); ok {
		return namedSource{s, "registry name or alias", true}
	}
	for _, candidate := range nameCandidates(words) {
		if s, ok := st.find(candidate); ok {
			return namedSource{s, "registry name within the phrase", true}
		}
	}
	return namedSource{}
}

// find is Registry.Find, remembered for the document: the same names recur.
func (st *state) find(phrase string) (claims.Source, bool) {
	if r, ok := st.found[phrase]; ok {
		return r.src, r.ok
	}
	src, ok := st.x.reg.Find(phrase)
	st.found[phrase] = foundName{src, ok}
	return src, ok
}

type foundName struct {
	src claims.Source
	ok  bool
}

// seen records a source as the latest named, for anaphora. An unregistered source keeps the
// words it was first named by, so that later references ("the police statement") join it.
func (st *state) seen(s claims.Source, text string, at span) claims.Source {
	if s.Known || s.Text == "" {
		s.Text = text
	}
	st.salience = append(st.salience, salient{src: s, at: at, words: text})
	return s
}

// lookAhead lists the registry sources the document names, in order, so that a lead ("A UN
// report reveals …") can point to the source the article names later.
func (st *state) lookAhead(segs []segment) {
	for _, sg := range segs {
		toks := sg.toks
		for i := range toks {
			if !toks[i].capitalised() {
				continue
			}
			longest := st.x.reg.NameWordsFrom(toks[i].norm())
			key := ""
			var match claims.Source
			matched := false
			for n := 1; n <= longest && i+n <= len(toks); n++ {
				if n == 1 {
					key = toks[i].norm()
				} else {
					key += " " + toks[i+n-1].norm()
				}
				if src, ok := st.x.reg.FindNormalised(key); ok {
					match, matched = src, true
				}
			}
			if matched && !isOutlet(match) && match.Kind != "government" {
				st.ahead = append(st.ahead, match)
			}
		}
	}
}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' || wordIn(lexNumber, w)
}

func anyWordIn(l lexID, words []string) bool {
	for _, w := range words {
		if wordIn(l, strings.Trim(possessive(lowerWord(w)), ".,;:")) {
			return true
		}
	}
	return false
}

// madeIn: "DPRK-made", "of Iranian origin".
func madeIn(toks []token) bool {
	for i, t := range toks {
		if strings.HasSuffix(t.lower, "-made") || t.lower == "origin" && i >= 2 && toks[i-2].lower == "of" {
			return true
		}
	}
	return false
}

// classify decides what kind of claim a sentence makes, from its wording and stances.
func classify(h *hits, toks []token, atts []claims.Attribution, reg *claims.Registry) claims.Kind {
	for _, a := range atts {
		if a.Stance == claims.StanceDenies {
			return claims.KindStatement
		}
	}
	for _, a := range atts {
		if a.Stance == claims.StanceCannotDetermine {
			if h.has(lexRespUnknown) {
				return claims.KindResponsibility
			}
			return claims.KindEvent
		}
	}
	switch {
	case h.has(lexResponsibility) || partyActs(toks, reg):
		return claims.KindResponsibility
	case h.has(lexProvenance) || madeIn(toks):
		return claims.KindProvenance
	case len(attackAgents(toks, reg)) > 0 && !counts(h):
		return claims.KindResponsibility // "a Russian missile strike damaged …"
	case weaponOfPlace(toks, reg):
		return claims.KindProvenance
	case h.has(lexLegal):
		return claims.KindLegal
	case counts(h):
		return claims.KindQuantity
	case h.has(lexEvent):
		return claims.KindEvent
	case len(atts) > 0:
		return claims.KindStatement
	}
	return claims.KindBackground
}

// partyActs: a state or party is the subject of "used"/"using" ("Russia used", "Russia using").
func partyActs(toks []token, reg *claims.Registry) bool {
	for i, t := range toks {
		if !wordIn(lexUsing, t.lower) || i == 0 {
			continue
		}
		k := i - 1
		for k >= 0 && auxiliaries[toks[k].lower] {
			k--
		}
		if k >= 0 && len(placesOf(reg, toks[max(0, k-1):k+1])) > 0 {
			return true // "Russia used", "Russian forces had used"
		}
	}
	return false
}

// attackNouns name an act of war that a demonym attributes ("a Russian missile strike").
var attackNouns = map[string]bool{"strike": true, "strikes": true, "attack": true, "attacks": true, "shelling": true,
	"bombardment": true, "bombing": true, "raid": true, "raids": true, "assault": true, "offensive": true, "airstrike": true, "airstrikes": true}

// attackAgents are the parties an attack is named by ("Russian strike", "an Israeli air strike").
func attackAgents(toks []token, reg *claims.Registry) []string {
	var out []string
	for i, t := range toks {
		if !attackNouns[t.lower] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].capitalised() {
				out = append(out, placesOf(reg, toks[k:k+1])...)
			}
		}
	}
	return out
}

// weaponOfPlace: a weapon named by its country ("a North Korean missile").
func weaponOfPlace(toks []token, reg *claims.Registry) bool {
	for i, t := range toks {
		if !wordIn(lexWeapon, t.lower) {
			continue
		}
		from := max(0, i-3)
		if from < i && len(placesOf(reg, toks[from:i])) > 0 {
			return true
		}
	}
	return false
}

// placesOf is Registry.Places over tokens, using their normalised words.
func placesOf(reg *claims.Registry, toks []token) []string {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.punct {
			words = append(words, t.norm())
		}
	}
	return reg.PlacesInWords(words, false)
}

func joinTokens(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.text
	}
	return strings.Join(parts, " ")
}

// counts: a number next to what it counts ("four deaths", "killed one and injured 45").
func counts(h *hits) bool {
	for _, n := range h[lexNumber] {
		for _, q := range h[lexQuantityNoun] {
			if q.start != n.start && q.start >= n.start-2 && q.start <= n.start+3 {
				return true
			}
		}
	}
	return false
}
