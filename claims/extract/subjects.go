// Stage 6, subjects: cue → the phrase(s) that are its source, as mentions. attributions walks a
// sentence's cues and, for each, finds its source: the clause's subject before a verb cue
// (subjectOf: the first noun phrase when it reaches the cue, else the phrase after the last comma,
// a name and its apposition, the main clause's subject for "…, saying" and "… and denied"), the
// phrase after a preposition cue, or the phrase after an inverted "…, said the ministry". A source
// named inside another's reported words is part of what was reported (nested). Each phrase is
// resolved (resolve.go); mentions of one source are merged, and the sentence's own stance
// (stance.go) is applied.

package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factcheck/factcheck/claims"
)

// mention is a source the sentence names, with its cue.
type mention struct {
	text       string
	start, end int
	src        claims.Source
	how        string
	ante       *span // where the source a pronoun or anaphor resolves to was named
	cue        cue
	cueText    string
	cueSpan    span
	stance     string
	relayOnly  bool // passes on another source's words ("The Gazette quoted X as saying …")
	closes     bool // the source and its verb close the sentence ("…, the agency said.")
	// trailingDenial: the source's report goes on in a participle of denial (", denying reports
	// …"), which denies only when the report itself imputes nothing (see mergeMentions)
	trailingDenial bool
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
	citedEnd := openingCitation(toks) // "Citing intelligence reports, officials said": no cue inside what is cited
	for i := 0; i < len(toks); i++ {
		c, n, ok := cueAt(toks, i)
		if !ok || quoted[i] && outside || i > 0 && i < citedEnd {
			continue
		}
		cueSpan := span{toks[i].start, toks[i+n-1].end}
		cueText := string(st.a.src[cueSpan.start:cueSpan.end])
		var nps, relays []span
		relay := -1
		if y, q, ok := quotedAsSaying(toks, i); ok {
			nps, relay = []span{y}, q // "The Gazette quoted Tabor as saying …": Tabor says, the Gazette relays
			relays = st.subjectOf(toks, relay)
		} else if by, ok := passiveQuotedAsSaying(toks, i); ok {
			// "…, Afkham was quoted as saying by the Tasnim agency": the subject says, the agency
			// relays; "…, Tiso was quoted as saying in the Times": no relay named by "by"
			nps = st.subjectOf(toks, i-2)
			if by.end > by.start {
				relay, relays = i-2, []span{by}
			}
		} else {
			switch c.kind {
			case cuePrep:
				if i == 0 && citedEnd > n {
					// "Citing intelligence reports, …": what is cited runs to the comma
					nps = coordinatedAfter(toks, n, span{toks[n].start, toks[citedEnd-1].end})
				} else if np, ok := nounPhraseAfter(toks, i+n); ok {
					nps = coordinatedAfter(toks, i+n, np)
				}
			default:
				if np, ok := invertedSpeaker(toks, i, n); ok && (closesSentence(toks, np) && !subjectAndAppositionsBefore(toks, i) || insideSubjectAndVerb(toks, i, np)) {
					nps = []span{np} // "…, said the statement.": the inverted speaker closes the sentence
					break
				}
				nps = st.subjectOf(toks, i)
				if np, ok := statementFrom(toks, c, i+n); ok {
					nps = []span{np} // "They released a statement from Dr. Ann Lee": the statement is hers
				}
				if len(nps) == 0 {
					if np, ok := invertedSpeaker(toks, i, n); ok {
						nps = []span{np} // inverted: "…, said the ministry, adding …" / "…," said Ahmed Saleh
					}
				}
			}
		}
		for _, np := range nps {
			text := string(st.a.src[np.start:np.end])
			if c.kind == cueVerb && strings.EqualFold(text, "it") && passiveBefore(toks, np, i) {
				continue // "It was also claimed that …": nobody is named
			}
			if c.kind == cueVerb && np.end <= cueSpan.start && rulesOnFiling(toks, np, cueSpan) {
				continue // "The court denied the claim": a ruling is the court's act, not its report
			}
			if i == 0 && citedEnd > 0 && citedReason(toks, citedEnd) {
				continue // "Citing one of the missed tests, Roe said …", "Citing falling sales, …": a reason cited, not a source
			}
			src, how, ante, ok := st.resolve(text, np, toks)
			if !ok {
				continue
			}
			if c.kind != cuePrep && complement < len(toks) && np.start >= toks[complement].start && nested(toks, np, i, out, src, ante != nil) {
				continue
			}
			m := mention{text: text, start: np.start, end: np.end, src: src, how: how, ante: ante, cue: c, cueText: cueText, cueSpan: cueSpan, stance: c.stance}
			if r, ok := relativePronoun(toks, np, i); ok {
				// "Dana Reyes, who said …": the words naming the source are "who", which
				// refers to the phrase before it
				m.text, m.start, m.end, m.ante, m.how = toks[r].text, toks[r].start, toks[r].end, &span{np.start, np.end}, "relative pronoun: "+how
			}
			out = append(out, m)
			if c.kind != cuePrep && np.end <= cueSpan.start && complement == len(toks) && !hearingVerbs[toks[i].lower] {
				complement = i + n // (a court that heard what others said relays them: they are not nested)
			}
		}
		if relay >= 0 {
			for _, np := range relays {
				text := string(st.a.src[np.start:np.end])
				if src, how, ante, ok := st.resolve(text, np, toks); ok {
					qs := span{toks[relay].start, toks[relay].end}
					out = append(out, mention{text: text, start: np.start, end: np.end, src: src, how: how, ante: ante,
						cue: cue{kind: cueRelay, stance: "asserts", words: []string{toks[relay].lower}}, cueText: toks[relay].text, cueSpan: qs, stance: "asserts", relayOnly: true})
				}
			}
		}
		if c.kind == cueVerb && complement == len(toks) && i+n < len(toks) && toks[i+n].lower == "that" && !hearingVerbs[toks[i].lower] {
			complement = i + n // "… are asking that the court dismiss …": what follows "that" is reported
		}
		i += n - 1
	}
	if m, ok := st.colonSpeaker(toks, out); ok {
		out = append(out, m)
	}
	if second := coordinateClause(toks); second < len(toks) {
		// "Young confirmed the leak was small, but could not confirm a larger one": what the
		// source cannot say in a coordinate clause does not undo what it reported first
		for k := range out {
			if out[k].stance != "cannot-determine" || out[k].cueSpan.start < toks[second].start {
				continue
			}
			if slices.ContainsFunc(out[:k], func(o mention) bool {
				return o.stance == "asserts" && o.cueSpan.start < toks[second].start && o.src.Name == out[k].src.Name // the same source's first report
			}) {
				out[k].stance = "asserts"
			}
		}
	}
	if comma, ok := openingDenial(toks); ok {
		// "While denying that its officials held talks, the ministry said …": the speaker of
		// the main clause denies
		for k := range out {
			if out[k].stance == "asserts" && out[k].start > toks[comma].start {
				out[k].stance = "denies"
			}
		}
	}
	out = dropSubordinateUnderClosingSpeaker(toks, out)
	out = mergeMentions(toks, out)
	for k := range out {
		out[k].closes = closingSpeaker(toks, out[k])
	}
	stance := sentenceStance(h, toks)
	for k := range out {
		if stance != "" && (out[k].stance == "asserts" || out[k].stance == "accuses" && dismisses(h, toks)) { // "slams the claims as a lie" dismisses them
			out[k].stance = stance
		}
		if out[k].stance == "accuses" && criticisesAReport(toks, out[k]) {
			out[k].stance = "denies"
		}
		if out[k].stance == "asserts" && st.saysItDenies(toks, out[k]) {
			out[k].stance = "denies"
		}
	}
	return out
}

