// Stage 4, cues: tokens → reporting cues. cueAt finds the longest cue of the cue lexicon at a
// token ("said", "according to", "did not confirm") and rejects the uses that are not a verb of
// saying: nouns ("these claims", "a talk show"), passives ("were reported"), participles
// ("footage verified by Reuters"), adjectives ("11 confirmed cases"), acts rather than findings
// ("the team found the tomb"). A cue's kind says where its source stands (before it, after it,
// or relaying); its stance says what the source does with the claim.

package extract

import "strings"

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

func cues(kind cueKind, stance string, phrases ...string) []cue {
	out := make([]cue, len(phrases))
	for i, p := range phrases {
		out[i] = cue{words: splitWords(p), kind: kind, stance: stance}
	}
	return out
}

// cueLexicon, longest phrases first within each group so that "provided documented evidence"
// wins over "provided".
var cueLexicon = concat(
	cues(cuePrep, "asserts", "according to", "seen by", "cited by", "quoted by", "obtained by", "reviewed by", "in a report by", "in a statement by", "as reported by",
		// a passive verb of saying names its source after "by" ("first reported by a local station")
		"described by", "reported by", "first reported by", "confirmed by", "announced by", "stated by", "estimated by", "claimed by",
		"alleged by", "revealed by", "disclosed by", "published by", "released by",
		// "…, citing people familiar with the matter": whom the speaker relays
		"citing"),
	cues(cueRelay, "asserts", "reports that", "reported that", "reports", "reported", "report that", "report"),
	cues(cueVerb, "denies", "denied", "denies", "deny", "denying", "rejecting", "dismissing", "denounced", "denounces", "rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss", "refuted", "refutes", "refute", "disputed", "disputes", "dispute",
		"contradicted", "contradicts", "doubted", "doubts", "questioned", "questions", "challenged", "challenges"),
	// saying that one cannot say: the source answers the claim without settling it
	cues(cueVerb, "cannot-determine", "did not specify", "has not confirmed", "have not confirmed", "had not confirmed", "did not confirm",
		"would not confirm", "could not confirm", "declined to confirm", "did not disclose", "would not disclose", "did not name", "would not name",
		"declined to name", "did not identify", "would not identify"),
	cues(cueVerb, "accuses", "accused", "accuses", "accuse", "alleged", "alleges", "allege", "blamed", "blames", "blame", "held responsible",
		"charged", "indicted", "seeks arrest", "sought arrest", "issued an arrest warrant", "issued arrest warrants", "filed charges"),
	cues(cueVerb, "asserts", "provided documented evidence", "provided evidence", "presented evidence", "shared photos", "shared images", "shared video", "shared footage", "published photos",
		"said", "says", "say", "told", "tells", "stated", "states", "announced", "announces", "added", "noted", "wrote", "writes",
		"determined", "determines", "determine", "concluded", "concludes", "conclude", "found", "finds", "find",
		"confirmed", "confirms", "confirm", "revealed", "reveals", "reveal", "claimed", "claims", "claim",
		"shared", "posted", "published", "estimated", "estimates", "indicated", "indicates", "showed", "shows", "show",
		"identified", "identifies", "assessed", "assesses", "documented", "documents", "recorded", "verified", "verifies",
		"insisted", "insists", "acknowledged", "acknowledges", "admitted", "admits", "warned", "warns", "believes", "believe",
		"established", "establish", "traced", "attributed", "identify", "ascertain", "verify",
		"argue", "argues", "argued", "contend", "contends", "contended", "suggest", "suggests", "suggested", "insist",
		"condemned", "condemns", "condemn", "welcomed", "welcomes", "urged", "urges", "called for", "calls for",
		"criticised", "criticized", "criticises", "criticizes", "praised", "praises", "demanded", "demands",
		"link", "links", "linked", "tied", "ties",
		"called the move", "called the decision", "called the report", "called the ruling", "called the accusations",
		"called the allegations", "called the claims", "called the findings", "called the investigation", "described the",
		"described as", "described it as", "described them as", "characterised as", "characterized as",
		"called the video", "called the footage", "called the images", "called the photos", "called the statement",
		"called it", "called them", "called this",
		// other forms of the verbs above, and verbs of asking, promising and believing
		"adding", "adds", "telling", "noting", "calling", "cites", "arguing", "suggesting", "claiming", "warning",
		"describing", "announcing", "writing", "stating", "acknowledging", "urging", "insisting", "confirming", "explaining",
		"asked", "asks", "asking", "declaring", "expressed", "expressing", "spoke", "speaking", "talked", "talking",
		"promised", "promises", "promising", "vowed", "vows", "vowing", "pledged", "pledges", "proposed", "proposes",
		"mentioned", "mentions", "echoed", "complained", "complains", "assured", "emailed", "wrote in",
		"think", "thinks", "want", "wants", "wanted", "hoping", "expect", "expected", "expecting", "know", "knows", "knew",
		"worried", "agreed", "agrees", "feel", "feels", "felt",
		"endorsed", "endorses", "supported", "supports", "opposed", "opposes", "defended", "defends", "blasted", "slammed",
		"explained", "explains", "reaffirmed", "reaffirms", "reiterated", "reiterates", "recalled", "recalls", "cautioned", "cautions",
		"stressed", "stresses", "emphasised", "emphasized", "emphasises", "emphasizes", "asserted", "declared", "declares", "maintained", "maintains",
		"conceded", "concedes", "disclosed", "discloses", "tweeted", "testified", "testifies", "predicted", "predicts", "forecast", "forecasts",
		"tallied", "counted", "hope", "hopes", "hoped", "fear", "fears", "feared", "expects", "projected", "projects", "pointed out", "points out",
		"replied", "informed", "briefed", "advised", "advises", "discovered", "discovers",
		"call it", "calls it", "described", "describes",
		"estimate", "called", "saying", "ranked", "ranks", "rated", "rates", "put the death toll", "put the toll", "put the number", "put the figure", "gave a death toll", "gave a toll"),
)

