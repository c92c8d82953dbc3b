// Stage 5, noun phrases: reading the phrase that may be a source. skipAdverbials steps over
// datelines, introductory phrases and days; readNounPhrase reads until a verb, a cue or a clause
// boundary, keeping names with their titles, bracketed tags and "of" phrases; coordinated splits
// "Ukraine, the US and South Korea" into members but keeps an apposition ("the ombudsman, Daria
// Herasymchuk,") and a body's name with "and" in it whole; nounPhraseAfter reads the phrase after
// a preposition cue ("according to …").

package extract

import (
	"slices"
	"strings"
)

// readNounPhrase reads from start until something that cannot be in a subject: a verb, a cue,
// a clause boundary. Commas and "and" continue it when a name or determiner follows.
func readNounPhrase(toks []token, start, limit int) int {
	k := start
	for k < limit {
		t := &toks[k]
		if t.punct {
			if (t.text == "," || t.text == "’" || t.text == "'") && k+1 < limit && continuesPhrase(toks[k+1]) {
				k++
				continue
			}
			if (t.text == "’" || t.text == "'") && k > start && strings.HasSuffix(toks[k-1].lower, "s") && k+1 < limit && !toks[k+1].punct && !toks[k+1].is(clsClauseVerb) {
				k++ // "two observers' groups": a plural possessive
				continue
			}
			if t.text == "&" && k > start && k+1 < limit && toks[k+1].capitalised() {
				k++ // "A&B Foods": an ampersand inside a name
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
				if j := closingParenBefore(toks, k, limit); j > 0 {
					k = j + 1 // "Kasich (who has 25 delegates to date) said": an aside before the verb
					continue
				}
			}
			break
		}
		if _, _, ok := cueAt(toks, k); ok && k > start {
			break
		}
		if (t.is(clsClauseVerb) && t.text != strings.ToUpper(t.text)) || (t.is(clsAuxiliary) && !t.is(clsDeterminer) && t.lower != "both" && t.lower != "all") {
			break
		}
		if k > start && t.is(clsIrregularPast) && !t.capitalised() && !toks[k-1].is(clsDeterminer) && !toks[k-1].is(clsPreposition) && !toks[k-1].is(clsQuantifier) &&
			!(k+1 < limit && toks[k+1].lower == "by") {
			break // "The fire began in a closet": a past tense without -ed ends the subject (not "a man shot by an officer", a participle)
		}
		if k > start && t.is(clsPastBeforeObject) && k+1 < limit && (toks[k+1].is(clsDeterminer) || toks[k+1].number()) && !toks[k-1].is(clsDeterminer) {
			break // "The candidates held a news conference": a past tense before its object
		}
		if (t.lower == "and" || t.lower == "or") && !(k+1 < limit && (continuesPhrase(toks[k+1]) || toks[k+1].is(clsPhraseModifier) || conjunctReaches(toks, k+1, limit))) {
			break
		}
		if (t.lower == "and" || t.lower == "or") && k+2 < limit && plainWord(toks[k+1]) && !toks[k+1].is(clsQuantifier) && !toks[k+1].is(clsPreposition) &&
			!adverb(toks[k+1]) && !toks[k+1].is(clsPreVerbAdverb) && !parentheticals[toks[k+1].lower] && !notVerbsAfterAnd[toks[k+1].lower] &&
			(toks[k+2].is(clsDeterminer) || toks[k+2].is(clsQuantifier) || toks[k+2].number()) && commaAfter(toks, k, limit) {
			break // "… date back to the fifth century and house a collection …": a verb and its object, not a second member
		}
		if (t.lower == "on" || t.lower == "in" || t.lower == "last" || t.lower == "this" || t.lower == "earlier") && k+1 < limit && timeWord(toks[k+1]) {
			break // "the commission on Monday rejected": a time phrase, not part of the name
		}
		if k > start && t.is(clsWeekday) && !t.capitalised() {
			break // "government sources today said": a day, not part of the name
		}
		if k > start && k+1 < limit && reducedRelative(toks[k], toks[k+1]) && !toks[k-1].punct {
			k += 2 // "The man accused of murder told police": a participle and its complement describe the man
			continue
		}
		if k > start && looksLikeVerb(*t, toks[k-1]) && !(k+1 < limit && (toks[k+1].is(clsOrgHead) || toks[k+1].lower == "by" && !(k+2 < len(toks) && strings.HasSuffix(toks[k+2].lower, "ing")) ||
			strings.HasSuffix(t.lower, "ing") && (toks[k+1].lower == "for" || toks[k+1].lower == "with" || toks[k+1].lower == "on"))) {
			// (not "lawyers acting for X", "people familiar with", "officials working on": a
			// participle describing the phrase)
			break
		}
		if k > start && (adverb(*t) || t.is(clsPreVerbAdverb)) && k+1 < len(toks) && verbAhead(toks, k+1) {
			break // "Trump falsely accused", "the chief quietly said": an adverb before the verb
		}
		k++
	}
	return k
}