// criticisesAReport: the source's verb of criticism takes a report or a claim as its object
// ("has blasted a tabloid report claiming …", "slammed the allegations"): what it criticises is
// what was said of it, and it denies that. A party criticised ("slammed the minister over the
// report") is accused; the passive ("slammed by") names its agent, not an object.
func criticisesAReport(toks []token, m mention) bool {
	if m.cue.kind != cueVerb || m.cue.stance != "accuses" {
		return false
	}
	k := 0
	for k < len(toks) && toks[k].start < m.cueSpan.end {
		k++
	}
	for j := k; j < len(toks) && j <= k+3; j++ {
		t := toks[j]
		if t.punct || prepositions[t.lower] || coordinators[t.lower] {
			return false
		}
		if criticisedReports[t.lower] {
			return j+1 >= len(toks) || !strings.HasPrefix(toks[j+1].text, "'") && !strings.HasPrefix(toks[j+1].text, "’")
		}
	}
	return false
}

var criticisedReports = lexWords("criticisedReports")

// passiveBefore: between the subject np and the cue at i stand a passive auxiliary and
// adverbs only ("It was also claimed", "it has been reported"): the cue is a passive.
func passiveBefore(toks []token, np span, i int) bool {
	aux := false
	for k := 0; k < i; k++ {
		if toks[k].start < np.end {
			continue
		}
		switch l := toks[k].lower; {
		case passiveAux[l] || l == "been":
			aux = true
		case adverb(toks[k]) || auxiliaries[l] && !determiners[l]:
		default:
			return false
		}
	}
	return aux
}

// coordinatedAfter splits the phrase np after a preposition cue, from token from, into the
// sources it coordinates ("according to both the state report and hospital officials", "as
// per police and the fire service"), as a subject is split; a body's name with "and" in it
// stays whole.
func coordinatedAfter(toks []token, from int, np span) []span {
	to := from
	and := false
	for to < len(toks) && toks[to].end <= np.end {
		and = and || toks[to].lower == "and"
		to++
	}
	if !and {
		return []span{np}
	}
	if toks[from].lower == "both" && from+1 < to {
		from++
	}
	parts := coordinated(toks, from, to)
	for _, p := range parts[min(1, len(parts)):] {
		if loneCommonNoun(toks[from:to], p) {
			return []span{np} // "the ministry of health and welfare": "welfare" is no second source
		}
	}
	if len(parts) > 0 {
		return parts
	}
	return []span{np}
}

// loneCommonNoun: the span is one lower-case singular word that names no person or group.
func loneCommonNoun(toks []token, sp span) bool {
	var only *token
	for k := range toks {
		if toks[k].start >= sp.start && toks[k].end <= sp.end {
			if only != nil {
				return false
			}
			only = &toks[k]
		}
	}
	return only != nil && !only.capitalised() && !pluralLike([]string{only.lower}) && !personTitles[only.lower] && !groupNouns[only.lower]
}

// openingCitation: the sentence opens "Citing …," — the end of what is cited (the comma's
// token), or 0.
func openingCitation(toks []token) int {
	if len(toks) == 0 || toks[0].lower != "citing" {
		return 0
	}
	for k := 1; k < len(toks) && k < 20; k++ {
		if toks[k].text == "," {
			return k
		}
		if toks[k].punct && toks[k].text != "-" && toks[k].text != "'" && toks[k].text != "’" {
			return 0
		}
	}
	return 0
}

// citedReason: what an opening "Citing" cites up to end is a reason ("Citing falling sales",
// "Citing one of the missed tests", "Citing security concerns"), not a source ("Citing
// witnesses", "Citing two officials", "Citing police records"): its head noun is one of the
// citedReasons.
func citedReason(toks []token, end int) bool {
	for k := end - 1; k > 0; k-- {
		if !toks[k].punct {
			return citedReasons[possessive(toks[k].lower)]
		}
	}
	return false
}

var citedReasons = lexWords("citedReasons")

// saysItDenies: what the source is reported to say is that it denies — the subject of the
// denial a pronoun that agrees with the source ("Brooksby said he denies the charges", "The
// company said it rejected the claims", "Officials said they dismissed the report").
func (st *state) saysItDenies(toks []token, m mention) bool {
	if m.cue.kind != cueVerb {
		return false
	}
	from := 0
	for from < len(toks) && toks[from].start < m.cueSpan.end {
		from++
	}
	if principalDenies(toks, from, m) {
		return true
	}
	pronoun := false
	for k := from; k < len(toks) && !pronoun; k++ {
		pronoun = pronounWords[toks[k].lower]
	}
	if !pronoun {
		return false // no pronoun to be the denial's subject (most sentences): the source's agreement is not needed
	}
	s := salient{src: m.src, words: m.text}
	for _, p := range []string{"he", "she", "it", "they"} {
		if (agrees(s, p) || (p == "he" || p == "she") && !m.src.Known && (surnameLike(m.text) || fullNameLike(m.text))) && (selfDenial(toks, from, p) || actDeniedBy(toks, from, p)) { // "Brooksby said he denies", "X told police he did not kill her"
			return true
		}
	}
	return false
}

// dropSubordinateUnderClosingSpeaker: when the sentence ends with its speaker ("…, Dong said."),
// a source inside a subordinate clause of what was said ("as officials fear …", "because the
// committee denied …") is part of the report, not a source of its own.
func dropSubordinateUnderClosingSpeaker(toks []token, out []mention) []mention {
	closing := -1
	for k, m := range out {
		if closingSpeaker(toks, m) {
			closing = k
		}
	}
	if closing < 0 {
		return out
	}
	return slices.DeleteFunc(out, func(m mention) bool {
		s := tokenAfter(toks, m.start)
		return m.start < out[closing].start && m.cue.kind != cuePrep && !m.src.Known && s > 0 && clauseOpeners[toks[s-1].lower] && toks[s-1].lower != "but"
	})
}

// closingSpeaker: m and its verb close the sentence after a comma ("…, Dong said.", "…, said
// Dong on Friday.").
func closingSpeaker(toks []token, m mention) bool {
	if m.cue.kind == cuePrep {
		return false
	}
	s := tokenAfter(toks, m.start)
	c := tokenAfter(toks, m.cueSpan.start)
	return s > 0 && toks[s-1].text == "," && onlyAdverbialsAfter(toks, tokenAfter(toks, m.cueSpan.end)) ||
		c > 0 && toks[c-1].text == "," && m.start > m.cueSpan.start && onlyAdverbialsAfter(toks, tokenAfter(toks, m.end))
}

