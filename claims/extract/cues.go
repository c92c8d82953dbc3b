// Stage 4, cues: tokens → reporting cues. cueAt finds the longest cue of the cue lexicon at a
// token ("said", "according to", "did not confirm") and rejects the uses that are not a verb of
// saying: nouns ("these claims", "a talk show"), passives ("were reported"), participles
// ("footage verified by Reuters"), adjectives ("11 confirmed cases"), acts rather than findings
// ("the team found the tomb"). A cue's kind says where its source stands (before it, after it,
// or relaying); its stance says what the source does with the claim.

package extract

import (
	"slices"
	"strings"
)

// The lexicons below are general English news vocabulary. Nothing here names an article, a
// person or an event; names live in the source registry and gazetteer (policy data).

// cueKind says where a cue's source stands.
type cueKind int

const (
	cueVerb  cueKind = iota // the source is the subject before it: "the monitors determined"
	cuePrep                 // the source follows it: "according to the police"
	cueRelay                // the source relays what follows: "Reuters reports that …"
)

type cue struct {
	words  []string // lower-case tokens
	kind   cueKind
	stance string
}

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
		return negatedDenial(toks, i, cueLexicon[t.cueIndex]), int(t.cueLen), true
	}
	c, n, idx, ok := findCue(toks, i)
	if !ok {
		t.cueState = 1
		return cue{}, 0, false
	}
	t.cueState, t.cueLen, t.cueIndex = 2, uint8(n), int16(idx)
	return negatedDenial(toks, i, c), n, true
}

// modifiesNextNoun: the noun at j is followed by another noun of the same phrase (not
// punctuation, a preposition, a determiner, a conjunction, a verb or a cue).
func modifiesNextNoun(toks []token, j int) bool {
	n := &toks[j+1]
	if n.punct || n.is(clsPreposition) || n.is(clsDeterminer) || n.is(clsClauseVerb) || n.is(clsAuxiliary) || n.lower == "and" || n.lower == "or" || n.lower == "that" || n.lower == "to" {
		return false
	}
	if _, _, ok := cueAt(toks, j+1); ok {
		return false
	}
	return !strings.HasSuffix(n.lower, "ed") && !strings.HasSuffix(n.lower, "ing") && !adverb(*n)
}

// orderVerbs with an object and "to" give an order ("told the man to drop the gun", "ordered
// residents to leave"): no report of what is so.
var orderVerbs = lexWords("orderVerbs")

// wishVerbs take an object and an infinitive as a wish ("want the company to end …"), unlike
// "agreed the decision to close the plant was a mistake".
var wishVerbs = lexWords("wishVerbs")

// objectThenTo: a short object, then "to" and a verb ("want the company to end", "wanted
// them to leave"): the wish that someone act.
func objectThenTo(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].punct || toks[j].lower == "that" {
			return false
		}
		if toks[j].lower == "to" {
			return j > k && j+1 < len(toks) && !toks[j+1].punct && !determiners[toks[j+1].lower] && !toks[j+1].capitalised() && !toks[j+1].number()
		}
	}
	return false
}

// negatedDenial: a verb of denial after "not" or "never" denies nothing ("did not dispute the
// violations" admits them): it asserts. Applied to the cached lexicon entry on every lookup.
func negatedDenial(toks []token, i int, c cue) cue {
	if c.stance == "denies" && negatedAt(toks, i) && (i < 2 || !negatedAt(toks, i-1)) {
		c.stance = "asserts"
	}
	if c.stance == "accuses" && strings.HasPrefix(toks[i].lower, "blam") && blamesACause(toks, i+1) {
		c.stance = "asserts" // "blamed the outage on a software error": a cause, no party accused
	}
	return c
}

// blamesACause: the "on …" after a verb of blaming names a cause, not a party: a word of
// blameCauses and no capitalised name ("on a software error", "on a drop in gas supply").
func blamesACause(toks []token, k int) bool {
	on := -1
	for j := k; j < len(toks) && j < k+10; j++ {
		if toks[j].lower == "on" {
			on = j
			break
		}
		if toks[j].punct {
			return false
		}
	}
	if on < 0 {
		return false
	}
	cause := false
	for j := on + 1; j < len(toks) && j < on+8 && !toks[j].punct; j++ {
		if toks[j].capitalised() {
			return false
		}
		if blameCauses[toks[j].lower] {
			cause = true
		}
	}
	return cause
}