// reducedRelative: a participle and the preposition of its complement that describe a person
// ("accused of", "charged with", "arrested for"), not a verb of the clause.
func reducedRelative(participle, preposition token) bool {
	preps, ok := reducedRelatives[participle.lower]
	return ok && slices.Contains(preps, preposition.lower)
}

// reducedRelatives maps each participle to the prepositions that open its complement.
var reducedRelatives = func() map[string][]string {
	out := map[string][]string{}
	for _, pair := range lexList("reducedRelatives") {
		if w := strings.Fields(pair); len(w) == 2 {
			out[w[0]] = append(out[w[0]], w[1])
		}
	}
	return out
}()

// adverb: a lower-case word in -ly that is not a noun or adjective ("falsely", "publicly").
func adverb(t token) bool {
	return !t.punct && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !t.capitalised() && !t.is(clsNotAdverb)
}

var notAdverbs = lexWords("notAdverbs")

// preVerbAdverbs stand between a subject and its verb without ending in -ly ("the spokesman
// only provided details", "she never said").
var preVerbAdverbs = lexWords("preVerbAdverbs")

// verbAhead: a cue or an auxiliary comes at k, after any further adverbs.
func verbAhead(toks []token, k int) bool {
	for ; k < len(toks) && adverb(toks[k]); k++ {
	}
	if k >= len(toks) {
		return false
	}
	if _, _, ok := cueAt(toks, k); ok {
		return true
	}
	return toks[k].is(clsAuxiliary)
}

// Words between a subject and its verb that do not end the subject's claim to it.
var auxiliaries = lexWords("auxiliaries")

// Verbs that end a subject noun phrase (besides the cues).
var clauseVerbs = lexWords("clauseVerbs")

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

// closingParenBefore is the index of the ")" that closes a longer aside opened at k (at most
// fifteen tokens) when the verb comes right after it, or -1.
func closingParenBefore(toks []token, k, limit int) int {
	for j := k + 1; j < limit && j <= k+16; j++ {
		switch toks[j].text {
		case ")":
			if j+1 < len(toks) && verbAhead(toks, j+1) {
				return j
			}
			return -1
		case "(":
			return -1
		}
	}
	return -1
}

func continuesPhrase(t token) bool {
	return t.capitalised() || t.lower == "the" || t.lower == "and" || t.lower == "its" || groupNouns[t.lower]
}

