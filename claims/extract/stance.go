// Stage 8, stance: what each source does with the claim. sentenceStance reads the stance the
// whole sentence expresses (cannot determine, a negative finding, a dismissal); accusations turns
// a party's claim that another party is responsible into an accusation; responses links a denial
// to the allegations it answers.

package extract

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// sentenceStance finds a stance that the sentence as a whole expresses: a source that could
// not determine something, or that looked and found the opposite.
func sentenceStance(h *hits, toks []token) string {
	second := coordinateClause(toks)
	if slices.ContainsFunc(h[lexFuture], func(m hit) bool { return m.start < second }) {
		second = len(toks) // "The inquiry will go on, and who else took part is yet to be determined": the first clause only foretells
	}
	switch {
	case slices.ContainsFunc(h[lexCannot], func(m hit) bool { return m.start < second && !inReasonClause(toks, m.start) }): // first: "could not be ruled out" is not "ruled out"
		return "cannot-determine"
	case slices.ContainsFunc(h[lexNegative], func(m hit) bool { return !negatedAt(toks, m.start) && !falselyBySomeone(toks, m.start) }), dismisses(h, toks),
		ownActDenied(toks), selfDenial(toks, 0, "i") || selfDenial(toks, 0, "we"), calledWrong(toks), noSuchThing(toks):
		return "denies"
	}
	return ""
}

// inReasonClause: the hit at k stands in a clause of reason ("…, primarily because they don't
// know if …"): it explains what the sentence claims rather than being it.
func inReasonClause(toks []token, k int) bool {
	for j := k - 1; j > 0; j-- {
		switch toks[j].lower {
		case "because":
			return true
		case ",", ";", ":", "that":
			return false
		}
	}
	return false
}

// ownActDenied: the speaker says it did not do something — "I did not hire him", "I have not
// taken any banned substance", "we never sold arms", a headline's "Didn't kill her, accused
// told police" — a denial of its own act. Seeing, knowing or receiving nothing ("I did not see
// the car") is testimony, not a denial, and not releasing or naming something ("We did not
// release a case number") withholds it.
func ownActDenied(toks []token) bool {
	return actDeniedAt(toks, 0) || actDeniedBy(toks, 0, "i") || actDeniedBy(toks, 0, "we")
}

// actDeniedBy: the pronoun, from token from on, is the subject of a negated act (see
// ownActDenied). With a third person the caller decides whom the pronoun names, and the act
// must be a wrong ("X told police he did not kill her"; "they have not included any money" is
// a statement of what was done, not a denial).
func actDeniedBy(toks []token, from int, pronoun string) bool {
	third := pronoun != "i" && pronoun != "we"
	for k := from; k+2 < len(toks); k++ {
		if toks[k].lower != pronoun || k > 0 && coordinators[toks[k-1].lower] {
			continue // "…, but we didn't score": a failure admitted, not an act denied
		}
		if actDeniedAt(toks, k+1) && (!third || wrongAfterNegation(toks, k+1)) {
			return true
		}
	}
	return false
}

// wrongAfterNegation: the verb after the negation that opens at j is a wrong ("did not kill",
// "had not harmed", "never stole").
func wrongAfterNegation(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		if wrongActs[toks[k].lower] {
			return true
		}
	}
	return false
}

var wrongActs = lexWords("wrongActs")

// actDeniedAt: a negation of an act opens at j ("did not kill", "never sold", "haven't taken").
func actDeniedAt(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	switch {
	case toks[j].lower == "never":
		j++
	case (toks[j].lower == "did" || toks[j].lower == "have" || toks[j].lower == "had") && toks[j+1].lower == "not":
		j += 2
	case toks[j].lower == "didn't" || toks[j].lower == "didn’t" || toks[j].lower == "haven't" || toks[j].lower == "haven’t":
		j++
	default:
		return false
	}
	return j < len(toks) && !toks[j].punct && !perceptionVerbs[toks[j].lower] && !auxiliaries[toks[j].lower] && !withheldVerbs[toks[j].lower]
}

// withheldVerbs: not doing these keeps something back rather than denies an act.
var withheldVerbs = lexWords("withheldVerbs")

// selfDenial: the pronoun is the subject of a verb of denial, across adverbs and auxiliaries
// ("We categorically deny the reports", "I have denied this charge", "he strongly rejects
// the claims"), from token from on. With "I" or "we" it is the speaker's own denial; with a
// third person the caller decides whom the pronoun names.
func selfDenial(toks []token, from int, pronoun string) bool {
	for k := from; k+1 < len(toks); k++ {
		if toks[k].lower == pronoun && subjectDenies(toks, k) {
			return true
		}
	}
	return false
}