// onlyAdverbialsAfter: from k to the sentence's end stand only punctuation and a short phrase
// of time or manner ("on Friday", "in a statement").
func onlyAdverbialsAfter(toks []token, k int) bool {
	n := 0
	for ; k < len(toks); k++ {
		if toks[k].punct {
			continue
		}
		if _, _, ok := cueAt(toks, k); ok || toks[k].lower == "that" {
			return false
		}
		n++
	}
	return n <= 6
}

// quotedAsSaying reads "X quoted Y as saying …" at the cue toks[i] = "saying": Y's phrase
// and the index of "quoted" (or "cited", "quotes", "cites"), whose subject only relays Y.
func quotedAsSaying(toks []token, i int) (span, int, bool) {
	if toks[i].lower != "saying" || i < 3 || toks[i-1].lower != "as" {
		return span{}, 0, false
	}
	for q := i - 2; q >= 0 && q >= i-12; q-- {
		if quotingVerbs[toks[q].lower] {
			end := i - 1
			if toks[end-1].text == "," {
				end-- // "quoted the chief, Mia Park, as saying"
			}
			e := readNounPhrase(toks, q+1, end)
			if e < end && toks[e].text == "," && (readNounPhrase(toks, e+1, end) == end || determiners[toks[e+1].lower] && !slices.ContainsFunc(toks[e+1:end], func(t token) bool { return t.punct })) {
				e = end // "cited Hari Pathak, a local resident, as saying", "…, a person living in the area, as saying"
			}
			if q+1 < end && e == end {
				return span{toks[q+1].start, toks[end-1].end}, q, true
			}
			return span{}, 0, false
		}
		if toks[q].punct && toks[q].text != "." && toks[q].text != "," {
			return span{}, 0, false
		}
	}
	return span{}, 0, false
}

// passiveQuotedAsSaying reads the passive "X was quoted as saying (by Y)" at the cue toks[i] =
// "saying": ok, and the phrase after "by" (empty when none), who relays what X said.
func passiveQuotedAsSaying(toks []token, i int) (span, bool) {
	if toks[i].lower != "saying" || i < 4 || toks[i-1].lower != "as" || !quotingVerbs[toks[i-2].lower] || !passiveAux[toks[i-3].lower] {
		return span{}, false
	}
	if i+2 < len(toks) && toks[i+1].lower == "by" {
		if by, ok := nounPhraseAfter(toks, i+2); ok {
			return by, true
		}
	}
	return span{}, true
}

// quotingVerbs relay whom they quote "as saying" ("quoted", "cited").
var quotingVerbs = lexWords("quotingVerbs")

// invertedSpeaker is the phrase after a verb of saying that follows a comma ("…, said the
// ministry"), when it is who spoke rather than what was said.
func invertedSpeaker(toks []token, i, n int) (span, bool) {
	if !sayingVerbs[toks[i].lower] || addressVerbs[toks[i].lower] || !afterComma(toks, i) || i+n >= len(toks) || prepositions[toks[i+n].lower] {
		return span{}, false
	}
	np, ok := nounPhraseAfter(toks, i+n)
	if !ok || clauseFollows(toks, np) {
		return span{}, false
	}
	return np, true
}

// subjectAndAppositionsBefore: the words before the cue at i are noun phrases set off by commas
// and nothing else ("Ron Tabor, county attorney, said no such contract exists"), so they are
// its subject and what follows the cue is what was said, not an inverted speaker.
func subjectAndAppositionsBefore(toks []token, i int) bool {
	start := skipAdverbials(toks, 0, i)
	if start >= i || !(toks[start].capitalised() || determiners[toks[start].lower]) {
		return false
	}
	for k, n := start, 1; k < i; n++ {
		e := readNounPhrase(toks, k, i)
		if e > k && e < i && relativePronouns[toks[e].lower] {
			for e < i-1 && toks[e].text != "," {
				e++ // "D.K. Pathak, a railroad official who was on the train, said": the clause describes the phrase
			}
		}
		if e == k || e >= i || toks[e].text != "," {
			return false
		}
		if e == i-1 {
			// a name and its apposition (read as one phrase or as two); one phrase alone may be a
			// headline's clause ("X stole Y, says Z")
			return n >= 2 || slices.ContainsFunc(toks[k:e], func(t token) bool { return t.text == "," })
		}
		k = e + 1
	}
	return false
}

// insideSubjectAndVerb: an inverted speaker set off by commas between a bare subject and its
// verb — "The weakness of the plan, says Clara Ortiz, an economist, is that …" — the phrase
// before the cue is a noun phrase alone from the sentence's start, and the speaker (with any
// apposition) is followed by a comma.
func insideSubjectAndVerb(toks []token, i int, np span) bool {
	if i < 3 || toks[i-1].text != "," {
		return false
	}
	start := skipAdverbials(toks, 0, i-1)
	if start >= i-1 || readNounPhrase(toks, start, i-1) != i-1 || !(toks[start].capitalised() || determiners[toks[start].lower]) {
		return false
	}
	for k := start; k < i-1; k++ {
		if toks[k].punct || opensQuote(toks[k]) {
			return false
		}
	}
	after := tokenAfter(toks, np.end)
	return after < len(toks) && toks[after].text == ","
}

// addressVerbs name whom they address after them ("told reporters"), never the speaker.
var addressVerbs = lexWords("addressVerbs")

// closesSentence: only closing punctuation follows np.
func closesSentence(toks []token, np span) bool {
	for k, t := range toks {
		if t.start >= np.end && !t.punct {
			return t.text != "" && toks[k-1].text == "," && appositionCloses(toks, k)
		}
	}
	return true
}

// appositionCloses: from k a noun phrase set off by the comma before it ends the sentence
// ("…, said Lee Kay, spokeswoman for the hospital."): the speaker's title, not a new clause.
func appositionCloses(toks []token, k int) bool {
	end := len(toks)
	for end > k && toks[end-1].punct {
		end--
	}
	if end <= k || !(personTitles[toks[k].lower] || determiners[toks[k].lower] || toks[k].capitalised()) {
		return false
	}
	for j := k; j < end; j++ {
		if toks[j].punct && toks[j].text != "," && toks[j].text != "." && toks[j].text != "'" && toks[j].text != "’" {
			return false
		}
		if clauseVerbs[toks[j].lower] || passiveAux[toks[j].lower] || toks[j].lower == "that" || toks[j].lower == "who" || toks[j].lower == "which" {
			return false
		}
		if _, _, ok := cueAt(toks, j); ok {
			return false
		}
	}
	return true
}

// clauseFollows: the phrase np after an inverted verb of saying holds or is followed by a
// verb, so it is what was said, not who said it ("…, said full-year profit surged 38
// percent"; "…, said profit rose"): a verb in -ed (not after a determiner or preposition),
// an auxiliary, a clause verb or a common irregular past.
func clauseFollows(toks []token, np span) bool {
	first := tokenAfter(toks, np.start)
	if first < len(toks) && toks[first].end < np.end && (pronounWords[possessive(toks[first].lower)] || possessive(toks[first].lower) == "there") {
		return true // "…, says it’s too early to tell": a pronoun opens a clause, not a name
	}
	for k, t := range toks {
		if t.end <= np.start {
			continue
		}
		if t.punct && t.start >= np.end {
			return false
		}
		if relativePronouns[t.lower] && t.start > np.start {
			return false // "…," said a poll worker who has staffed the hall: the clause describes the speaker
		}
		if k == 0 || t.punct || t.capitalised() {
			continue
		}
		prev, next := toks[k-1].lower, ""
		if k+1 < len(toks) {
			next = toks[k+1].lower
		}
		// a participle before a preposition describes the phrase ("one Republican involved in
		// the planning", "a man named in the filing"); it is no verb of its own
		participle := prepositions[next] || adjectivePrepositions[next] || next == "by"
		if auxiliaries[t.lower] && !determiners[t.lower] || clauseVerbs[t.lower] || irregularPasts[t.lower] ||
			strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 && !determiners[prev] && !prepositions[prev] && !participle {
			return true
		}
	}
	return false
}