// looksLikeVerb: a lower-case past tense or -ing form after a word that is not a determiner
// ("troops visited", not "the armed forces").
func looksLikeVerb(t, prev token) bool {
	if t.capitalised() || t.number() || strings.Contains(t.lower, "-") {
		return false // "army-backed", "Iranian-designed": adjectives
	}
	if prev.is(clsDeterminer) || prev.is(clsQuantifier) || prev.number() || prev.lower == "of" || prev.lower == "for" {
		return false
	}
	return (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")) && len(t.lower) > 4
}

// quantifiers before a word in -ed or -ing make it an adjective ("both consulting firms").
var quantifiers = lexWords("quantifiers")

var timeWords = lexWords("timeWords")

func timeWord(t token) bool { return t.number() || t.is(clsTimeWord) }

// skipAdverbials steps over leading adverbs and adverbial phrases set off by a comma
// ("Earlier,", "In March,", "Later, on 7 February,").
func skipAdverbials(toks []token, from, limit int) int {
	i := from
	if i == 0 {
		i = datelineEnd(toks, limit)
	}
	for i < limit {
		t := toks[i]
		if t.is(clsWeekday) && i+1 < limit && !toks[i+1].punct {
			i++ // "said Friday investigators have not …": a day, then the subject
			continue
		}
		if j := timePhraseEnd(toks, i, limit); j > i {
			i = j // "But a few days later, the senator …", "Two weeks ago, police …"
			continue
		}
		if i == from && openingPhrase(t) && i+1 < limit && toks[i+1].is(clsDeterminer) {
			// "In a victory for A and B, the judgment ruled …": a long opening phrase of its own
			j := i + 2
			for j < limit && j < i+18 && !toks[j].punct {
				j++
			}
			if j < limit && toks[j].text == "," && !containsCue(toks, i, j) {
				i = j + 1
				continue
			}
		}
		if t.is(clsLeadingNoise) && !acronym(t) || t.text == "," {
			// an introductory phrase: skip to its comma if one comes soon
			j := i
			for j < limit && j < i+6 && toks[j].text != "," {
				j++
			}
			if j < limit && toks[j].text == "," && !containsCue(toks, i, j) {
				i = j + 1
				continue
			}
			if t.is(clsLeadingNoise) && !acronym(t) {
				i++
				continue
			}
		}
		break
	}
	return i
}

// openingPhrase: a preposition that opens a sentence's adverbial phrase ("In a blow to …,",
// "After a week of talks,", "Under the deal,").
func openingPhrase(t token) bool { return openingPrepositions[t.lower] && t.capitalised() }

var openingPrepositions = lexWords("openingPrepositions")

// acronym: a word in capitals ("AT" of "AT&T", "US"), not the leading word it spells.
func acronym(t token) bool { return acronymWord(t.text) && t.text != t.lower }

// acronymWord: a word in capitals ("NASA"), a body's name rather than a surname.
func acronymWord(w string) bool { return len(w) > 1 && w == strings.ToUpper(w) }

// timePhraseEnd: a short phrase of time set off by a comma opens the clause at i ("a few days
// later,", "two weeks ago,", "last year,"): the index after its comma, else i.
func timePhraseEnd(toks []token, i, limit int) int {
	for j := i + 1; j < limit && j <= i+5; j++ {
		if toks[j].punct {
			if toks[j].text == "," && (timeWord(toks[j-1]) || toks[j-1].lower == "later" || toks[j-1].lower == "earlier" || toks[j-1].lower == "ago") && !containsCue(toks, i, j) {
				return j + 1
			}
			return i
		}
	}
	return i
}

// Leading words a subject noun phrase sheds: adverbs, conjunctions, quantifiers.
var leadingNoise = lexWords("leadingNoise")

// weekdays and their kin lead a clause without being part of its subject.
var weekdays = lexWords("weekdays")

// datelineEnd is where a sentence's text starts after a wire dateline ("LYON, France (AP) —",
// "NAIROBI —"): capitalised words, commas and a bracketed agency before a dash.
func datelineEnd(toks []token, limit int) int {
	for k := 0; k < limit && k < 12; k++ {
		t := toks[k]
		switch {
		case dash(t) || t.text == "-" && k > 0 && toks[k-1].text == ")":
			if k == 0 {
				return 0
			}
			for k+1 < limit && toks[k+1].text == "-" {
				k++ // "(UPI) --" typed as two hyphens
			}
			return k + 1
		case t.punct && (t.text == "," || t.text == "(" || t.text == ")" || t.text == "."):
		case !t.punct && t.capitalised():
		case !t.punct && t.number() && k > 0: // "KARACHI, Pakistan, Feb. 13 (UPI) --": the date
		default:
			return 0
		}
	}
	return 0
}

// dash: a dash that sets a clause or an aside apart ("NAIROBI —", "TULSA ―", "-- a source").
func dash(t token) bool {
	return t.text == "—" || t.text == "–" || t.text == "―" || t.text == "--"
}

// spacedHyphen: a hyphen with a space on each side is typed for a dash ("the dancers - A, B
// and C - filed").
func spacedHyphen(toks []token, j int) bool {
	return toks[j].text == "-" && j > 0 && j+1 < len(toks) && toks[j-1].end < toks[j].start && toks[j].end < toks[j+1].start
}

// reaches: only auxiliaries, adverbs and time phrases ("on Monday") stand between the phrase's
// end and the cue.
func reaches(toks []token, end, cueIdx int) bool {
	cueIdx = chainStart(toks, cueIdx)
	for k := end; k < cueIdx; k++ {
		t := toks[k]
		if auxiliaries[t.lower] || timeWord(t) || weekdays[t.lower] || adverb(t) || t.lower == "on" || t.lower == "in" || t.lower == "last" ||
			t.lower == "unable" || t.lower == "able" || t.lower == "to" && k > 0 && (toks[k-1].lower == "unable" || toks[k-1].lower == "able") {
			continue
		}
		if t.text == "." && k > end && abbreviations[toks[k-1].lower] && timeWords[toks[k-1].lower] {
			continue // "on Oct. 1"
		}
		if t.lower == "earlier" || t.lower == "later" || preVerbAdverbs[t.lower] {
			continue // "X earlier told the court"
		}
		if t.text == "," && k+2 < cueIdx+1 && parenthetical(toks[k+1]) && toks[k+2].text == "," {
			k += 2 // "Police have, however, denied"
			continue
		}
		if (t.lower == "at" || t.lower == "over" || t.lower == "during") && k+1 < cueIdx && (timeWord(toks[k+1]) || toks[k+1].lower == "the" && k+2 < cueIdx && timeWord(toks[k+2])) {
			continue // "at the weekend", "over the weekend"
		}
		if t.lower == "the" && k > end && (toks[k-1].lower == "at" || toks[k-1].lower == "over" || toks[k-1].lower == "during") {
			continue
		}
		return false
	}
	return true
}

// parenthetical: a word set off by commas inside a clause ("have, however, denied").
func parenthetical(t token) bool { return parentheticals[t.lower] || adverb(t) }

var parentheticals = lexWords("parentheticals")

// phraseModifiers may follow "and" inside one noun phrase ("observers from the bloc and from
// the union").
var phraseModifiers = lexWords("phraseModifiers")

// coordinated splits "Ukraine, the US, and South Korea" into its members. Commas without an
// "and" or "or" are apposition ("Ukraine's ombudsman, Daria Herasymchuk,"): one source.
func coordinated(toks []token, start, end int) []span {
	conjunction := false
	for k := start; k < end; k++ {
		if toks[k].lower == "and" || toks[k].lower == "or" { // "observers from the bloc and from the union": two sources, as annotated
			conjunction = true
		}
	}
	head := end - 1
	if toks[head].text == ")" { // "… Management Council (NDRRMC)": the head is before the tag
		for head > start && toks[head].text != "(" {
			head--
		}
		head--
	}
	if conjunction && (acronymOfPhrase(toks, start, end) || ofNameRun(toks, start, end)) {
		// "The National Farmers and Growers Union (NFGU)", "the Institute of Marine and Coastal
		// Studies": one body's name
		return []span{{toks[start].start, toks[end-1].end}}
	}
	if conjunction && head >= start && (orgHeads[toks[head].lower] || nameEndings[toks[head].lower] && toks[head].capitalised()) {
		// "the Cybersecurity and Infrastructure Security Agency", "the Food and Drug
		// Administration": one body's name. A new determiner after the "and" starts a second
		// body ("the police and the fire service").
		for k := start; k < end && toks[k].lower != "and"; k++ {
			if orgHeads[toks[k].lower] || k+2 < end && toks[k+1].lower == "and" && determiners[toks[k+2].lower] {
				goto split
			}
		}
		return []span{{toks[start].start, toks[end-1].end}}
	}
	if conjunction && titledName(toks, start, end) {
		// "acting Customs and Border Protection Commissioner Mark Morgan": the "and" is inside the
		// title before one person's name
		return []span{{toks[start].start, toks[end-1].end}}
	}
	if conjunction && titledOffice(toks, start, end) {
		// "the FCA's director of enforcement and market oversight": one office's name
		return []span{{toks[start].start, toks[end-1].end}}
	}
	if conjunction && objectsOfPreposition(toks, start, end) {
		// "Top sources at Yahoo and Microsoft", "the resolution against Priestley and Worthing":
		// the "and" joins what the preposition governs, not two sources
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

// titledName: the phrase ends in a capitalised name after a person's title, and every "and" or
// comma stands before the title ("Customs and Border Protection Commissioner Mark Morgan").
func titledName(toks []token, start, end int) bool {
	n := end
	for n > start && toks[n-1].capitalised() && !personTitles[toks[n-1].lower] {
		n--
	}
	if n == end || n == start || !personTitles[toks[n-1].lower] || !toks[n-1].capitalised() {
		return false
	}
	for k := n; k < end; k++ {
		if toks[k].punct || toks[k].lower == "and" || toks[k].lower == "or" {
			return false
		}
	}
	return true
}

// titledOffice: a person's title, "of", then what the office covers, one "and" and no comma
// or new determiner after it ("director of enforcement and market oversight").
func titledOffice(toks []token, start, end int) bool {
	of := -1
	for k := start + 1; k < end; k++ {
		if toks[k].lower == "of" && personTitles[toks[k-1].lower] {
			of = k
			break
		}
	}
	if of < 0 {
		return false
	}
	ands := 0
	for k := of + 1; k < end; k++ {
		switch {
		case toks[k].punct:
			return false
		case toks[k].lower == "and":
			ands++
			if k+1 < end && determiners[toks[k+1].lower] {
				return false
			}
		}
	}
	for k := start; k < of; k++ {
		if toks[k].lower == "and" || toks[k].lower == "or" {
			return false // (a comma may set the title apart from the name: "Mark Steward, the FCA's director of …")
		}
	}
	return ands == 1
}

// governingPrepositions take a coordination as their object inside one noun phrase.
var governingPrepositions = lexWords("governingPrepositions")

// objectsOfPreposition: the phrase's only conjunction joins two names after a preposition
// ("sources at Yahoo and Microsoft"), with no comma and no new determiner after it.
func objectsOfPreposition(toks []token, start, end int) bool {
	and := -1
	for k := start; k < end; k++ {
		switch {
		case toks[k].text == ",":
			return false
		case toks[k].lower == "and" || toks[k].lower == "or":
			if and >= 0 {
				return false
			}
			and = k
		}
	}
	if and > start+1 && and+2 == end && governingPrepositions[toks[and-2].lower] && plainWord(toks[and-1]) && plainWord(toks[and+1]) {
		return true // "associations for zoos and aquariums": two bare nouns the preposition governs
	}
	if and < 0 || and+1 >= end || !toks[and+1].capitalised() || !toks[and-1].capitalised() {
		return false
	}
	for k := and - 1; k > start; k-- {
		if governingPrepositions[toks[k].lower] {
			return true
		}
		if !toks[k].capitalised() {
			return false
		}
	}
	return false
}

// notVerbsAfterAnd do not open a verb phrase after "and" ("on and off the island", "and even
// some engineers").
var notVerbsAfterAnd = lexWords("notVerbsAfterAnd")

// commaAfter: a comma stands between k and limit (the sentence goes on to its speaker).
func commaAfter(toks []token, k, limit int) bool {
	return slices.ContainsFunc(toks[k:limit], func(t token) bool { return t.text == "," })
}

// plainWord: a lower-case word that is not a determiner ("zoos", not "the" or "Yahoo").
func plainWord(t token) bool {
	return !t.punct && !t.capitalised() && !t.is(clsDeterminer)
}

// acronymOfPhrase: the phrase ends in a bracketed tag made of the initials of its capitalised
// words ("National Farmers and Growers Union (NFGU)").
func acronymOfPhrase(toks []token, start, end int) bool {
	if end-start < 4 || toks[end-1].text != ")" || toks[end-3].text != "(" {
		return false
	}
	tag := toks[end-2].text
	if tag != strings.ToUpper(tag) || len(tag) < 2 {
		return false
	}
	var initials strings.Builder
	for k := start; k < end-3; k++ {
		if t := toks[k]; !t.punct && t.capitalised() && !determiners[t.lower] {
			initials.WriteByte(t.text[0])
		}
	}
	return initials.String() == tag
}

// ofNameRun: the "and" stands inside a capitalised "of" or "for" phrase that ends the name
// ("Institute of Marine and Coastal Studies", "Department of Health and Human Services",
// "Centers for Disease Control and Prevention"), not between
// two names ("the Ministry of Defence and the police").
func ofNameRun(toks []token, start, end int) bool {
	if end-start > 3 && toks[end-1].text == ")" && toks[end-3].text == "(" {
		end -= 3 // "… Machinists and Aerospace Workers (IAM)": the name is before its tag
	}
	of := -1
	for k := start + 1; k < end; k++ {
		if (toks[k].lower == "of" || toks[k].lower == "for") && toks[k-1].capitalised() {
			of = k
			break
		}
	}
	if of < 0 {
		return false
	}
	and := false
	for k := of + 1; k < end; k++ {
		t := toks[k]
		switch {
		case t.lower == "and":
			and = true
		case t.punct || !t.capitalised():
			return false
		}
	}
	for k := start; k < of; k++ {
		if toks[k].lower == "and" || toks[k].lower == "or" || toks[k].text == "," {
			return false
		}
	}
	return and
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

var nameParticles = lexWords("nameParticles")

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
		if k > i && (toks[k].lower == "over" || toks[k].lower == "for") && !toks[k-1].capitalised() {
			break // "criticised by residents over its parking rules": the grievance, not the source (not "Committee for …")
		}
		if k > i && (toks[k].lower == "on" || toks[k].lower == "last" || toks[k].lower == "this") && k+1 < len(toks) && (timeWord(toks[k+1]) || weekdays[toks[k+1].lower]) {
			break // "… reported by the agency on Sunday": a time phrase, not the source
		}
		k++
	}
	if k == i {
		return span{}, false
	}
	return span{toks[i].start, toks[k-1].end}, true
}

// meetingHeldTo: the cue at i is the purpose of a meeting its subject held ("held a news
// conference Monday to denounce …", "called a briefing to say …"); k is the meeting verb.
func meetingHeldTo(toks []token, i int) (int, bool) {
	if i < 3 || toks[i-1].lower != "to" {
		return i, false
	}
	j := i - 2
	for j > 0 && (timeWords[toks[j].lower] || weekdays[toks[j].lower]) {
		j--
	}
	if !meetingNouns[toks[j].lower] {
		return i, false
	}
	for j > 0 && meetingModifiers[toks[j-1].lower] {
		j--
	}
	if j > 0 && meetingVerbs[toks[j-1].lower] {
		return j - 1, true
	}
	return i, false
}

var meetingNouns, meetingModifiers, meetingVerbs = lexWords("meetingNouns"), lexWords("meetingModifiers"), lexWords("meetingVerbs")

// conjunctReaches: the phrase after an "and" runs up to the cue at limit, past the
// auxiliaries before it ("Refugees and rights groups have complained").
func conjunctReaches(toks []token, k, limit int) bool {
	e := readNounPhrase(toks, k, limit)
	if e == limit {
		return true
	}
	if e == k || limit >= len(toks) {
		return false
	}
	for j := e; j < limit; j++ {
		if !auxiliaries[toks[j].lower] {
			return false
		}
	}
	return true
}

// chainWords lead a verb chain up to its cue ("went on to say", "took to Twitter to say",
// "was quick to point out").
var chainWords = lexWords("chainWords")

// chainStart is where the verb chain of the cue at i begins (i itself when there is none).
func chainStart(toks []token, i int) int {
	if k, ok := meetingHeldTo(toks, i); ok {
		return k
	}
	if i < 2 || toks[i-1].lower != "to" || !chainBeforeTo[toks[i-2].lower] {
		return i
	}
	k := i - 1
	for k > 0 && (chainWords[toks[k-1].lower] || chainBeforeTo[toks[k-1].lower]) {
		k--
	}
	return k
}
