package extract

import "regexp"

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
	cues(cuePrep, "asserts", "according to", "seen by", "cited by", "quoted by", "obtained by", "reviewed by", "in a report by", "in a statement by", "as reported by"),
	cues(cueRelay, "asserts", "reports that", "reported that", "reports", "reported", "report that"),
	cues(cueVerb, "denies", "denied", "denies", "deny", "rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss", "refuted", "refutes", "refute", "disputed", "disputes", "dispute"),
	cues(cueVerb, "accuses", "accused", "accuses", "accuse", "alleged", "alleges", "allege", "blamed", "blames", "blame", "held responsible"),
	cues(cueVerb, "asserts", "provided documented evidence", "provided evidence", "presented evidence", "shared photos", "shared images", "shared video", "shared footage", "published photos",
		"said", "says", "say", "told", "tells", "stated", "states", "announced", "announces", "added", "noted", "wrote", "writes",
		"determined", "determines", "determine", "concluded", "concludes", "conclude", "found", "finds", "find",
		"confirmed", "confirms", "confirm", "revealed", "reveals", "reveal", "claimed", "claims", "claim",
		"shared", "posted", "published", "estimated", "estimates", "indicated", "indicates", "showed", "shows", "show",
		"identified", "identifies", "assessed", "assesses", "documented", "documents", "recorded", "verified", "verifies",
		"insisted", "insists", "acknowledged", "acknowledges", "admitted", "admits", "warned", "warns", "believes", "believe",
		"established", "establish", "traced", "attributed", "identify", "ascertain", "verify",
		"argue", "argues", "argued", "contend", "contends", "contended", "suggest", "suggests", "suggested", "insist"),
)