// irregularPasts are common past-tense verbs without -ed ("profit rose", "sales fell").
var irregularPasts = lexWords("irregularPasts")

// pastBeforeObject end a subject only before an object: they are also participles.
var pastBeforeObject = lexWords("pastBeforeObject")

// afterCommaAt: a comma stands right before the token at i.
func afterCommaAt(toks []token, i int) bool { return i > 0 && toks[i-1].text == "," }

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

// nested: a source named inside another's reported words is part of what was reported,
// unless the registry knows it, it is the same source (its stance then joins the first), or
// a comma sets its clause apart ("…, a spokesman said", "When X asked …, the official noted"),
// or a contrasting "as"/"while" opens a clause whose subject is the cue's ("X denies fraud as
// the opposition rejects …").
func nested(toks []token, np span, cueIdx int, out []mention, src claims.Source, anaphor bool) bool {
	if len(out) > 0 && isOutlet(out[0].src) {
		return false // "ANSA said migrants told authorities …": the outlet relays the migrants
	}
	// (a phrase that only refers back to a known source, "the company", is nested all the same)
	if src.Known && !anaphor || slices.ContainsFunc(out, func(m mention) bool { return m.src.ID == src.ID }) {
		return false
	}
	for k := range toks {
		if toks[k].start == np.start {
			// "…, a spokesman said"; "X denies fraud as the opposition rejects …": a clause
			// of its own, beside the reported words rather than inside them
			if k > 0 && contrastOpeners[toks[k-1].lower] {
				after := tokenAfter(toks, np.end)
				apposition := after+1 == cueIdx && toks[after].text == "," // "…, but a village elder, Musa Karimi, put …"
				return !reaches(toks, after, cueIdx) && !apposition
			}
			return !(k > 0 && toks[k-1].text == ",")
		}
	}
	return true
}

// tokenAfter is the index of the first token at or after byte offset end.
// rulesOnFiling: a court or a judge as the subject of a verb of rejecting ("denied",
// "rejected", "dismissed") whose object is something filed before it ("the claim", "his
// appeal", "the defence's request for bail"): the sentence tells of a ruling, an act, and the
// court reports nothing.
func rulesOnFiling(toks []token, np span, cueSpan span) bool {
	court := false
	for k := tokenAfter(toks, np.start); k < len(toks) && toks[k].end <= np.end; k++ {
		court = court || courtWords[toks[k].lower]
	}
	if !court {
		return false
	}
	c := tokenAfter(toks, cueSpan.start)
	if !rejectingVerbs[toks[c].lower] {
		return false
	}
	for k := tokenAfter(toks, cueSpan.end); k < len(toks) && k <= tokenAfter(toks, cueSpan.end)+3; k++ {
		if filedThings[toks[k].lower] {
			return k+1 >= len(toks) || toks[k+1].lower != "that" // "rejected claims that it was pressured" denies them
		}
		if toks[k].punct && toks[k].text != "'" && toks[k].text != "’" || toks[k].lower == "that" {
			return false
		}
	}
	return false
}

var courtWords, rejectingVerbs, filedThings = lexWords("courtWords"), lexWords("rejectingVerbs"), lexWords("filedThings")

func tokenAfter(toks []token, end int) int {
	for k, t := range toks {
		if t.start >= end {
			return k
		}
	}
	return len(toks)
}

// contrastOpeners open a clause that stands beside the one before it ("… as the opposition
// rejects …", "… while the ministry said …"), not inside its reported words.
var contrastOpeners = lexWords("contrastOpeners")

// mergeMentions keeps one mention per source named: the first cue, and the most telling
// stance. Two mentions are one when they resolve to one source and name it alike — the same
// words, one inside the other, or a pronoun or a phrase that refers back ("X said …, adding",
// "X said … and he added"). Different words for one body stay apart: "the Defense Department
// said …, as described by a Pentagon official" reports two attributions.
func mergeMentions(toks []token, ms []mention) []mention {
	var out []mention
	for _, m := range ms {
		idx := slices.IndexFunc(out, func(o mention) bool {
			// "X, a spokesman, refuted … and X accused"; two unknown sources are one only when
			// one mention's words hold the other's, not because one of them is an anaphor
			return o.src.ID == m.src.ID && sameMention(o, m) || !o.src.Known && !m.src.Known && (sameWords(o, m) || restates(o, m) || restates(m, o))
		})
		if idx < 0 {
			out = append(out, m)
			continue
		}
		stance := out[idx].stance
		if trailingDenialOf(toks, out[idx], m) {
			out[idx].trailingDenial = true // "X killed 13 soldiers, the ministry said, denying reports …": the report's own stance first
		} else if stanceRank[m.stance] > stanceRank[stance] {
			stance = m.stance
		}
		if pronounMention(out[idx]) && !pronounMention(m) && m.ante == nil {
			out[idx] = m // "She said …, Ross said": the name, not the pronoun's guess
		} else if strings.HasPrefix(out[idx].how, "relative pronoun") && !strings.HasPrefix(m.how, "relative pronoun") && m.start < out[idx].start {
			// "Ana Ruiz, an adviser who backed the plan, said …": the main clause's cue and its
			// subject name the source, not the relative clause inside the apposition
			out[idx] = m
		}
		out[idx].stance = stance
	}
	return out
}

// trailingDenialOf: m is a participle of denial set off by a comma after o's verb (", denying
// reports they died in an air strike", "decried the vote as fraud, disputing the result"): the
// source's main verb and what it reports give its stance, and the denial only when they impute
// nothing (claimFor).
func trailingDenialOf(toks []token, o, m mention) bool {
	if m.stance != "denies" || m.cue.kind != cueVerb || (o.stance != "asserts" && o.stance != "accuses") || m.cueSpan.start < o.cueSpan.end ||
		!strings.HasSuffix(strings.ToLower(m.cueText), "ing") {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].start == m.cueSpan.start {
			return toks[k-1].text == ","
		}
	}
	return false
}

// sameMention: two mentions of one source name it alike (see mergeMentions).
func sameMention(a, b mention) bool {
	if a.ante != nil || b.ante != nil {
		return true
	}
	return sameWords(a, b)
}