func concat(groups ...[]cue) []cue {
	var out []cue
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
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

// calledObject: "called" followed by one of these names what someone called something.
var calledObject = map[string]bool{"the": true, "its": true, "his": true, "her": true, "their": true, "it": true, "them": true, "this": true, "these": true, "those": true}

// ambiguousCues are also common nouns ("fourteen states", "a talk show", "tax rates", "close
// ties"): they are cues only where a clause or an object starts after them.
var ambiguousCues = map[string]bool{"states": true, "show": true, "shows": true, "rates": true, "ranks": true, "ties": true,
	"find": true, "documents": true, "claims": true, "estimates": true, "notes": true, "want": true,
	"think": true, "know": true, "feel": true, "expect": true, "promises": true, "fears": true, "hopes": true, "supports": true,
	"claim": true, "estimate": true, "cites": true, "mentions": true, "vows": true}

// clauseStarts may follow an ambiguous cue used as a verb.
var clauseStarts = map[string]bool{"that": true, "the": true, "a": true, "an": true, "this": true, "these": true, "its": true,
	"his": true, "her": true, "their": true, "he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "no": true,
	"how": true, "why": true, "what": true, "whether": true, "who": true, "there": true, "some": true, "more": true, "most": true}

// startsClause: the words at k can open a clause or an object (the test for ambiguous cues).
func startsClause(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return clauseStarts[t.lower] || !t.punct && (t.capitalised() || t.number())
}

// Verbs of saying, which may come before their subject: "…," said the minister.
var sayingVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true, "noted": true,
	"stated": true, "insisted": true, "warned": true, "explained": true, "according": true, "tweeted": true, "reports": true,
	"reported": true, "writes": true, "explains": true, "adds": true, "recalled": true, "cautioned": true, "stressed": true}

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

func containsCue(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if _, _, ok := cueAt(toks, k); ok {
			return true
		}
	}
	return false
}