// subjectDenies: the word at k is the subject of a verb of denial that takes a claim, across
// adverbs and auxiliaries ("he strongly rejects the claims"; "we do not deny …" is none).
func subjectDenies(toks []token, k int) bool {
	j := k + 1
	for j < len(toks) && (auxiliaries[toks[j].lower] && !determiners[toks[j].lower] || adverb(toks[j])) {
		j++
	}
	if j == len(toks) || negatedAt(toks, j) {
		return false
	}
	c, n, ok := cueAt(toks, j)
	return ok && c.kind == cueVerb && c.stance == "denies" && deniesAClaim(toks, j+n)
}

// principalDenies: a representative (a lawyer, a spokesman, a rep) reports, from token from on,
// that a person named by a name or a pronoun denies a claim ("the director's lawyer said Tom
// flatly rejects the claims"): the representative speaks for that person, and
// denies with them.
func principalDenies(toks []token, from int, m mention) bool {
	words := strings.Fields(strings.ToLower(m.text))
	if !slices.ContainsFunc(words, func(w string) bool { return representatives[strings.Trim(w, ",.")] }) ||
		!slices.ContainsFunc(words, func(w string) bool {
			return w == "for" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || w == "his" || w == "her"
		}) ||
		slices.ContainsFunc(words, func(w string) bool {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
			return (orgHeads[w] || groupNouns[w] || forceHeads[w] || accusingSides[w]) && !representatives[w]
		}) {
		return false // whose representative is not said, or a body's ("a police spokesman", "a spokesman for the ministry"): it reports another's denial
	}
	for k := from; k+1 < len(toks); k++ {
		if t := toks[k]; !t.punct && (t.capitalised() && !determiners[t.lower] || t.lower == "he" || t.lower == "she") && subjectDenies(toks, k) {
			return true
		}
	}
	return false
}

var representatives, accusingSides = lexWords("representatives"), lexWords("accusingSides")

// deniesAClaim: what a verb of denial takes from k is a claim — a "that" clause, a word for an
// allegation or a report ("deny the reports", "rejected the union's figures", "denies every
// count"), a pronoun for one ("we deny it") — not an act ("We dismissed 40 staff", "We reject
// violence").
func deniesAClaim(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		l := possessive(toks[j].lower)
		if j == k && (l == "that" || l == "it" || l == "this" || l == "them") || dismissTargetWord(l) || deniedObjects[l] {
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// deniedObjects are what a denial denies besides the dismissTarget words.
var deniedObjects = lexWords("deniedObjects")

// calledWrong: an allegation, report or claim is said to be wrong ("The allegations regarding a
// missing person are wrong as …", "the reports were completely incorrect"). Not a judgement of
// someone's act ("police were wrong to release him") or of a dealing ("wrong with the plan").
func calledWrong(toks []token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if !beForms[toks[k].lower] {
			continue
		}
		j := k + 1
		for j < len(toks) && adverb(toks[j]) {
			j++
		}
		if j >= len(toks) || toks[j].lower != "wrong" && toks[j].lower != "incorrect" {
			continue
		}
		if j+1 < len(toks) && !toks[j+1].punct && !wrongClauseEnds[toks[j+1].lower] {
			continue // "wrong to release", "wrong about", "wrong with"
		}
		for t := k - 1; t >= 0 && t >= k-6; t-- {
			if toks[t].lower == "that" || toks[t].punct && toks[t].text != "'" && toks[t].text != "’" {
				break
			}
			if dismissTargetWord(possessive(toks[t].lower)) && toks[t].lower != "it" && toks[t].lower != "this" {
				return true
			}
		}
	}
	return false
}

// noSuchThing: a clause says that no meeting, letter, statement or the like happened or was
// made ("No meeting or talks took place", "naturally no letter was handed over", "No video or
// other evidence has come to light"): the source denies what was reported. Injuries, deaths
// and damage are not among the things: "No injuries were reported" is a finding.
func noSuchThing(toks []token) bool {
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].lower != "no" || k > 0 && !toks[k-1].punct && !clauseOpeners[toks[k-1].lower] && !adverb(toks[k-1]) && toks[k-1].lower != "that" {
			continue // "no" opening a clause, not "there was no …" or "had no …"
		}
		thing := false
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			l := toks[j].lower
			if deniedThings[l] {
				thing = true
				continue
			}
			if thing && (occurrenceVerbs[l] || passiveAux[l] || l == "has" || l == "have" || l == "had") {
				return true
			}
			if toks[j].punct && toks[j].text != "," || l == "that" {
				break
			}
		}
		if k == 0 && verblessNoMeeting(toks) {
			return true
		}
	}
	return false
}