// restates: p is a pronoun that restates o's source ("X, a spokesman, said … and she added"),
// not one that points back to someone named before the sentence ("because the committee denied
// …, he said": he is not the committee).
func restates(p, o mention) bool {
	if !pronounMention(p) {
		return false
	}
	if p.ante == nil || p.ante.start >= o.start && p.ante.end <= o.end || p.src.Name == o.src.Name || o.ante != nil && *o.ante == *p.ante {
		return true
	}
	// "She said about five gallons had leaked …, Ross said": "he"/"she" beside a person named in
	// the same sentence is that person
	l := strings.ToLower(strings.TrimSpace(p.text))
	titled, named := personLike(salient{src: o.src, words: o.text})
	// (a single capitalised word, "Ross" or "Jones" alike: not surnameLike, which leaves plurals to
	// the common nouns)
	surname := !o.src.Known && len(strings.Fields(o.text)) == 1 && isCapitalised(o.text) && !orgHeads[strings.ToLower(o.text)] && !acronymWord(o.text)
	return (l == "he" || l == "she") && o.ante == nil && (titled || named || surname)
}

// pronounMention: the mention is a pronoun resolved to someone named before ("she"), which
// restates a source of its sentence rather than naming another.
func pronounMention(m mention) bool {
	return m.ante != nil && pronouns[strings.ToLower(strings.TrimSpace(m.text))]
}

func sameWords(a, b mention) bool {
	x, y := wordsOf(a.text), wordsOf(b.text)
	return strings.Contains(x, y) || strings.Contains(y, x) // on word boundaries: "he" is not in "the committee"
}

// wordsOf is s lower-cased with its punctuation as spaces, padded: " colonel ana brek an army ".
func wordsOf(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' })
	return " " + strings.Join(f, " ") + " "
}

// subjectOf finds the subject noun phrase(s) of the cue at toks[i]: the clause's first noun
// phrase when it reaches the cue (a coordination "Ukraine, the US and South Korea" gives
// three), else the phrase after the last comma ("…, the organisation said").
func (st *state) subjectOf(toks []token, i int) []span {
	if sp, ok := subjectAfterOpeningParticiple(toks, i); ok {
		return []span{sp} // "Speaking at the press conference, a furious Matic questioned …"
	}
	cs := 0
	// a participle after a comma takes the main clause's subject, past the quoted words and the
	// "as" of its object ("X hailed the vote as “fantastic,” telling reporters …")
	participle := toks[i].lower == "saying" || sayingParticiples[toks[i].lower] && afterComma(toks, i)
	if !participle {
		if sp, ok := pronounRightBefore(toks, i); ok {
			return []span{sp} // "a gun at the scene they say the man was carrying"
		}
		if sp, ok := subjectBeforeRestrictiveRelative(toks, i); ok {
			return []span{sp} // "A video that was briefly made public on the website confirms …"
		}
	}
	if sp, ok := filerOf(toks, i); ok {
		return sp // "Four workers filed a lawsuit in the county court accusing the chef …": the filers accuse
	}
	if sp, ok := antecedentOfWho(toks, i); ok && !participle {
		// only a verb of saying, a denial or an accusation: "…, who has defended other clients"
		// tells what the person does
		if c, _, _ := cueAt(toks, i); sayingVerbs[toks[i].lower] || c.stance != "asserts" {
			return []span{sp}
		}
	}
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		quoteOrAs := t.text == "“" || t.text == "”" || t.text == "\"" || t.text == "''" || t.text == "``" || t.text == "‘" || closesSingleQuote(toks, k) || t.lower == "as"
		if participle && quoteOrAs {
			continue
		}
		if clauseOpeners[t.lower] && parentheticals[t.lower] && k > 0 && toks[k-1].text == "," && k+1 < i && toks[k+1].text == "," {
			continue // "The agency, though, says …": an aside, not a clause
		}
		if t.text == ";" || t.text == ":" || t.lower == "that" || quoteOrAs || clauseOpeners[t.lower] {
			cs = k + 1
			break
		}
		if (t.lower == "which" || t.lower == "whom") && k+1 < i {
			if e := readNounPhrase(toks, k+1, i); e > k+1 && reaches(toks, e, i) {
				cs = k + 1 // "…, which the statistics office says had …": the relative clause has a subject of its own
				break
			}
		}
		if sayingVerbs[t.lower] && k < i-1 {
			if verbCueAt(toks, k) {
				cs = k + 1 // "The commission said observers … reported": a new clause
				break
			}
		}
	}
	// "Acme, the largest maker of widgets, on Tuesday denied": the aside closes before a time
	// phrase that stands between it and the cue
	ia := commaBeforeTimePhrase(toks, i)
	if !participle {
		if sp, ok := subjectBeforeAside(toks, ia); ok && relativePronouns[toks[firstComma(toks, ia)+1].lower] {
			return sp // "Pike, who lost her son near Tulsa, Okla., in June, said": the commas inside the relative clause are its own
		}
		if sp, ok := subjectBeforeModifier(toks, ia); ok {
			return sp
		}
	}
	start := skipAdverbials(toks, cs, i)
	if start == i && cs > 0 && coordinators[toks[cs-1].lower] && !participle {
		for j := cs - 2; j >= 0; j-- {
			if c, _, ok := cueAt(toks, j); ok && c.kind == cueVerb {
				if main := st.subjectOf(toks, j); len(main) > 0 {
					return main // "officials said on Thursday, but added …": the speaker of the first verb
				}
				break
			}
		}
		if sp, ok := subjectOfClauseBefore(toks, cs-1); ok {
			return sp // "The firm keeps its accounts private but says …": the verbs share a subject
		}
	}
	aEnd := readNounPhrase(toks, start, i)
	if participle {
		// "His right to a hearing was waived, the agency saying …": a phrase of its own after the
		// comma says it.
		if i > 1 && toks[i-1].text != "," {
			for k := i - 1; k > start; k-- {
				if toks[k].text == "," {
					if bs := k + 1; bs < i && readNounPhrase(toks, bs, i) == i && properName(toks, bs, i) {
						return []span{{toks[bs].start, toks[i-1].end}}
					}
					break
				}
			}
		}
		// "X defended the response, saying …", "X told Y that …, saying …", "an official
		// confirmed on Monday, adding …": X says.
		for j := 0; j < i; j++ {
			if c, _, ok := cueAt(toks, j); ok && c.kind == cueVerb && (sayingVerbs[toks[j].lower] || j < i-1 && afterCommaAt(toks, i)) {
				if main := st.subjectOf(toks, j); len(main) > 0 {
					return main
				}
				break
			}
		}
		if sp, ok := nearestActor(toks, start, i); ok {
			return []span{sp} // "The strike came a day after Biden threatened them, saying …"
		}
		if aEnd > start {
			return coordinated(toks, start, aEnd)
		}
	}
	if sp, ok := parentheticalSpeaker(toks, cs, i); ok {
		if _, apposition := subjectBeforeAside(toks, i); !apposition {
			return sp
		}
	}
	adjacent := aEnd > start && reaches(toks, aEnd, i)
	relative := aEnd > start && aEnd < i && (toks[aEnd].lower == "who" || toks[aEnd].lower == "which" || toks[aEnd].lower == "whose")
	if adjacent || relative {
		return coordinated(toks, start, aEnd)
	}
	if sp, ok := subjectBeforeAside(toks, ia); ok {
		return sp
	}
	// the phrase after the last comma before the cue
	for k := i - 1; k > cs; k-- {
		if toks[k].text == "," && k+1 != ia {
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
		if sp, ok := subjectBeforeAside(toks[cs:], i-cs); ok && cs > 0 {
			return sp // "…, but Ada Cole, a harbour pilot, put …": a name and its apposition
		}
		return coordinated(toks, start, aEnd) // "The report, presented to …, concludes"
	}
	// "Marlon Marshall, the campaign's director of state races, said"; "Steele, who was
	// governor when …, said": the clause's first phrase, then an apposition or a relative
	// clause set off by commas that close just before the cue.
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
		if commas == 1 && cs > 0 {
			// "…, but a village elder, Musa Karimi, put the number at nine": the clause's own
			// subject and its apposition
			bs := skipAdverbials(toks, cs, i-1)
			if bEnd := readNounPhrase(toks, bs, i-1); bEnd == i-1 && bEnd > bs {
				return []span{{toks[bs].start, toks[bEnd-1].end}}
			}
		}
	}
	// "It was no rumour — Lena Park, a spokeswoman, told …", "The mayor cancelled the parade
	// after a resident told him …": the cue's clause starts after a dash or a subordinating
	// word, and its subject is read from there — for a verb of saying only: after such a word a
	// verb of acting or of results is the act the clause tells ("after prosecutors presented
	// evidence", "before the company reports earnings").
	speech := sayingVerbs[toks[i].lower] && (!strings.HasPrefix(toks[i].lower, "report") || i+1 < len(toks) && toks[i+1].lower == "that")
	for k := i - 1; k > cs && speech; k-- {
		if dash(toks[k]) || clauseRestarts[toks[k].lower] {
			return st.subjectOf(toks[k+1:], i-k-1)
		}
	}
	return nil
}