var blameCauses = lexWords("blameCauses")

func findCue(toks []token, i int) (cue, int, int, bool) {
	best, bestLen, bestIdx := cue{}, 0, -1
	var first []int
	if toks[i].info != nil {
		first = toks[i].info.cues // cuesByFirst[toks[i].lower]
	}
	for _, ci := range first {
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
	if i > 0 && t.capitalised() && best.kind != cuePrep && !titleCase(toks) {
		return cue{}, 0, 0, false // a proper noun: "United States" (not in "Governor Says No To …")
	}
	if i > 0 && determiners[toks[i-1].lower] && best.kind != cuePrep {
		return cue{}, 0, 0, false // a noun: "these claims", "the report"
	}
	to := i - 1
	for to > 0 && (adverb(toks[to]) || toks[to].lower == "more" || toks[to].lower == "less") {
		to-- // "failure to more quickly announce": a split infinitive
	}
	if _, meeting := meetingHeldTo(toks, i); to >= 0 && toks[to].lower == "to" && best.kind == cueVerb && !meeting &&
		!(to > 0 && (toks[to-1].lower == "unable" || toks[to-1].lower == "able" || chainBeforeTo[toks[to-1].lower])) {
		return cue{}, 0, 0, false // an infinitive: "grounds to believe", "declined to say" (not "unable to verify")
	}
	if (t.lower == "blame" || t.lower == "accusations") && i > 0 && (toks[i-1].lower == "trade" || toks[i-1].lower == "traded" || toks[i-1].lower == "trading") {
		return cue{}, 0, 0, false // "trade blame": a noun
	}
	if i > 0 && passiveAux[toks[auxBefore(toks, i)].lower] && (strings.HasSuffix(t.lower, "ed") || irregularParticiples[t.lower]) && best.kind != cuePrep {
		return cue{}, 0, 0, false // "no casualties were reported", "the body was found": passive, no source named
	}
	if bestLen == 1 && strings.HasSuffix(t.lower, "ed") && best.kind != cuePrep && i > 0 && (prepositions[toks[i-1].lower] || adjectivePrepositions[toks[i-1].lower]) && i+1 < len(toks) && !toks[i+1].punct {
		return cue{}, 0, 0, false // "the list of reported targets": an adjective after a preposition
	}
	if bestLen == 1 && best.kind == cueVerb && strings.HasSuffix(t.lower, "ed") && insidePrepositionalPhrase(toks, i) {
		return cue{}, 0, 0, false // "X, in an interview published in the Gazette, said": a participle after the phrase's noun
	}
	if bestLen == 1 && best.kind == cueVerb && strings.HasSuffix(t.lower, "ed") && reducedRelativeBeforeVerb(toks, i) {
		return cue{}, 0, 0, false // "The two cases confirmed Monday are not related": a participle; the verb comes after
	}
	if best.stance == "denies" && best.kind == cueVerb && rejectsAnAct(toks, i+bestLen) {
		return cue{}, 0, 0, false // "workers rejected the company's latest contract offer": a vote, not a denial
	}
	if asPer := t.lower == "as" && bestLen == 2 && best.words[1] == "per"; best.kind == cuePrep && (t.lower == "according" || asPer) && followsNorm(toks, i+bestLen, asPer) {
		return cue{}, 0, 0, false // "serviced according to national and international regulations", "paid as per the contract"
	}
	if filingParticiples[t.lower] {
		if _, _, ok := filingNounBefore(toks, i); !ok {
			return cue{}, 0, 0, false // "Poland expelled the envoys, accusing them of …": the main verb's speaker says so; only "a lawsuit accusing" names a filing
		}
	}
	if bestLen == 1 && adjectivalCues[t.lower] && i > 0 && (ordinals[toks[i-1].lower] || possessive(toks[i-1].lower) != toks[i-1].lower) &&
		i+1 < len(toks) && !toks[i+1].punct && !startsClause(toks, i+1) {
		return cue{}, 0, 0, false // "the capital's third alleged murder", "the city's reported losses": an adjective
	}
	if bestLen == 1 && best.kind == cueVerb && strings.HasSuffix(t.lower, "ed") && insideLeadingPhrase(toks, i) {
		return cue{}, 0, 0, false // "With lighter winds expected Monday, the chief said …": a participle in the opening phrase
	}
	if i+1 < len(toks) && toks[i+1].lower == "by" && strings.HasSuffix(t.lower, "ed") && best.kind == cueVerb {
		return cue{}, 0, 0, false // "footage verified by Reuters": a participle
	}
	if best.kind == cueVerb && strings.HasSuffix(t.lower, "ed") && !sayingVerbs[t.lower] && i > 1 && toks[i-1].text == "," &&
		!leadingNoise[toks[i-2].lower] && !toks[i-2].punct && i+1 < len(toks) && participleFollowers[toks[i+1].lower] && !afterRelativeClause(toks, i-1) {
		return cue{}, 0, 0, false // "the suspect, identified earlier as …": a participle set off by a comma
	}
	if best.kind == cueVerb && strings.HasSuffix(t.lower, "ed") && adjectiveAfterCount(toks, i) {
		return cue{}, 0, 0, false // "11 confirmed cases", "30 positive confirmed cases": an adjective
	}
	if bestLen == 1 && best.kind != cuePrep && strings.HasSuffix(t.lower, "ed") && withAbsolute(toks, i) {
		return cue{}, 0, 0, false // "…, with 59 deaths reported so far": a participle of the "with" phrase
	}
	if bestLen == 1 && best.kind == cueVerb && strings.HasSuffix(t.lower, "ing") && i+1 < len(toks) && passiveAux[toks[i+1].lower] {
		return cue{}, 0, 0, false // "Safety warning was issued": a noun, the clause's subject
	}
	if (discoveryVerbs[t.lower] || clauseOnlyCues[t.lower]) && bestLen == 1 && (!reportsAFinding(toks, i+1) || i+1 < len(toks) && prepositions[toks[i+1].lower]) {
		return cue{}, 0, 0, false // "the team found the tomb", "both claim the region": an act, not a finding reported
	}
	if bestLen == 1 && intentionCues[t.lower] && i+1 < len(toks) && (toks[i+1].lower == "to" || wishVerbs[t.lower] && objectThenTo(toks, i+1)) {
		return cue{}, 0, 0, false // "officials had hoped to declare …", "they want the company to end …": an intention or a demand, not something said
	}
	if nounLike[t.lower] && i > 0 && !nounLike[toks[i-1].lower] && verbCueWord(toks[i-1].lower) {
		// "denied reports that …", "confirmed reports": the object of the verb. (The word
		// before is looked up, not read with cueAt: that would ask about this token again.)
		return cue{}, 0, 0, false
	}
	if bestLen == 1 && tellingCues[t.lower] && !tellsThat(toks, i) {
		return cue{}, 0, 0, false // "hard to tell", "can't tell whether": no one is told anything
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
	if nounLike[t.lower] && i > 0 && possessive(toks[i-1].lower) != toks[i-1].lower {
		return cue{}, 0, 0, false // "the WMO's report comes …": a noun after a possessive
	}
	if bestLen == 1 && best.kind != cuePrep && strings.HasSuffix(t.lower, "ed") && i+1 < len(toks) && stateAdjectives[toks[i+1].lower] {
		return cue{}, 0, 0, false // "seven soldiers confirmed dead": a reduced passive
	}
	if bestLen == 1 && best.kind != cuePrep && strings.HasSuffix(t.lower, "ed") && titleOrHeadlineShape(toks) && i > 0 && !toks[i-1].punct &&
		!(i > 1 && toks[i-1].capitalised() && !titleCase(toks)) && // "…, the Courier reported" on a line without a period: a named subject
		(i+1 == len(toks) || locatives[toks[i+1].lower]) && !slices.ContainsFunc(toks[i:], func(x token) bool { return x.lower == "that" }) {
		return cue{}, 0, 0, false // a headline's passive: "fifth casualty reported in Johor" (not "Minister warned in letter that …")
	}
	if t.lower == "report" && !(i > 0 && strings.HasSuffix(toks[i-1].lower, "s") && i+1 < len(toks) && !toks[i+1].punct) {
		return cue{}, 0, 0, false // "report" is a verb only after a plural subject and before its object
	}
	if best.kind == cueVerb && bestLen == 1 && objectControlVerbs[t.lower] && i+1 < len(toks) && toks[i+1].lower == "to" && titleOrHeadlineShape(toks) {
		return cue{}, 0, 0, false // "consumers urged to throw out fruit": a headline's passive (not "Biden pledged to cut")
	}
	if bestLen == 1 && i > 0 && !toks[i-1].punct && i+1 < len(toks) && reducedRelative(t, toks[i+1]) {
		return cue{}, 0, 0, false // "The woman charged with fraud said": a participle describing her
	}
	if objectThatCues[t.lower] && bestLen == 1 && !thatAfterObject(toks, i+1) {
		return cue{}, 0, 0, false // "a neighbour alerted police": an act ("alerted customers that …" reports)
	}
	if hearingVerbs[t.lower] && bestLen == 1 && (!heardByABody(toks, i) || !reportsAFinding(toks, i+1) || i+1 < len(toks) && prepositions[toks[i+1].lower]) {
		// "residents heard gunfire" is perception, "the court heard a lawsuit" or "heard from
		// witnesses" an act; "the court heard that …" and "…, an inquest heard." report
		return cue{}, 0, 0, false
	}
	if quoteOnlyCues[t.lower] && bestLen == 1 && !(i+1 < len(toks) && (toks[i+1].text == ":" || toks[i+1].lower == "that" || opensQuote(toks[i+1]) ||
		toks[i+1].text == "," && i+2 < len(toks) && opensQuote(toks[i+2])) || afterClosingQuote(toks, i) || speakerClosingAfterComma(toks, i)) {
		return cue{}, 0, 0, false // "the talks continued": a verb of saying only before what was said
	}
	if best.kind == cueVerb && i+bestLen < len(toks) && (toks[i+bestLen].lower == "into" || toks[i+bestLen].lower == "off") {
		return cue{}, 0, 0, false // "the typhoon slammed into the island", "the rocket blasted off": motion, not criticism
	}
	if nounLike[t.lower] && bestLen == 1 && i+1 < len(toks) && nounComplements[toks[i+1].lower] {
		return cue{}, 0, 0, false // "on-the-ground reports about the war", "claims of fraud": a noun
	}
	if nounLike[t.lower] && i+bestLen < len(toks) {
		if _, _, next := cueAt(toks, i+bestLen); next {
			return cue{}, 0, 0, false // a noun before the verb: "a UN report reveals"
		}
	}
	return best, bestLen, bestIdx, true
}

// reducedRelativeBeforeVerb: a participle right after a plural or common noun, then a time
// phrase, then the clause's own verb ("the cases confirmed Monday are …", "the figures reported
// last week were …").
func reducedRelativeBeforeVerb(toks []token, i int) bool {
	if i == 0 || toks[i-1].punct || toks[i-1].capitalised() || pronouns[toks[i-1].lower] || determiners[toks[i-1].lower] || auxiliaries[toks[i-1].lower] {
		return false
	}
	k := i + 1
	for n := 0; k < len(toks) && n < 3 && (timeWord(toks[k]) || weekdays[toks[k].lower] || toks[k].lower == "last" || toks[k].lower == "this" || toks[k].lower == "on"); n++ {
		k++
	}
	if k == i+1 || k >= len(toks) || toks[k].lower == "that" || relativePronouns[toks[k].lower] {
		return false // "vowed Thursday that …": the verb's clause
	}
	return passiveAux[toks[k].lower] || auxiliaries[toks[k].lower] && !determiners[toks[k].lower] || clauseVerbs[toks[k].lower]
}

// speakerClosingAfterComma: the cue ends the sentence after a comma and a phrase naming a
// writing ("…, the statement read."): what was said stands before it ("…, the talks
// continued." tells what went on).
func speakerClosingAfterComma(toks []token, i int) bool {
	if i+1 < len(toks) && !(i+2 == len(toks) && toks[i+1].text == ".") || i < 3 || !writings[toks[i-1].lower] {
		return false
	}
	for k := i - 1; k > 0 && k >= i-6; k-- {
		if toks[k].text == "," {
			return k < i-1 && determiners[toks[k+1].lower]
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

// adjectiveAfterCount: the participle at i stands between a count (and perhaps an adjective)
// and a noun: "11 confirmed cases", "30 positive confirmed cases" — not "the two sides pledged
// to", "34,000 people supported Trump".
func adjectiveAfterCount(toks []token, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i+1].punct || toks[i+1].lower == "that" {
		return false
	}
	if quantity(toks[i-1]) {
		return true
	}
	next := toks[i+1]
	return i > 1 && quantity(toks[i-2]) && plainWord(toks[i-1]) && !strings.HasSuffix(toks[i-1].lower, "s") &&
		plainWord(next) && !next.is(clsPreposition) && !pronounWords[next.lower]
}

// thatAfterObject: a short object, then "that", from k ("customers that hackers …").
func thatAfterObject(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		if toks[j].lower == "that" {
			return j > k
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// heardByABody: the subject of "heard" at i is a body that hears evidence ("The court heard",
// "the jury also heard").
func heardByABody(toks []token, i int) bool {
	k := i - 1
	for k > 0 && (adverb(toks[k]) || toks[k].is(clsPreVerbAdverb) || parentheticals[toks[k].lower]) {
		k--
	}
	return k >= 0 && hearers[toks[k].lower]
}

// withAbsolute: the participle at i closes a phrase opened by "with" after a comma, with no
// verb between ("…, with 59 deaths reported so far").
func withAbsolute(toks []token, i int) bool {
	for k := i - 1; k > 0 && k >= i-5; k-- {
		if toks[k].lower == "with" {
			return toks[k-1].text == "," && !(i+1 < len(toks) && toks[i+1].lower == "that") // "…, with many worried that …" reports
		}
		if toks[k].punct || toks[k].is(clsAuxiliary) && !toks[k].is(clsDeterminer) {
			return false
		}
	}
	return false
}

var objectThatCues, hearingVerbs, hearers = lexWords("objectThatCues"), lexWords("hearingVerbs"), lexWords("hearers")

// writings are what a verb like "read" closes a sentence after ("…, the letter read.").
var writings = lexWords("writings")

// afterClosingQuote: the cue closes a sentence after a quotation and its speaker ("…,” the
// report read."): a verb of saying whatever its other senses.
func afterClosingQuote(toks []token, i int) bool {
	if !onlyPunctAfter(toks, i) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if t := toks[j].text; t == "”" || t == "\"" || t == "’" {
			return j+1 < i && (toks[j-1].text == "," || toks[j-1].text == "." || toks[j+1].text == ",")
		}
	}
	return false
}

// followsNorm: the phrase from k is headed by a rule, a law or a plan (normNouns): what is done
// according to it, not a source.
func followsNorm(toks []token, k int, asPer bool) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].punct || toks[j].lower == "of" {
			return false
		}
		if (normNouns[toks[j].lower] || asPer && asPerNorms[toks[j].lower]) && (j+1 == len(toks) || toks[j+1].punct || toks[j+1].lower == "and" || prepositions[toks[j+1].lower] && toks[j+1].lower != "of") {
			return true
		}
	}
	return false
}

var normNouns = lexWords("normNouns")

// asPerNorms are norms after "as per" only ("delivered as per the agreement"): after
// "according to" an agreement or a plan is more often read as a source's words.
var asPerNorms = lexWords("asPerNorms")

// rejectsAnAct: the object from k is an offer, a plan or a request (rejectedActs), within a few
// modifiers ("a Caterpillar offer", "the company's latest contract offer").
func rejectsAnAct(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		t := &toks[j]
		if rejectedActs[t.lower] && !(j+1 < len(toks) && modifiesNextNoun(toks, j)) {
			return true // (not "refutes Trump's trade deal remarks": the remarks are refuted, the deal modifies them)
		}
		if t.punct && t.text != "'" && t.text != "’" || t.lower == "that" || t.lower == "as" || prepositions[t.lower] {
			return false
		}
	}
	return false
}

var rejectedActs = lexWords("rejectedActs")

// filingParticiples accuse only after a filing noun ("a lawsuit accusing", "a complaint alleging").
var filingParticiples = lexWords("filingParticiples")

// insidePrepositionalPhrase: toks[i] follows the noun of an aside opened by a comma, a
// preposition and a determiner (", in an interview published in …", ", at a briefing held
// Monday"), so it modifies that noun rather than telling what a subject did.
func insidePrepositionalPhrase(toks []token, i int) bool {
	for k, n := i-1, 0; k > 0 && n < 3; k, n = k-1, n+1 {
		t := toks[k]
		if t.punct || t.capitalised() || auxiliaries[t.lower] && !determiners[t.lower] || pronouns[t.lower] || coordinators[t.lower] {
			return false
		}
		if determiners[t.lower] {
			// the phrase is an aside set off by a comma and the participle takes a phrase of
			// its own: "A court in the capital ruled that …" is a subject and its verb
			return k < i-1 && prepositions[toks[k-1].lower] && k >= 2 && toks[k-2].text == "," &&
				i+1 < len(toks) && (prepositions[toks[i+1].lower] || timeWord(toks[i+1]))
		}
	}
	return false
}

// insideLeadingPhrase: toks[i] stands in a sentence's opening prepositional phrase, before the
// comma that closes it ("With drier air and lighter winds expected Monday, …").
func insideLeadingPhrase(toks []token, i int) bool {
	k := datelineEnd(toks, i)
	for k < i && toks[k].punct {
		k++
	}
	if k >= i || !leadingPrepositions[toks[k].lower] {
		return false
	}
	for j := k + 1; j < i; j++ {
		if toks[j].punct && toks[j].text != "-" {
			return false
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].text == "," {
			return true
		}
		if toks[j].punct {
			return false
		}
	}
	return false
}

// leadingPrepositions open a sentence's adverbial phrase ("With …, ", "Amid …, ").
var leadingPrepositions = lexWords("leadingPrepositions")

// determiners make the next word a noun: "the claims", "these reports" are not cues.
var determiners = lexWords("determiners")

// nounLike cues are also nouns; followed by another cue they are the noun ("report reveals").
var nounLike = lexWords("nounLike")

// stateAdjectives after a participle make it a reduced passive ("confirmed dead").
var stateAdjectives = lexWords("stateAdjectives")

// verbCueWord: w alone is a verb cue of the lexicon ("denied", "confirmed").
func verbCueWord(w string) bool {
	for _, ci := range cuesByFirst[w] {
		if c := cueLexicon[ci]; len(c.words) == 1 && c.kind == cueVerb {
			return true
		}
	}
	return false
}

// quoteOnlyCues report only before a quotation, a colon or "that" ("He continued, “…”").
var quoteOnlyCues = lexWords("quoteOnlyCues")

// clauseOnlyCues report something only with a clause or a finding after them ("claim that",
// "suggested the virus spread"); with a bare object they tell an act ("claim the region",
// "suggested a postponement").
var clauseOnlyCues = lexWords("clauseOnlyCues")

// intentionCues before "to" tell what someone meant to do ("had hoped to declare").
var intentionCues = lexWords("intentionCues")

// adjectivePrepositions: after these too a participle is an adjective ("into alleged
// price-fixing").
var adjectivePrepositions = lexWords("adjectivePrepositions")

// nounComplements follow a cue that is a noun ("reports about", "claims of"), never the verb.
var nounComplements = lexWords("nounComplements")

var passiveAux = lexWords("passiveAux")

// auxBefore is the index of the word before i, past any adverbs ("was first posted", "were
// later found").
func auxBefore(toks []token, i int) int {
	k := i - 1
	for k > 0 && (adverb(toks[k]) || preVerbAdverbs[toks[k].lower] || toks[k].lower == "first" || toks[k].lower == "later") {
		k--
	}
	return k
}

// irregularParticiples are past participles without -ed ("was found", "were told").
var irregularParticiples = lexWords("irregularParticiples")

// adjectivalCues are past participles that also stand before a noun as adjectives ("an
// alleged murder"): after an ordinal or a possessive they are the adjective.
var adjectivalCues = lexWords("adjectivalCues")

var ordinals = lexWords("ordinals")

var prepositions = lexWords("prepositions")

// calledObject: "called" followed by one of these names what someone called something.
var calledObject = lexWords("calledObject")

// ambiguousCues are also common nouns ("fourteen states", "a talk show", "tax rates", "close
// ties"): they are cues only where a clause or an object starts after them.
var ambiguousCues = lexWords("ambiguousCues")

// clauseStarts may follow an ambiguous cue used as a verb.
var clauseStarts = lexWords("clauseStarts")

// startsClause: the words at k can open a clause or an object (the test for ambiguous cues).
func startsClause(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return clauseStarts[t.lower] || !t.punct && (t.capitalised() || t.number())
}

// tellsThat: the verb of telling at toks[i] has a subject of its own tense before it and an
// addressee then "that" or ":" after it ("the lawyers tell the Post that …").
func tellsThat(toks []token, i int) bool {
	if i == 0 || tellingBlockers[toks[i-1].lower] || toks[i-1].punct || strings.HasSuffix(toks[i-1].lower, "n't") || strings.HasSuffix(toks[i-1].lower, "n’t") {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+6; k++ {
		if toks[k].lower == "that" || toks[k].text == ":" {
			return true
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}

var tellingCues, tellingBlockers = lexWords("tellingCues"), lexWords("tellingBlockers")

// Verbs of saying, which may come before their subject: "…," said the minister.
var sayingVerbs = lexWords("sayingVerbs")

// participleFollowers come after a participle set off by a comma ("the driver, identified as
// …"); a verb after an apposition is the main verb ("X, the chief, confirmed during …").
var participleFollowers = lexWords("participleFollowers")

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
var discoveryVerbs = lexWords("discoveryVerbs")

// findingWords after a discovery verb make a finding of its own ("found no trace", "found evidence").
var findingWords = lexWords("findingWords")

// finiteVerbs mark a clause after a discovery verb's object.
var finiteVerbs = lexWords("finiteVerbs")

// reportsAFinding: the words after a discovery verb at k make a clause or a finding.
func reportsAFinding(toks []token, k int) bool {
	if k >= len(toks) || toks[k].punct {
		return true // "…, the analysis found.": the finding came first
	}
	if strings.HasSuffix(toks[k].lower, "ing") && len(toks[k].lower) > 5 {
		return true // "suggested living near a busy road raises the risk": a clause
	}
	for j := k + 1; j < len(toks) && j < k+10 && !toks[j].punct; j++ {
		if clauseOpeners[toks[j].lower] || coordinators[toks[j].lower] {
			break // "maintained the walkout as hospitals used …": the verb is another clause's
		}
		if irregularPasts[toks[j].lower] || strings.HasSuffix(toks[j].lower, "ed") && len(toks[j].lower) > 4 && !determiners[toks[j-1].lower] {
			return true // "suggested the virus spread through bats": a clause with a past verb
		}
	}
	if findingWords[toks[k].lower] {
		return true
	}
	for j := k; j < len(toks) && j < k+10; j++ {
		if toks[j].punct || j > k && (clauseOpeners[toks[j].lower] || coordinators[toks[j].lower]) {
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

func containsCue(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if _, _, ok := cueAt(toks, k); ok {
			return true
		}
	}
	return false
}

var chainBeforeTo = lexWords("chainBeforeTo")

// titleOrHeadlineShape: a short line without final punctuation, as headlines are.
func titleOrHeadlineShape(toks []token) bool {
	if len(toks) == 0 || len(toks) > 25 {
		return false
	}
	last := toks[len(toks)-1].text
	return last != "." && last != "!" && last != "?" && last != "”" && last != "\"" && last != "’" && last != "'"
}

// objectControlVerbs take an object before "to" ("urged residents to leave"): in a headline,
// "X urged to …" is their passive.
var objectControlVerbs = lexWords("objectControlVerbs")

// titleCase: nearly every word of the sentence is capitalised, as in a headline written in
// title case, where a capitalised cue is still a verb.
func titleCase(toks []token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		if t.punct || t.number() {
			continue
		}
		words++
		if t.capitalised() {
			caps++
		}
	}
	return words >= 4 && caps*5 >= words*4
}