// verblessNoMeeting: the sentence is a headline's verbless "No X" for a meeting, talks or
// contact ("No US-Iran meeting at summit: Ministry", "No talks with rebels"): what was reported
// did not happen. "No deal at summit" reports a failure, and a verb ("No talks planned") makes
// it a clause for the other rules.
func verblessNoMeeting(toks []token) bool {
	if len(toks) < 2 || toks[0].lower != "no" {
		return false
	}
	thing := false
	for _, t := range toks[1:] {
		if t.text == ":" || t.text == "-" || t.text == "–" || t.text == "—" {
			break // the headline's source suffix
		}
		if t.punct && t.text != "," {
			return false
		}
		l := t.lower
		if _, _, ok := cueAt([]token{t}, 0); ok || passiveAux[l] || auxiliaries[l] && !determiners[l] || occurrenceVerbs[l] || irregularPasts[l] || clauseVerbs[l] || strings.HasSuffix(l, "ed") && len(l) > 4 {
			return false
		}
		thing = thing || meetingWords[l]
	}
	return thing
}

var meetingWords = lexWords("meetingWords")

// deniedThings are what a denial says never happened or was never made; occurrenceVerbs say
// that something did.
var deniedThings, occurrenceVerbs = lexWords("deniedThings"), lexWords("occurrenceVerbs")

// wrongClauseEnds may follow "… are wrong" and end what is said of the allegation ("wrong as
// the man was found", "wrong because …").
var wrongClauseEnds = lexWords("wrongClauseEnds")

// perceptionVerbs report what a witness saw, knew or got, not an act denied.
var perceptionVerbs = lexWords("perceptionVerbs")

// falselyBySomeone: "falsely" at k follows a person or a group as the subject of a verb of
// saying ("the asylum-seekers falsely claimed they came for treatment", "he falsely said"):
// the source says someone lied, an accusation, not a denial ("was falsely accused", "the
// report falsely stated" deny).
func falselyBySomeone(toks []token, k int) bool {
	if toks[k].lower != "falsely" || k == 0 || k+1 >= len(toks) {
		return false
	}
	if _, _, ok := cueAt(toks, k+1); !ok {
		return false
	}
	prev := toks[k-1]
	if beForms[prev.lower] || prev.lower == "been" || dismissTargetWord(prev.lower) {
		return false
	}
	if prev.lower == "and" { // "entered the kingdom illegally and falsely claimed …": the first verb's subject
		for j := max(0, k-4); j < k-1; j++ {
			if beForms[toks[j].lower] || toks[j].lower == "been" {
				return false // "was detained and falsely accused"
			}
		}
		return true
	}
	return pronounWords[prev.lower] || prev.capitalised() || strings.HasSuffix(prev.lower, "s") && !prev.punct
}

// dismissTargetWord: a word for a report or a claim ("report", "story"), what a denial
// dismisses.
func dismissTargetWord(w string) bool { return wordIn(lexDismissTarget, w) }

// negatedAt: a "not" or "never" stands just before k ("has not ruled out Nauru"): the negative
// finding is itself negated, and nothing is denied.
func negatedAt(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if l := toks[j].lower; l == "not" || l == "never" || strings.HasSuffix(l, "n't") {
			return true
		}
	}
	return false
}

// coordinateClause is where a second, coordinate clause starts (", but …", ", and …", "; …"),
// or len(toks): what is not known there ("… swept the valley, but it is unclear how many were
// trapped") qualifies that clause, not what the sentence reports first.
func coordinateClause(toks []token) int {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].text == ";" || toks[k].text == "," && (coordinators[toks[k+1].lower] || concessives[toks[k+1].lower]) && clauseAhead(toks, k+2) {
			return k
		}
	}
	return len(toks)
}

// coordinators join a second clause after a comma; concessives open one that qualifies the
// first (", though it did not know how long …") and, for stance, stand apart as well.
var coordinators, concessives = lexWords("coordinators"), lexWords("concessives")