// clauseRestarts open a clause whose subject may be a cue's source when nothing before them
// is ("… after a resident told him"); elsewhere they are prepositions ("after the vote").
var clauseRestarts = lexWords("clauseRestarts")

// parentheticalSpeaker reads a speaker and its verb set off by commas inside the clause they
// report: "Those who moved in, she said, still have no heating"; "The reactor, the regulator
// said on Monday, passed". A name's apposition ("Smith, the chief, said, …") is not one.
func parentheticalSpeaker(toks []token, cs, i int) ([]span, bool) {
	_, n, ok := cueAt(toks, i)
	if !ok {
		return nil, false
	}
	after := i + n
	for after < len(toks) && (timeWord(toks[after]) || weekdays[toks[after].lower] || toks[after].lower == "on" || toks[after].lower == "last") {
		after++
	}
	if after >= len(toks) || toks[after].text != "," {
		return nil, false
	}
	k := i - 1
	for k > cs && toks[k].text != "," {
		k--
	}
	if k <= cs || containsCue(toks, cs, k) {
		return nil, false
	}
	bs := k + 1
	bEnd := readNounPhrase(toks, bs, i)
	if bEnd <= bs || !reaches(toks, bEnd, i) {
		return nil, false
	}
	return coordinated(toks, bs, bEnd), true
}

// subjectBeforeAside reads "Marlon Marshall, the campaign's director of state races, said" and
// "Steele, who was governor when …, said": the sentence's first phrase, then an aside set off
// by commas that closes just before the cue — an apposition (a determiner, a possessive or a
// name opens it) or a relative clause. The aside may hold words ("as", "when") that would
// otherwise look like the start of the cue's clause.
func subjectBeforeAside(toks []token, i int) ([]span, bool) {
	if i < 4 || toks[i-1].text != "," {
		return nil, false
	}
	start := skipAdverbials(toks, 0, i)
	end := firstComma(toks, i) // the phrase reader may run through it into the aside
	if end <= start || end >= i-2 || readNounPhrase(toks, start, end) != end || containsCue(toks, end+1, i-1) {
		return nil, false
	}
	inner := toks[end+1]
	switch {
	case relativePronouns[inner.lower]:
		return coordinated(toks, start, end), true
	case properName(toks, start, end) && (determiners[inner.lower] || inner.capitalised() || possessive(inner.lower) != inner.lower):
		return []span{{toks[start].start, toks[i-2].end}}, true
	}
	return nil, false
}

// commaBeforeTimePhrase is the index just after a comma that a time phrase alone separates
// from the cue at i (",on Tuesday denied", ", last week said"), or i when there is none.
func commaBeforeTimePhrase(toks []token, i int) int {
	j := i
	for j > 0 && i-j < 4 && (timeWord(toks[j-1]) || toks[j-1].is(clsWeekday) || toks[j-1].lower == "on" || toks[j-1].lower == "last" || toks[j-1].lower == "this") {
		j--
	}
	if j < i && j > 1 && toks[j-1].text == "," && (timeWord(toks[i-1]) || toks[i-1].is(clsWeekday)) {
		return j
	}
	return i
}

// firstComma is the index of the first comma after the sentence's opening adverbials and
// before toks[i] (i-1 when there is none before it).
func firstComma(toks []token, i int) int {
	end := skipAdverbials(toks, 0, i)
	for end < i-1 && toks[end].text != "," {
		end++
	}
	return end
}

// subjectBeforeModifier reads a subject and a modifier set off by commas that closes just
// before the cue, the modifier opened by a participle or a preposition: "The firm, based in
// Ohio, said"; "Ruiz, at the Institute for Trade, said"; "A nurse, dressed in scrubs with a
// badge that bore her name, said". The modifier may hold words ("that", "as") that would
// otherwise look like the start of the cue's clause, so it is found before that boundary is.
// The subject is the noun phrase between the modifier and the comma or clause boundary
// before it ("For now, Ruiz, at …, said" is Ruiz).
func subjectBeforeModifier(toks []token, i int) ([]span, bool) {
	if i >= 4 && dash(toks[i-1]) {
		return subjectBeforeDashes(toks, i)
	}
	if i < 4 || toks[i-1].text != "," {
		return nil, false
	}
	k := i - 2
	for k > 0 && toks[k].text != "," {
		if t := toks[k]; t.text == ";" || t.text == ":" || opensQuote(t) || t.text == "”" || dash(t) {
			return nil, false
		}
		k--
	}
	if k <= 0 || k >= i-2 || !modifierOpener(toks[k+1]) || containsCue(toks, k+1, i-1) {
		return nil, false
	}
	return phraseEndingAt(toks, k, false)
}

// phraseEndingAt reads the noun phrase that ends just before k and starts after the comma or
// clause boundary before it, or fails when the words there are not one phrase.
func phraseEndingAt(toks []token, k int, pronouns bool) ([]span, bool) {
	bs := k - 1
	for bs > 0 && !phraseBoundary(toks[bs-1]) {
		bs--
	}
	bs = skipAdverbials(toks, bs, k)
	if bs >= k || readNounPhrase(toks, bs, k) != k || !(toks[bs].capitalised() || determiners[toks[bs].lower] || pronouns && pronounLed(toks[bs])) {
		return nil, false
	}
	return coordinated(toks, bs, k), true
}

// phraseBoundary: a subject does not reach back past this token.
func phraseBoundary(t token) bool {
	return t.text == "," || t.text == ";" || t.text == ":" || t.text == "”" || t.lower == "that" || clauseOpeners[t.lower] || opensQuote(t) || dash(t)
}