func concat(groups ...[]cue) []cue {
	var out []cue
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// cannotDetermine marks a source saying it could not establish something.
var cannotDetermine = regexp.MustCompile(`(?i)\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|unable to|did not|didn't|have not been able to|has not been able to|not able to|not yet able to|not possible to|impossible to)\s+(?:independently\s+|yet\s+|immediately\s+)?(?:identify|determine|confirm|verify|establish|attribute|ascertain|corroborate|say who)\b|\bfound no (?:evidence|proof|indication)\b|\bno evidence (?:linking|that|of)\b`)

// negativeFinding marks a source that looked and found the opposite: a denial on evidence.
var negativeFinding = regexp.MustCompile(`(?i)\bfound no (?:trace|traces|sign|signs|residue)\b|\bruled out\b|\bfound (?:nothing|none)\b`)

// hedgeLexicon: words that signal the writer does not stand behind a claim or cannot say who does.
var hedgeLexicon = regexp.MustCompile(`(?i)\b(?:evidence suggests|evidence indicates|reportedly|allegedly|apparently|purportedly|supposedly|probably|presumably|it is (?:widely |generally )?believed|is (?:widely |generally )?believed to|are believed to|it is thought|is thought to|are thought to|thought to be|believed to be|with a high degree of probability|in all likelihood|preliminary|unconfirmed|it appears|appears to|appear to|seems to|seem to|it is understood|is said to|are said to|it is alleged|sources say|sources said|experts say|some say|observers say|critics say)\b`)

// Evidence, by type.
var evidenceLexicon = []struct {
	kind string
	re   *regexp.Regexp
}{
	{"physical-inspection", regexp.MustCompile(`(?i)\b(?:visited|inspected|inspecting|inspection|examined|examining|examine|on[- ]site|at the scene|wreckage|debris|remnants|fragments)\b`)},
	{"forensic-analysis", regexp.MustCompile(`(?i)\b(?:samples?|laborator(?:y|ies)|forensic|analysed|analyzed|tests? (?:showed|confirmed|found)|chemical analysis|serial numbers?)\b`)},
	{"documents", regexp.MustCompile(`(?i)\b(?:documents?|documented|documentary|records|report|dossier|files|letters?)\b`)},
	{"imagery", regexp.MustCompile(`(?i)\b(?:photos?|photographs?|images?|imagery|video|footage|satellite)\b`)},
	{"testimony", regexp.MustCompile(`(?i)\b(?:witness(?:es)?|testimon(?:y|ies)|survivors?|interviews?|eyewitness(?:es)?)\b`)},
	{"statement", regexp.MustCompile(`(?i)\b(?:statement|press conference|told reporters|briefing|facebook|telegram|post on|posted on|spokes(?:man|woman|person))\b`)},
	{"open-source-analysis", regexp.MustCompile(`(?i)\b(?:open[- ]source|geolocat\w*|social media analysis|osint)\b`)},
}

// Words that only support physical-inspection when the source itself did the looking.
var inspectionVerb = regexp.MustCompile(`(?i)\b(?:visited|inspected|inspecting|examined|examining|examine|inspect|analysed|analyzed|on[- ]site|at the scene)\b`)

// Boilerplate: reader appeals, donation blocks, navigation.
var appealLexicon = regexp.MustCompile(`(?i)\b(?:donat\w*|patrons?|subscri\w*|membership|become a member|join our|support (?:us|our)|help us|sign up|newsletter|share this|follow us|read more|click here|all rights reserved|advertisement|close this page|reader[- ]funded|our (?:team|reporting|journalism|community|readers))\b`)

var navigationLine = regexp.MustCompile(`(?i)^(?:related|read also|see also|more on this|read more|tags?|share|advertisement)\s*:?\s*$`)

// Second person and first-person plural addresses the reader, not the record.
var addressLexicon = regexp.MustCompile(`(?i)\b(?:you|your|yours|we|our|us)\b`)

var opinionLexicon = regexp.MustCompile(`(?i)\b(?:should|must|ought to|in my (?:view|opinion)|i think|i believe|we believe|it is time|shame|outrageous|disgrace\w*)\b`)

// Kind markers, tried in order by classify.
var (
	responsibilityMarker = regexp.MustCompile(`(?i)\b(?:accus\w*|blam\w*|responsible for|responsibility for|carried out|ordered|behind the|launched by|fired by|supplied|provided|providing|supplying|deliver(?:ed|ing)|transferr?(?:ed|ing)|suspected of|on the (?:instructions|orders) of|at the behest of)\b`)
	partyUsing           = regexp.MustCompile(`(?i)\b(?:use[ds]?|using)\b`)
	provenanceMarker     = regexp.MustCompile(`(?i)\b(?:originat\w*|[a-z]+-made|made (?:in|by)|manufactur\w*|belongs? to|belonged to|came from|comes? from|produced (?:in|by)|of \w+ origin|traced (?:to|back))\b`)
	weaponNoun           = regexp.MustCompile(`(?i)\b(?:missiles?|drones?|rockets?|shells?|munitions?|ammunition|warheads?|weapons?|bombs?|artillery)\b`)
	legalMarker          = regexp.MustCompile(`(?i)\b(?:violat\w*|breach\w*|illegal\w*|unlawful\w*|war crimes?|crimes? against humanity|genocide|contraven\w*|in violation)\b`)
	quantityNoun         = regexp.MustCompile(`(?i)\b(?:killed|dead|deaths?|died|injured|injuries|wounded|casualties|people|civilians|soldiers|troops|children|victims|hostages|prisoners|refugees|displaced|homes|buildings|missiles|drones|rockets|shells|tonnes|tons|percent|per cent)\b|%`)
	numberWord           = regexp.MustCompile(`(?i)\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens?|hundreds|thousands|millions)\b`)
	eventMarker          = regexp.MustCompile(`(?i)\b(?:struck|strikes?|attack(?:ed|s)?|hit|targeted|destroyed|damaged|fired|launched|shelled|bombed|killed|vetoed|visited|tested|expire[sd]?|signed|seized|captured|shot down|intercepted|exploded|crashed|arrested|sentenced|imposed|invaded|withdrew|deployed|happened|occurred|took place)\b`)
)

// Cannot-determine statements about who did something are about responsibility.
var responsibilityUnknown = regexp.MustCompile(`(?i)\b(?:responsib\w*|linking|link|launch\w*|perpetrat\w*|who|behind|carried out|culprits?|parties)\b`)

var forensicWords = regexp.MustCompile(`(?i)\b(?:samples?|laborator\w*|forensic|tests?|chemical analysis|serial)`)

// Anaphoric heads: a noun phrase made of these points back to a source named earlier.
var anaphoricHeads = map[string][]string{
	"monitors": {"intergovernmental-monitor"}, "monitor": {"intergovernmental-monitor"},
	"panel": {"intergovernmental-monitor"}, "experts": {"intergovernmental-monitor", "court/investigator"},
	"inspectors": {"intergovernmental-monitor", "court/investigator"}, "mission": {"intergovernmental-monitor"},
	"investigators": {"court/investigator", "intergovernmental-monitor", "ngo"},
	"team":          {"intergovernmental-monitor", "court/investigator", "ngo"},
	"report":        {"intergovernmental-monitor", "court/investigator", "ngo"},
	"study":         {"ngo", "court/investigator"}, "investigation": {"court/investigator", "intergovernmental-monitor"},
	"organisation": {"intergovernmental-monitor", "ngo", "court/investigator"}, "organization": {"intergovernmental-monitor", "ngo", "court/investigator"},
	"agency": {"intergovernmental-monitor", "wire-agency", "government"}, "watchdog": {"intergovernmental-monitor"},
	"court": {"court/investigator"}, "commission": {"court/investigator", "intergovernmental-monitor"},
	"ministry": {"government"}, "government": {"government"}, "officials": {"government"}, "authorities": {"government", "police"},
	"military": {"military"}, "army": {"military"}, "forces": {"military"}, "police": {"police"},
	"outlet": {"media", "wire-agency"}, "newspaper": {"media"}, "portal": {"media"}, "channel": {"media", "state-media"},
}

// Document nouns: "according to a confidential assessment" names where a claim was read, not
// who made it, when the sentence also names who made it.
var documentNouns = map[string]bool{"assessment": true, "report": true, "document": true, "documents": true, "memo": true,
	"dossier": true, "study": true, "analysis": true, "data": true, "records": true, "letter": true, "cable": true, "briefing": true}

// Pronouns that refer back to the last source.
var pronouns = map[string]bool{"they": true, "he": true, "she": true, "it": true}

// Words that are never a source by themselves.
var nonSources = map[string]bool{
	"evidence": true, "it": true, "this": true, "that": true, "there": true, "which": true, "who": true,
	"data": true, "analysis": true, "reports": true, "some": true, "many": true, "others": true,
	"images": true, "photos": true, "video": true, "footage": true, "documents": true, "records": true,
	"figures": true, "studies": true, "tests": true, "results": true, "findings": true,
	// the writer and the reader are not sources
	"we": true, "i": true, "you": true, "us": true, "one": true,
}

// Leading words a subject noun phrase sheds: adverbs, conjunctions, quantifiers.
var leadingNoise = map[string]bool{
	"earlier": true, "later": true, "however": true, "meanwhile": true, "separately": true, "also": true,
	"already": true, "previously": true, "recently": true, "now": true, "then": true, "and": true, "but": true,
	"both": true, "while": true, "moreover": true, "furthermore": true, "still": true, "yet": true, "so": true,
	"in": true, "on": true, "at": true, "last": true, "this": true, "since": true, "after": true, "before": true,
}

// Words between a subject and its verb that do not end the subject's claim to it.
var auxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "also": true, "already": true, "previously": true, "repeatedly": true,
	"later": true, "earlier": true, "would": true, "will": true, "could": true, "may": true, "might": true,
	"not": true, "never": true, "recently": true, "then": true, "now": true, "again": true, "publicly": true,
	"independently": true, "officially": true, "strongly": true, "both": true, "all": true, "separately": true,
	"reportedly": true, "allegedly": true, "apparently": true, "jointly": true, "swiftly": true, "quickly": true,
	"did": true, "does": true, "do": true, "is": true, "are": true, "was": true, "were": true, "been": true,
}

// Verbs that end a subject noun phrase (besides the cues).
var clauseVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true, "will": true,
	"would": true, "could": true, "can": true, "may": true, "might": true, "did": true, "does": true, "do": true,
	"visited": true, "met": true, "went": true, "came": true, "took": true, "made": true, "gave": true,
	"who": true, "which": true, "that": true, "whose": true,
}

// Heads that make an unknown source local to the place the story is about.
var localAuthority = regexp.MustCompile(`(?i)\b(?:regional|local|city|municipal|district|provincial|oblast|governor|mayor|police|council|administration|emergency services|rescuers|hospital)\b`)

// Objects that make a denial answer earlier allegations.
var anaphoricObject = regexp.MustCompile(`(?i)\b(?:these|those|the|such|any) (?:allegations?|accusations?|claims?|charges?|reports?|involvement)\b|\bany involvement\b|\bthe accusation\b`)