// clauseAhead: a verb comes before the next punctuation from k, so ", and" joins a clause,
// not the last item of a list ("France, Germany, and Italy said").
func clauseAhead(toks []token, k int) bool {
	for ; k < len(toks) && !toks[k].punct; k++ {
		if t := toks[k]; passiveAux[t.lower] || clauseVerbs[t.lower] || irregularPasts[t.lower] || auxiliaries[t.lower] && !determiners[t.lower] ||
			strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 {
			return true
		}
		if _, _, ok := cueAt(toks, k); ok {
			return true
		}
	}
	return false
}

// dismisses: a dismissal word shortly after what it dismisses ("the investigation was
// politically motivated", "rejected the findings as fabricated"), after the whole content
// clause of a report ("the rumour that no one may hold dollars … was not true"), or just
// before it ("very disappointed with the ruling", "a shameful report"); or the word is what a
// verb of naming calls its object, whatever the object is ("called the expulsion totally
// without foundation").
func dismisses(h *hits, toks []token) bool {
	for _, t := range h[lexDismissTarget] {
		if partyNotReport(toks, t) {
			continue
		}
		reach := 12
		if t.end < len(toks) && toks[t.end].lower == "that" {
			reach = 36
		}
		for _, w := range h[lexDismissWord] {
			if w.start > t.start && w.start-t.end <= reach || w.start < t.start && t.start-w.end <= 3 && !spreadsFalsehood(toks, w.start) {
				return true
			}
		}
	}
	for _, w := range h[lexDismissWord] {
		for j := w.start - 2; j >= 0 && j >= w.start-8; j-- { // the verb, then at least its object
			if toks[j].punct && !quoteMarks[toks[j].text] {
				break
			}
			if namingVerbs[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// quoteMarks may stand between a verb of naming and what it calls its object.
var quoteMarks = map[string]bool{"“": true, "”": true, "\"": true, "‘": true, "’": true, "'": true}

var namingVerbs = lexWords("namingVerbs")

// spreadsFalsehood: the dismissal word at k qualifies what someone spread ("arrested those who
// spread fake news reports", "tracking who shared the false report"): the sentence tells of
// the act of spreading it, and denies no report of its own.
func spreadsFalsehood(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if spreadingVerbs[toks[j].lower] {
			return true
		}
		if toks[j].punct || !determiners[toks[j].lower] {
			return false
		}
	}
	return false
}

var spreadingVerbs = lexWords("spreadingVerbs")

// partyNotReport: the target hit t is "this" or "it" that names no report — "this" as the
// determiner of a party ("this organisation has always been biased against …": a party
// criticised, not a claim dismissed), or the "it" that only opens a clause ("it is well known
// that …", "it was clear that …").
func partyNotReport(toks []token, t hit) bool {
	l := toks[t.start].lower
	if t.end-t.start != 1 || l != "this" && l != "it" || t.end >= len(toks) {
		return false
	}
	next := toks[t.end]
	if l == "this" {
		return orgHeads[next.lower] || groupNouns[next.lower] || criticisedParties[next.lower] // "this toll is inaccurate" still dismisses a figure
	}
	if !beForms[next.lower] || t.end+1 >= len(toks) {
		return false
	}
	for j := t.end + 1; j+1 < len(toks) && j <= t.end+3; j++ { // "it is (well|now|widely) known that"
		if dummyItPredicates[toks[j].lower] && toks[j+1].lower == "that" {
			return true
		}
	}
	return false
}

var dummyItPredicates, criticisedParties = lexWords("dummyItPredicates"), lexWords("criticisedParties")

// accusations: a party to a dispute that says another party is responsible accuses it, in
// whatever words ("provided evidence that Russia used …").
func accusations(c *claims.Claim, primaries []mention, agents []string) {
	if c.Kind != claims.KindResponsibility && c.Kind != claims.KindLegal {
		return
	}
	for i := range c.Attributions {
		a := &c.Attributions[i]
		affs := primaries[i].src.Affiliations
		if a.Stance != claims.StanceAsserts || len(affs) == 0 || ownAct(agents, affs) {
			continue
		}
		for _, s := range c.Subjects {
			if !slices.Contains(affs, s) {
				a.Stance = claims.StanceAccuses
				break
			}
		}
	}
}

// filesAccusation: the source speaks in a filing that accuses — "said in the lawsuit that …",
// "X in the complaint also said …" — or its cue goes on to file or publish one with an accusing
// participle ("announced plans to file a complaint alleging unfair practices"): a party making
// a charge accuses whom it names.
func filesAccusation(toks []token, m mention) bool {
	c, ce := tokenAfter(toks, m.cueSpan.start), tokenAfter(toks, m.cueSpan.end)
	for j := max(0, c-4); j <= ce+1 && j+2 < len(toks); j++ {
		if toks[j].lower != "in" || !determiners[toks[j+1].lower] {
			continue
		}
		if accusingFilings[toks[j+2].lower] || j+3 < len(toks) && adjectiveLike(toks[j+2]) && accusingFilings[toks[j+3].lower] {
			return true
		}
	}
	for i := ce + 1; i < len(toks) && i <= ce+10; i++ {
		if toks[i].punct {
			return false
		}
		if !filingParticiples[toks[i].lower] {
			continue
		}
		if d, _, ok := filingNounBefore(toks, i); ok && d-1 >= ce && (filingVerbs[toks[d-1].lower] || filingInfinitives[toks[d-1].lower]) {
			return true
		}
	}
	return false
}

var accusingFilings, filingInfinitives = lexWords("accusingFilings"), lexWords("filingInfinitives")

// imputesBreach: a source that says a party named in the claim broke a law, a rule or an
// embargo ("the report concludes the transfers violate the embargo", "the panel found the
// strikes unlawful") imputes a wrong to that party and accuses it, whether or not the source
// is a party itself. The breach words must stand in what is reported, not in the source's
// name ("the war crimes prosecutor said"); a party's breach of its own ("we broke no law") is
// not imputed to another.
func imputesBreach(c *claims.Claim, toks []token, h *hits, primaries []mention) {
	legal := slices.DeleteFunc(slices.Clone(h[lexLegal]), func(m hit) bool { return dataBreach(toks, m.start) })
	first := firstOutside(toks, legal, primaries) // the first breach word in what is reported
	if first < 0 {
		return
	}
	named := nameBefore(toks, first, primaries) || breachHappened(toks, legal, primaries) ||
		// "The resolution against Mays says he violated several orders": a third person broke it
		slices.ContainsFunc(primaries, func(p mention) bool { return thirdPartyAgent(toks, first, p) })
	if len(c.Subjects) == 0 && !named {
		return
	}
	for i := range c.Attributions {
		a := &c.Attributions[i]
		if a.Stance != claims.StanceAsserts {
			continue
		}
		affs := primaries[i].src.Affiliations
		if named || slices.ContainsFunc(c.Subjects, func(s string) bool { return !slices.Contains(affs, s) }) { // the breach is a named person's or another party's
			a.Stance = claims.StanceAccuses
		}
	}
}

// dataBreach: the breach word at k is a break-in to data or systems ("a data breach", "security
// breaches"), not a breach of a law or a rule.
func dataBreach(toks []token, k int) bool {
	return strings.HasPrefix(toks[k].lower, "breach") && k > 0 && dataBreachModifiers[toks[k-1].lower]
}

var dataBreachModifiers = lexWords("dataBreachModifiers")

// breachHappened: the reported words say a breach took place, as a noun, without naming
// whose ("there were flagrant violations of the law", "one infringement was reported"): the
// source imputes it to the other side all the same. "no violations", "any breach" find none.
func breachHappened(toks []token, legal []hit, primaries []mention) bool {
	for _, m := range legal {
		w := toks[m.start].lower
		if inMentions(toks, m.start, primaries) || !(strings.HasSuffix(w, "ion") || strings.HasSuffix(w, "ions") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ments") || strings.HasSuffix(w, "ches")) {
			continue
		}
		none := false
		for k := max(0, m.start-3); k < m.start; k++ {
			if l := toks[k].lower; l == "no" || l == "any" || l == "without" || l == "not" || strings.HasSuffix(l, "n't") || l == "possible" {
				none = true
			}
		}
		if !none {
			return true
		}
	}
	return false
}

// nameBefore: a name stands before the first breach word, outside the sources' words ("the
// agency announced that Byrne had violated the rules"): the breach is someone's.
func nameBefore(toks []token, first int, primaries []mention) bool {
	inside := insideQuotes(toks)
	for k := 1; k < first; k++ {
		t := toks[k]
		if !t.capitalised() || inMentions(toks, k, primaries) || t.lower == "i" || timeWords[t.lower] || weekdays[t.lower] ||
			inside[k] || toks[k-1].punct && toks[k-1].text != "," {
			continue // not a name: "I", a day or month, a quote's or a clause's first word
		}
		return true
	}
	return false
}

// firstOutside is the start of the first hit outside the mentions' words, or -1: the first
// word of a lexicon that stands in what is reported, not in the source's name.
func firstOutside(toks []token, hs []hit, ms []mention) int {
	for _, m := range hs {
		if !inMentions(toks, m.start, ms) {
			return m.start
		}
	}
	return -1
}

// inMentions: the token at k stands inside one of the mentions' words.
func inMentions(toks []token, k int, ms []mention) bool {
	return slices.ContainsFunc(ms, func(p mention) bool { return toks[k].start >= p.start && toks[k].end <= p.end })
}

// imputesHostileAct: a source that says another party did a hostile act (an attack, a hack,
// surveillance) imputes it to that party and accuses it, whether or not the source is a party:
// the claim names a party other than the source's own side ("investigators said the attack
// was carried out by hackers tied to the North"), or an armed group as the act's agent ("two
// militants carried out the bombing, the minister said"). An act on an armed group ("strikes
// on militants") is reported, not imputed; a claim of one's own act is asserted.
func imputesHostileAct(c *claims.Claim, toks []token, h *hits, primaries []mention, agents []string, reg *claims.Registry) {
	inSource := func(k int) bool { return inMentions(toks, k, primaries) }
	act := firstOutside(toks, h[lexHostile], primaries)
	if act < 0 {
		return
	}
	// an armed group struck, killed or targeted ("killed two militants planning attacks") is
	// the act's target; one named just before the hostile act is its agent
	militantAgent := false
	for _, m := range h[lexMilitant] {
		if inSource(m.start) {
			continue
		}
		if m.start > 0 && toks[m.start-1].lower == "by" || m.start > 1 && toks[m.start-2].lower == "by" {
			militantAgent = true // "the attack was carried out by militants"
			continue
		}
		for _, l := range []lexID{lexEvent, lexHostile} {
			if slices.ContainsFunc(h[l], func(e hit) bool { return e.start < m.start && m.start-e.start <= 6 }) {
				return
			}
		}
		if m.start < act && act-m.start <= 8 && !slices.ContainsFunc(toks[m.start:act], func(t token) bool { return clauseRestarts[t.lower] }) {
			militantAgent = true // not "encountered the insurgents … while on an ambush operation": another clause's act
		}
	}
	// "they had been the victim of a dozen acts of sabotage": someone else did it to them
	victim := false
	for k := max(0, act-9); k+1 < act; k++ {
		if (toks[k].lower == "victim" || toks[k].lower == "victims") && toks[k+1].lower == "of" {
			victim = true
		}
	}
	// a weapon's maker ("a North Korean missile used in an attack") is not thereby its user
	var makers []string
	for _, m := range h[lexWeapon] {
		if i := m.start; m.end-m.start == 1 {
			makers = append(makers, placesOf(reg, toks[max(0, i-3):i])...)
		}
	}
	for i := range c.Attributions {
		a := &c.Attributions[i]
		if a.Stance != claims.StanceAsserts {
			continue
		}
		affs := primaries[i].src.Affiliations
		if ownAct(agents, affs) {
			continue // "the SBU carried out the attack, a source in Ukraine's security service said"
		}
		if militantAgent || victim || thirdPartyAgent(toks, act, primaries[i]) || slices.ContainsFunc(c.Subjects, func(s string) bool { return !slices.Contains(affs, s) && !slices.Contains(makers, s) }) {
			a.Stance = claims.StanceAccuses
		}
	}
}

// imputesViolentAct: the claim tells that someone named did a violent or criminal act
// (lexicon "violent") — "police shot Brendan twice", "hackers broke into its systems", "was
// shot by a deputy" — and the source is not that someone: the source accuses them. Negated
// acts, an unnamed agent ("a man was shot"), a pronoun (whose person is left to the pronoun
// rules) and a force's own members ("Police said officers shot the man") do not accuse.
func imputesViolentAct(c *claims.Claim, toks []token, h *hits, primaries []mention) {
	for _, m := range h[lexViolent] {
		if inMentions(toks, m.start, primaries) || negatedAt(toks, m.start) {
			continue
		}
		agent := violentAgent(toks, m)
		if agent < 0 {
			continue
		}
		for i := range c.Attributions {
			a := &c.Attributions[i]
			if a.Stance != claims.StanceAsserts || inMentions(toks, agent, primaries[i:i+1]) || ownForce(toks[agent], primaries[i]) {
				continue
			}
			a.Stance = claims.StanceAccuses
		}
	}
}

// quotedWrong: a quoted sentence whose speaker is found only later imputes a wrong in its own
// words — a crime or misconduct named (as claimFor reads them for a named source) — or names
// who did a violent act: that agent, for settleQuotes to hold against the speaker (a force's
// own officers are its own act).
func quotedWrong(toks []token, h *hits) (wrong bool, violentBy string) {
	if imputedAccusation(toks, h, nil) && !victimReport(toks, h) || imputesMisconduct(toks, h, nil) {
		return true, ""
	}
	for _, m := range h[lexViolent] {
		if agent := violentAgent(toks, m); !negatedAt(toks, m.start) && agent >= 0 {
			return false, toks[agent].lower
		}
	}
	return false, ""
}

// violentAgent is the index of the word naming who did the act hit m: the subject just before
// an active verb ("police shot"), or the phrase after "by" ("was shot by a deputy"); -1 when
// there is none, or it is a pronoun or the first person.
func violentAgent(toks []token, m hit) int {
	if m.end+1 < len(toks) && toks[m.end].lower == "by" {
		k := m.end + 1
		for k < len(toks) && determiners[toks[k].lower] {
			k++
		}
		if k < len(toks) && !toks[k].punct && !pronounWords[toks[k].lower] {
			return k
		}
		return -1
	}
	k := m.start - 1
	for k >= 0 && (adverb(toks[k]) || toks[k].is(clsPreVerbAdverb) || toks[k].lower == "had" || toks[k].lower == "has" || toks[k].lower == "have" || toks[k].lower == "allegedly") {
		k--
	}
	if k < 0 {
		return -1
	}
	t := toks[k]
	if t.punct || beForms[t.lower] || auxiliaries[t.lower] || pronounWords[t.lower] || t.lower == "i" || firstPerson(t) || determiners[t.lower] || prepositions[t.lower] || t.lower == "who" || t.lower == "that" {
		return -1 // "was shot", "he shot", "a shooting", "in the shooting"
	}
	if strings.HasSuffix(toks[m.start].lower, "ing") {
		return -1 // "the shooting", "police shooting": a noun, no agent in the active voice
	}
	if last := toks[m.end-1].lower; !prepositions[last] && last != "into" && last != "over" && !determiners[last] && !objectPronouns[last] && !objectAt(toks, m.end) {
		return -1 // "Fourteen children kidnapped at gunpoint": a participle, what they suffered
	}
	return k
}

// objectAt: an object opens at k (a determiner, a name, a number or an object pronoun).
func objectAt(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct {
		return false
	}
	t := toks[k]
	return determiners[t.lower] || t.capitalised() || t.number() || objectPronouns[t.lower]
}

var objectPronouns = lexWords("objectPronouns")

// ownForce: the agent is one of the source's own force ("officers" for the police).
func ownForce(agent token, src mention) bool {
	if !forceMembers[agent.lower] {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(src.text + " " + src.src.Name)) {
		if forceHeads[w] || forceMembers[w] || personTitles[w] && w != "man" && w != "woman" {
			return true // ("He", resolved to "Chief Stell": the force's chief speaks for it)
		}
	}
	return src.src.Kind == "military" || src.src.Kind == "police" || src.src.Kind == "government"
}

var forceMembers, forceHeads = lexWords("forceMembers"), lexWords("forceHeads")

// thirdPartyAgent: someone other than the source does the act at toks[act] in the active
// voice — a pronoun ("They really attacked the position", "he violated several orders") or
// the named subject of a verb that launches it ("IS launched a series of bombings"): the
// source imputes it to them. "they" for a plural source ("police said they fired"), the
// source's own pronoun ("he said he …") or words, and "we" are its own act; "was attacked"
// suffers it.
func thirdPartyAgent(toks []token, act int, src mention) bool {
	skip := func(k int) int {
		for k >= 0 && (adverb(toks[k]) || preVerbAdverbs[toks[k].lower] || toks[k].lower == "had" || toks[k].lower == "has" || toks[k].lower == "have") {
			k--
		}
		return k
	}
	k := skip(act - 1)
	named := false
	// "IS launched a series of 23 bombings": the agent of a verb of launching the act
	for j := act - 1; j >= 0 && j >= act-6; j-- {
		if launchVerbs[toks[j].lower] {
			k, named = skip(j-1), true
			break
		}
		if toks[j].punct {
			break
		}
	}
	if k < 0 || inMentions(toks, k, []mention{src}) {
		return false
	}
	if t := toks[k]; named && !t.punct && !pronouns[t.lower] && t.lower != "we" && !firstPerson(t) {
		// the launcher named, other than by the source's own words ("Police launched a raid,
		// police said") or the first person ("We launched …")
		return !strings.Contains(strings.ToLower(src.text), t.lower)
	}
	switch p := toks[k].lower; p {
	case "he", "she":
		return !strings.EqualFold(strings.TrimSpace(src.text), p)
	case "they":
		words := strings.Fields(src.text)
		return len(words) > 0 && !pluralLike(words) && !groupNouns[strings.ToLower(words[len(words)-1])]
	}
	return false
}

// launchVerbs have a hostile act as their object ("launched a series of bombings", "carried
// out the attack"): their subject is its agent.
var launchVerbs = lexWords("launchVerbs")

// ownAct: the act is named by the source's own party ("an Israeli air strike …, the Israeli
// military said"): a report of one's own act, not an accusation.
func ownAct(agents, affs []string) bool {
	if len(agents) == 0 {
		return false
	}
	for _, a := range agents {
		if !slices.Contains(affs, a) {
			return false
		}
	}
	return true
}

// namedAgents are the parties of registry sources named just before an act of responsibility
// ("the SBU had carried out the attack" → ukraine).
func (st *state) namedAgents(toks []token, h *hits) []string {
	var out []string
	for _, m := range h[lexResponsibility] {
		for k := m.start - 1; k >= 0 && k >= m.start-4; k-- {
			if !toks[k].capitalised() {
				continue
			}
			if src, ok := st.find(toks[k].text); ok {
				out = append(out, src.Affiliations...)
				break
			}
		}
	}
	return out
}

// rankingCues place something on a scale ("ranked Ukraine 105th in its corruption index"):
// a measurement, not an accusation, whatever the scale measures.
var rankingCues = lexWords("rankingCues")

// responses links a denial to the allegations it answers: "denied the allegations" answers
// the allegations of its paragraph (or the last accusation before it); a denial on evidence
// ("found no trace of chlorine") answers the last earlier claim about the same thing.
func (st *state) responses(bi int, toks []token, h *hits, c claims.Claim) []string {
	denial := false
	for _, a := range c.Attributions {
		if a.Stance == claims.StanceDenies {
			denial = true
		}
	}
	if !denial {
		return nil
	}
	prior := st.doc.Claims
	var out []string
	if h.has(lexAnaphoricObject) {
		for i, p := range prior {
			if st.blockOf[i] == bi && bi >= 0 && alleges(p) {
				out = append(out, p.ID)
			}
		}
		if len(out) == 0 {
			for i := len(prior) - 1; i >= 0; i-- {
				if accuses(prior[i]) {
					return []string{prior[i].ID}
				}
			}
		}
		return out
	}
	words := contentTokens(toks)
	for i := len(prior) - 1; i >= 0 && i >= len(prior)-6; i-- {
		for w := range st.contentOf(i) {
			if words[w] {
				return []string{prior[i].ID}
			}
		}
	}
	return nil
}

// contentOf is the content words of claim i, computed once from its tokens.
func (st *state) contentOf(i int) map[string]bool {
	for len(st.content) <= i {
		st.content = append(st.content, nil)
	}
	if st.content[i] == nil {
		st.content[i] = contentTokens(st.claimToks[i])
	}
	return st.content[i]
}

func alleges(c claims.Claim) bool {
	if accuses(c) {
		return true
	}
	if c.Kind != claims.KindResponsibility && c.Kind != claims.KindProvenance {
		return false
	}
	for _, a := range c.Attributions {
		if a.Stance == claims.StanceDenies || a.Stance == claims.StanceCannotDetermine {
			return false
		}
	}
	return true
}

func accuses(c claims.Claim) bool {
	for _, a := range c.Attributions {
		if a.Stance == claims.StanceAccuses {
			return true
		}
	}
	return false
}

var stopwords = lexWords("stopwords")

// contentTokens are a sentence's long words (seven letters or more, not stop words): what a
// denial on evidence shares with the claim it answers.
func contentTokens(toks []token) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if w := t.norm(); len(w) >= 7 && !stopwords[w] && isLetters(w) {
			out[w] = true
		}
	}
	return out
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}