// subjectBeforeDashes reads a subject and an aside between dashes just before the cue:
// "Harmon — named by the papers as the favourite — told"; "Kellerman — after a pause — said".
// Anything may stand inside the dashes, a cue too; the subject is the phrase before them.
func subjectBeforeDashes(toks []token, i int) ([]span, bool) {
	k := i - 2
	for k > 0 && !dash(toks[k]) {
		if t := toks[k]; t.text == ";" || t.text == ":" {
			return nil, false
		}
		k--
	}
	if k <= 0 || k >= i-1 {
		return nil, false
	}
	return phraseEndingAt(toks, k, true)
}

// subjectOfClauseBefore is the subject of the clause that ends at the coordinator at c: the
// noun phrase at its start, up to its verb.
func subjectOfClauseBefore(toks []token, c int) ([]span, bool) {
	if c < 2 {
		return nil, false // "But said …": no clause before the coordinator
	}
	b := c - 1
	for b > 0 && !phraseBoundary(toks[b-1]) {
		b--
	}
	start := skipAdverbials(toks, b, c)
	end := readNounPhrase(toks, start, c)
	if end >= c && toks[start].capitalised() {
		// "Acme stands by its products but said …": a present verb the reader took for a noun;
		// the name is the capitalised run before the first lower-case word in -s
		n := start
		for n < c && toks[n].capitalised() && !toks[n].punct {
			n++
		}
		if n > start && n < c && !toks[n].punct && strings.HasSuffix(toks[n].lower, "s") && !determiners[toks[n].lower] && !prepositions[toks[n].lower] {
			end = n
		}
	}
	if end <= start || end >= c || toks[end].punct || !(toks[start].capitalised() || determiners[toks[start].lower] || pronounLed(toks[start])) {
		return nil, false
	}
	return coordinated(toks, start, end), true
}

// modifierOpener opens a modifier set off by commas after a noun: a preposition ("at the
// institute", "from Ohio") or a participle ("based in", "dressed in", "clad in").
func modifierOpener(t token) bool {
	if modifierPrepositions[t.lower] || modifierParticiples[t.lower] {
		return true
	}
	w := t.lower
	return !t.capitalised() && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !auxiliaries[w]
}

var (
	modifierPrepositions = lexWords("modifierPrepositions")
	modifierParticiples  = lexWords("modifierParticiples")
)

// relativePronouns open a relative clause after the phrase they describe.
var relativePronouns = lexWords("relativePronouns")

// sayingParticiples after a comma take the main clause's subject ("X defended the ban,
// saying …", "X hit back, calling the report shameful").
var sayingParticiples = lexWords("sayingParticiples")

// clauseOpeners start a clause of their own: the subject of a later verb comes after them
// ("talks stall as both sides report", "what it described as").
var clauseOpeners = lexWords("clauseOpeners")

var pronounWords = lexWords("pronounWords")

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

// relativePronoun finds a "who" or "which" between a subject phrase and its cue at i, with
// only auxiliaries and adverbs after it.
func relativePronoun(toks []token, np span, i int) (int, bool) {
	for k := i - 1; k >= 0 && toks[k].start >= np.end; k-- {
		switch {
		case toks[k].lower == "who" || toks[k].lower == "which":
			return k, true
		case auxiliaries[toks[k].lower] || adverb(toks[k]) || toks[k].text == ",":
		default:
			return 0, false
		}
	}
	return 0, false
}

// pronounRightBefore: a subject pronoun stands just before the cue, past auxiliaries and
// adverbs ("they say", "she has also said"): it is the cue's subject wherever it stands.
func pronounRightBefore(toks []token, i int) (span, bool) {
	k := i - 1
	for k > 0 && (auxiliaries[toks[k].lower] && !determiners[toks[k].lower] || adverb(toks[k])) {
		k--
	}
	if k < 1 || k == i || !pronouns[toks[k].lower] {
		return span{}, false // (at the sentence's start the subject reader finds it anyway)
	}
	for j := k - 1; j >= 0 && !toks[j].punct; j-- {
		if c, _, ok := cueAt(toks, j); ok && c.kind == cuePrep {
			return span{}, false // "citing people it said were familiar …": the pronoun is the citer, inside the cited phrase
		}
	}
	return span{toks[k].start, toks[k].end}, true
}

// subjectBeforeRestrictiveRelative reads a sentence-opening noun phrase followed by a relative
// clause with "that" and its own verb, then the cue, with no comma between: the phrase is the
// subject ("A video that was made public on the website confirms …").
func subjectBeforeRestrictiveRelative(toks []token, i int) (span, bool) {
	start := skipAdverbials(toks, 0, i)
	e := readNounPhrase(toks, start, i)
	if e <= start || e+2 >= i || toks[e].lower != "that" || !(toks[start].capitalised() || determiners[toks[start].lower]) {
		return span{}, false
	}
	verb := false
	for k := e + 1; k < i; k++ {
		t := toks[k]
		if t.punct || t.lower == "that" {
			return span{}, false
		}
		if _, _, ok := cueAt(toks, k); ok {
			return span{}, false
		}
		if passiveAux[t.lower] || clauseVerbs[t.lower] || irregularPasts[t.lower] || strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 {
			verb = true
		}
	}
	if !verb {
		return span{}, false
	}
	return span{toks[start].start, toks[e-1].end}, true
}

// filerOf reads "X filed a lawsuit … accusing": a participle of saying after a filing noun
// (no comma or clause between), the noun after a filing verb; the subject of that verb says it.
// With no filing verb the filing itself is the source ("The court heard a lawsuit accusing …").
func filerOf(toks []token, i int) ([]span, bool) {
	if !sayingParticiples[toks[i].lower] {
		return nil, false
	}
	d, k, ok := filingNounBefore(toks, i)
	if !ok {
		return nil, false
	}
	if v := d - 1; v >= 1 && filingVerbs[toks[v].lower] {
		s := skipAdverbials(toks, 0, v)
		if e := readNounPhrase(toks, s, v); e == v && e > s {
			for j := s + 1; j < e; j++ {
				if dash(toks[j]) || spacedHyphen(toks, j) {
					e = j // "the dancers – A, B and C – filed": the names between dashes restate the group
					break
				}
			}
			return coordinated(toks, s, e), true
		}
	}
	return []span{{toks[d].start, toks[k].end}}, true
}

// filingNounBefore finds, within a few words before toks[i] and with no punctuation or clause
// between, a filing noun after a determiner and at most two modifiers ("a civil lawsuit in the
// county court accusing"): the determiner's and the noun's indexes.
func filingNounBefore(toks []token, i int) (int, int, bool) {
	for k := i - 1; k > 0 && k >= i-9; k-- {
		t := toks[k]
		if t.punct || t.lower == "that" || t.lower == "which" || t.lower == "who" {
			return 0, 0, false
		}
		if !filingNouns[t.lower] {
			continue
		}
		for d := k - 1; d >= 0 && d >= k-3; d-- {
			if determiners[toks[d].lower] {
				return d, k, true
			}
			if !adjectiveLike(toks[d]) {
				break
			}
		}
	}
	return 0, 0, false
}

// adjectiveLike: a lower-case word that may stand between a determiner and its noun ("a civil
// lawsuit", "a joint statement").
func adjectiveLike(t token) bool { return !t.punct && !t.capitalised() && !t.number() }

