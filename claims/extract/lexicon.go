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

var navigationLine = regexp.MustCompile(`(?i)^(?:related|read also|see also|more on this|read more|tags?|share|advertisement)\s*:?\s*$`)

// Anaphoric heads: a noun phrase made of these points back to a source named earlier.
var anaphoricHeads = map[string][]string{
	"monitors": {"intergovernmental-monitor"}, "monitor": {"intergovernmental-monitor"},
	"panel": {"intergovernmental-monitor"}, "experts": {"intergovernmental-monitor", "court/investigator"},
	"inspectors": {"intergovernmental-monitor", "court/investigator"}, "mission": {"intergovernmental-monitor"},
	"investigators": {"court/investigator", "intergovernmental-monitor", "ngo"},
	"team":          {"intergovernmental-monitor", "court/investigator", "ngo"},
	"report":        {"intergovernmental-monitor", "court/investigator", "ngo"},
	"study":         {"ngo", "court/investigator"}, "investigation": {"court/investigator", "intergovernmental-monitor"},
	"analysis":     {"ngo", "court/investigator", "intergovernmental-monitor"},
	"organisation": {"intergovernmental-monitor", "ngo", "court/investigator"}, "organization": {"intergovernmental-monitor", "ngo", "court/investigator"},
	"agency": {"intergovernmental-monitor", "wire-agency", "government"}, "watchdog": {"intergovernmental-monitor"},
	"court": {"court/investigator"}, "commission": {"court/investigator", "intergovernmental-monitor"},
	"ministry": {"government"}, "government": {"government"}, "officials": {"government"}, "authorities": {"government", "police"},
	"military": {"military"}, "army": {"military"}, "forces": {"military"}, "police": {"police"},
	"group":  {"ngo", "court/investigator", "intergovernmental-monitor"},
	"outlet": {"media", "wire-agency"}, "newspaper": {"media"}, "portal": {"media"}, "channel": {"media", "state-media"},
}

// Document nouns: "according to a confidential assessment" names where a claim was read, not
// who made it, when the sentence also names who made it.
var documentNouns = map[string]bool{"assessment": true, "report": true, "document": true, "documents": true, "memo": true,
	"dossier": true, "study": true, "analysis": true, "data": true, "records": true, "letter": true, "cable": true, "briefing": true}

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

// Verbs of saying, which may come before their subject: "…," said the minister.
var sayingVerbs = map[string]bool{"said": true, "says": true, "told": true, "added": true, "wrote": true, "noted": true,
	"stated": true, "insisted": true, "warned": true, "explained": true, "according": true, "tweeted": true, "reports": true,
	"reported": true, "writes": true, "explains": true, "adds": true, "recalled": true, "cautioned": true, "stressed": true}

// Heads that make a phrase a body of its own: "the European Union monitoring mission" is not
// the European Union.
var orgHeads = map[string]bool{"mission": true, "office": true, "delegation": true, "commission": true, "committee": true,
	"council": true, "agency": true, "ministry": true, "service": true, "department": true, "court": true, "team": true,
	"panel": true, "centre": true, "center": true, "institute": true, "unit": true, "command": true, "authority": true}

// Pronouns that refer back to the last source.
var pronouns = map[string]bool{"they": true, "he": true, "she": true, "it": true}

// Words that are never a source by themselves.
var nonSources = map[string]bool{
	"evidence": true, "it": true, "this": true, "that": true, "there": true, "which": true, "who": true,
	"data": true, "reports": true, "some": true, "many": true, "others": true,
	"images": true, "photos": true, "video": true, "footage": true, "documents": true, "records": true,
	"figures": true, "studies": true, "tests": true, "results": true, "findings": true,
	// the writer and the reader are not sources
	"we": true, "i": true, "you": true, "us": true, "one": true, "everyone": true, "everybody": true, "nobody": true, "anyone": true, "anybody": true, "someone": true,
}

// Leading words a subject noun phrase sheds: adverbs, conjunctions, quantifiers.
var leadingNoise = map[string]bool{
	"earlier": true, "later": true, "however": true, "meanwhile": true, "separately": true, "also": true,
	"already": true, "previously": true, "recently": true, "now": true, "then": true, "and": true, "but": true,
	"both": true, "while": true, "moreover": true, "furthermore": true, "still": true, "yet": true, "so": true,
	"in": true, "on": true, "at": true, "last": true, "this": true, "since": true, "after": true, "before": true,
	"what": true, "first": true, "once": true, "initially": true, "originally": true,
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