var filingVerbs = lexWords("filingVerbs")

var filingNouns = lexWords("filingNouns")

// antecedentOfWho is the phrase a non-restrictive "…, who said" after the cue's subject slot
// refers to, wherever that phrase stands in the sentence: "The plan was backed by Ana Ruiz, who
// said …", "The project, led by Ana Ruiz, who said …, is late". It is the longest noun phrase
// that ends at the comma before "who" and opens with a name or a determiner, read back no
// further than a preposition, a verb or a clause boundary.
func antecedentOfWho(toks []token, i int) (span, bool) {
	k := i - 1
	for k > 0 && (auxiliaries[toks[k].lower] || adverb(toks[k]) || preVerbAdverbs[toks[k].lower]) {
		k--
	}
	if k < 2 || toks[k].lower != "who" || toks[k-1].text != "," {
		return span{}, false
	}
	c := k - 1
	best := -1
	for bs := c - 1; bs >= 0; bs-- {
		t := toks[bs]
		if t.punct && t.text != "." || prepositions[t.lower] || t.lower == "that" || clauseOpeners[t.lower] || clauseVerbs[t.lower] ||
			auxiliaries[t.lower] && !determiners[t.lower] || bs > 0 && looksLikeVerb(t, toks[bs-1]) {
			break
		}
		if (t.capitalised() || determiners[t.lower]) && readNounPhrase(toks, bs, c) == c {
			best = bs
		}
	}
	if best < 0 {
		return span{}, false
	}
	return span{toks[best].start, toks[c-1].end}, true
}

// colonSpeaker reads a speaker introduced by a colon before a quotation ("The mayor: “We are
// done.”", "In a memo to staff, the chairman: “…”"): the phrase before the colon, when no
// verb of saying stands before it.
func (st *state) colonSpeaker(toks []token, found []mention) (mention, bool) {
	c := -1
	for k := 1; k < len(toks) && k <= 12; k++ {
		if toks[k].text == ":" {
			c = k
			break
		}
	}
	if c < 0 || c+1 >= len(toks) || !opensQuote(toks[c+1]) {
		return mention{}, false
	}
	for _, m := range found {
		if m.cueSpan.start < toks[c].start {
			return mention{}, false // "X said: “…”": the verb is the cue
		}
	}
	start := skipAdverbials(toks, 0, c)
	if end := readNounPhrase(toks, start, c); end != c || end <= start {
		return mention{}, false
	}
	np := span{toks[start].start, toks[c-1].end}
	text := string(st.a.src[np.start:np.end])
	src, how, ante, ok := st.resolve(text, np, toks)
	if !ok {
		return mention{}, false
	}
	return mention{text: text, start: np.start, end: np.end, src: src, how: how, ante: ante,
		cue: cue{kind: cueVerb, stance: "asserts"}, cueText: ":", cueSpan: span{toks[c].start, toks[c].end}, stance: "asserts"}, true
}

func opensQuote(t token) bool {
	return t.text == "“" || t.text == "\"" || t.text == "``" || t.text == "''" || t.text == "«" || t.text == "‘"
}

// closesSingleQuote: the "’" at k closes a single-quoted quotation (British and Australian
// style: "‘… each other,’ police say"), not an apostrophe: a punctuation mark stands before it,
// or it ends the words before a punctuation mark or the end.
func closesSingleQuote(toks []token, k int) bool {
	if toks[k].text != "’" {
		return false
	}
	return k > 0 && toks[k-1].punct || k+1 >= len(toks) || toks[k+1].punct
}

// nearestActor is the name that acts last before a participle of saying: the capitalised run
// just before the latest verb in the past tense between from and i ("after President X
// threatened …, saying"). A subordinate clause's actor says what follows, not the main subject.
func nearestActor(toks []token, from, i int) (span, bool) {
	for k := i - 1; k > from; k-- {
		t := toks[k]
		if t.punct || t.capitalised() || !strings.HasSuffix(t.lower, "ed") || len(t.lower) <= 4 {
			continue
		}
		j := k
		for j > from && !toks[j-1].punct && toks[j-1].capitalised() {
			j--
		}
		if j == k || j == from {
			return span{}, false // no name before it, or the name opens the sentence (the main subject)
		}
		return span{toks[j].start, toks[k-1].end}, true
	}
	return span{}, false
}

// statementFrom reads "released a statement from X" at the cue c ending before toks[k]: X is
// the statement's author, whoever released it.
func statementFrom(toks []token, c cue, k int) (span, bool) {
	if k+1 < len(toks) && toks[k].lower == "to" { // "released a statement to us from …"
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if toks[j].lower == "from" {
				k = j
				break
			}
		}
	}
	if len(c.words) < 2 || !statementNouns[c.words[len(c.words)-1]] || k+1 >= len(toks) || toks[k].lower != "from" || !toks[k+1].capitalised() {
		return span{}, false
	}
	return nounPhraseAfter(toks, k+1)
}

// statementNouns end a cue that hands over a statement ("released a statement", "provided a
// comment", "gave a brief clarification").
var statementNouns = lexWords("statementNouns")

// subjectAfterOpeningParticiple: a participle of speaking opens the sentence and its phrase ends
// at a comma ("Speaking to reporters on Monday, the minister defended …"): the speaker is the
// main clause's subject after that comma.
func subjectAfterOpeningParticiple(toks []token, i int) (span, bool) {
	if i != 0 || !openingParticiples[toks[0].lower] {
		return span{}, false
	}
	for k := 1; k < len(toks) && k < 16; k++ {
		if toks[k].punct && toks[k].text != "," && toks[k].text != "-" {
			return span{}, false
		}
		if toks[k].text != "," {
			continue
		}
		start := skipAdverbials(toks, k+1, len(toks))
		if start+2 < len(toks) && determiners[toks[start].lower] && !toks[start+1].capitalised() && toks[start+2].capitalised() {
			start += 2 // "a furious Matic": the name, without the description
		}
		e := readNounPhrase(toks, start, len(toks))
		if e <= start || e >= len(toks) || toks[e].punct {
			return span{}, false
		}
		if _, _, ok := cueAt(toks, e); ok {
			return span{}, false // "Speaking to reporters, the minister said …": the main verb's cue names the speaker
		}
		return span{toks[start].start, toks[e-1].end}, true
	}
	return span{}, false
}

// openingParticiples open a sentence with the occasion of speaking ("Speaking at …, X said").
var openingParticiples = lexWords("openingParticiples")

// openingDenial: the sentence opens with a participle of denial ("Denying the charges, …",
// "While denying that …, …"); comma is the comma that ends its phrase.
func openingDenial(toks []token) (int, bool) {
	k := 0
	if k < len(toks) && (toks[k].lower == "while" || toks[k].lower == "after") {
		k++
	}
	if k >= len(toks) {
		return 0, false
	}
	if c, n, ok := cueAt(toks, k); !ok || n != 1 || c.stance != "denies" || !strings.HasSuffix(toks[k].lower, "ing") {
		return 0, false
	}
	for j := k + 1; j < len(toks) && j < k+25; j++ {
		if toks[j].text == "," {
			return j, true
		}
		if toks[j].punct && toks[j].text != "-" {
			break
		}
	}
	return 0, false
}
