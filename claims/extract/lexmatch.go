// Stage 3b, lexicon matching: tokens → hits. Every phrase lexicon (hedges, evidence, stance,
// boilerplate, …; the "phrases" section of lexicon.yaml) is matched against a sentence's tokens
// in one pass, one map lookup per token. Later stages ask the hits ("has the sentence a hedge?")
// instead of reading the words again.

package extract

import (
	"slices"
	"strings"
)

// The lexicons are matched on tokens, in one pass per sentence, with one map lookup per token:
// regular expressions with large case-insensitive alternations cost twenty times more, and
// extraction must read several megabytes a second.

type lexID uint8

const (
	lexHedge lexID = iota
	lexPhysical
	lexInspectVerb
	lexForensic
	lexDocuments
	lexImagery
	lexTestimony
	lexStatement
	lexOpenSource
	lexAppeal
	lexAddress
	lexOpinion
	lexResponsibility
	lexProvenance
	lexLegal
	lexEvent
	lexCannot
	lexNegative
	lexDismissTarget
	lexDismissWord
	lexRespUnknown
	lexAnaphoricObject
	lexQuantityNoun
	lexNumber
	lexWeapon
	lexUsing
	lexLocal
	lexSelfClaim
	lexAccusatory
	lexMilitant
	lexNoComment
	lexPledge
	numLex
)

// lexiconSpecs: each spec is words separated by spaces; "(a|b)" is a choice, "(a|b)?" an
// optional choice, and a trailing * makes a word a stem ("accus*" matches "accused").
var lexiconSpecs = map[lexID][]string{
	lexHedge: {"evidence (suggests|indicates)", "(was|were|is|are|most) likely", "likely to have", "reportedly", "allegedly",
		"apparently", "purportedly", "supposedly", "probably", "presumably", "it is (widely|generally)? believed",
		"(is|are) (widely|generally)? believed to", "it is thought", "(is|are) thought to", "(thought|believed) to be",
		"with a high degree of probability", "in all likelihood", "preliminary", "unconfirmed", "it appears", "(appears|appear|seems|seem) to",
		"it is understood", "(is|are) said to", "it is alleged", "(experts|observers|critics|analysts|researchers) (say|said)", "some say",
		"(purports|purported|claims|claimed) to (show|be)"},
	lexPhysical:    {"visited", "inspected", "inspecting", "inspection", "examined", "examining", "examine", "on-site", "on site", "at the scene", "wreckage", "debris", "remnants", "fragments"},
	lexInspectVerb: {"visited", "inspected", "inspecting", "examined", "examining", "examine", "inspect", "analysed", "analyzed", "on-site", "on site", "at the scene"},
	lexForensic:    {"sample*", "laborator*", "forensic*", "test", "tests", "chemical analysis", "serial number*"},
	lexDocuments:   {"document", "documents", "documented", "documentary", "records", "report", "dossier", "files", "letter", "letters"},
	lexImagery:     {"photo", "photos", "photograph*", "image", "images", "imagery", "video*", "footage", "satellite"},
	lexTestimony:   {"witness*", "testimon*", "survivor*", "interview*", "eyewitness*"},
	lexStatement:   {"statement", "press conference", "told reporters", "briefing", "facebook", "telegram", "post on", "posted on", "spokes*"},
	lexOpenSource:  {"open-source", "open source", "geolocat*", "social media analysis", "osint"},
	lexAppeal: {"donat*", "patron", "patrons", "subscri*", "membership", "become a member", "join our", "support (us|our)", "help us",
		"sign up", "newsletter", "share this", "follow us", "read more", "click here", "all rights reserved", "advertisement",
		"close this page", "reader-funded", "reader funded", "our (team|reporting|journalism|community|readers)"},
	lexAddress: {"you", "your", "yours", "we", "our", "us"},
	lexOpinion: {"should", "must", "ought to", "in my (view|opinion)", "i think", "i believe", "we believe", "it is time", "shame", "outrageous", "disgrace*"},
	lexResponsibility: {"accus*", "blam*", "responsible for", "responsibility for", "carried out", "ordered", "behind the", "launched by", "fired by",
		"supplied", "provided", "providing", "supplying", "delivered", "delivering", "transferred", "transferring", "suspected of",
		"on the (instructions|orders) of", "at the behest of"},
	lexProvenance: {"originat*", "made (in|by)", "manufactur*", "belongs to", "belong to", "belonged to", "came from", "comes from", "come from",
		"produced (in|by)", "traced (to|back)"},
	lexLegal: {"violat*", "breach*", "illegal*", "unlawful*", "war crime", "war crimes", "crime against humanity", "crimes against humanity", "genocide", "contraven*", "in violation"},
	lexEvent: {"struck", "strike", "strikes", "attack", "attacked", "attacks", "hit", "targeted", "destroyed", "damaged", "fired", "launched",
		"shelled", "bombed", "killed", "vetoed", "visited", "tested", "expire", "expires", "expired", "signed", "seized", "captured",
		"shot down", "intercepted", "exploded", "crashed", "arrested", "sentenced", "imposed", "invaded", "withdrew", "deployed",
		"happened", "occurred", "took place"},
	lexCannot: {"(could|did|does|do|can) not (independently|yet|immediately)? (identify|determine|confirm|verify|establish|attribute|ascertain|corroborate)",
		"(couldn't|cannot|can't|didn't) (independently|yet|immediately)? (identify|determine|confirm|verify|establish|attribute|ascertain|corroborate)",
		"(was|were|is|are|been|not) unable to (independently|yet|immediately)? (identify|determine|confirm|verify|establish|attribute|ascertain|corroborate)",
		"unable to (independently|yet|immediately)? (identify|determine|confirm|verify|establish|attribute|ascertain|corroborate)",
		"(have|has) not been able to (identify|determine|confirm|verify|establish|attribute)",
		"not (yet)? (able|possible) to (identify|determine|confirm|verify|establish|attribute)", "impossible to (identify|determine|confirm|verify)",
		"found no (evidence|proof|indication)", "no evidence (linking|that|of)", "not (yet)? reached (a|any) (conclusion|conclusions)",
		"too early to (say|determine|tell)", "(still|are|is) (working|trying|seeking) to (determine|establish|identify|confirm|understand)",
		"(doesn't|don't|didn't) know (how|why|who|what|whether|if|when|where)", "(does|do|did) not know (how|why|who|what|whether|if|when|where)", "still investigating",
		"(remains|remain|remained) under investigation", "(is|are|was|were) not (yet)? known", "(is|was) unclear", "(is|was) not (yet)? clear", "still no", "(could|can|cannot|may) not be (ruled|excluded)", "cannot be (ruled|excluded)", "(did|could|does|can) not (see|say|tell|know) who", "(has|have|had) not (yet)? (determined|established|concluded)"},
	lexNegative: {"found no (trace|traces|sign|signs|residue)", "ruled out", "found (nothing|none)",
		"(does|did|do) not (show|match|depict)", "not authentic", "(was|were|is|are) (doctored|fabricated|staged|misattributed)", "falsely",
		// a party saying it did not do what it is accused of
		"(had|has|have|did|was|were) not (targeted|attacked|fired|struck|shelled|bombed|used|supplied|sold|exported|delivered|ordered|deployed)",
		"(had|has|have|was|were) not been involved", "never (targeted|attacked|fired|used|supplied|sold|exported)", "no involvement",
		// refusing a result or finding
		"(unwilling|refused|refuses|refuse) to (accept|recognise|recognize)", "(does|did|do|will|would) not (accept|recognise|recognize)",
		"(won't|wouldn't|doesn't|didn't) (accept|recognise|recognize)", "skeptical", "sceptical"},
	lexDismissTarget: {"investigation", "inquiry", "report", "findings", "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges", "move", "ruling", "decision", "warrant", "warrants", "video", "footage", "clip", "images", "photos", "statement", "conclusions", "conclusion", "assessment"},
	lexDismissWord: {"politically motivated", "fabricat*", "fake", "baseless", "unfounded", "groundless", "a provocation", "staged", "lies", "absurd", "false", "disinformation", "propaganda", "void", "null and void", "illegitimate", "meaningless", "outrageous",
		"unsubstantiated", "unfounded", "untrue", "a lie", "slander*", "biased"},
	lexRespUnknown:     {"responsib*", "linking", "link", "launch*", "perpetrat*", "who", "behind", "carried out", "culprit*", "parties"},
	lexAnaphoricObject: {"(these|those|the|such|any) (allegation|allegations|accusation|accusations|claim|claims|charge|charges|report|reports|involvement)", "any involvement"},
	lexQuantityNoun: {"killed", "dead", "death", "deaths", "died", "injured", "injuries", "wounded", "casualties", "people", "civilians", "soldiers", "troops",
		"children", "victims", "hostages", "prisoners", "refugees", "displaced", "homes", "buildings", "missiles", "drones", "rockets", "shells",
		"tonnes", "tons", "percent", "per cent", "%"},
	lexNumber: {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
		"thirty", "forty", "fifty", "hundred", "dozen", "dozens", "hundreds", "thousands", "millions"},
	lexWeapon: {"missile", "missiles", "drone", "drones", "rocket", "rockets", "shell", "shells", "munition", "munitions", "ammunition",
		"warhead", "warheads", "weapon", "weapons", "bomb", "bombs", "artillery"},
	lexUsing: {"use", "used", "uses", "using", "fired", "fires", "opened", "launched", "launches", "attacked", "attacks",
		"struck", "strikes", "shelled", "shells", "bombed", "targeted", "targets"},
	// a note that someone did not answer, or that something is not known: not a claim
	lexNoComment: {"(declined|refused|declines|refuses) to (comment|elaborate|discuss)", "could not be reached", "(did|does) not (immediately)? (respond|reply|return)",
		"no immediate comment", "(was|is) not immediately (clear|known|available)", "it (was|is) unclear", "it (was|is) not clear",
		"(did|would) not say (when|whether|how|why|if|who|what|where)", "request for comment", "(was|were) not available for comment",
		"(has|have|had) not commented", "(did|does) not comment", "no comment"},
	// a speaker's pledge, appeal or sentiment in the first person: not a check-worthy fact
	lexPledge: {"(we|i) (will|shall|want|wish|hope|appeal|urge|grieve|mourn|pray|thank|promise|vow|pledge|intend|must)", "we'll", "i'll",
		"(we|i) (are|am) going to", "(we|i) call on", "(we|i) need to", "our thoughts", "(we|i) would like to"},
	lexAccusatory: {"suspected of", "accused of", "charged with", "blamed for", "held responsible for",
		// wrongdoing imputed to someone: saying it accuses them
		"stole", "steal", "stolen", "manipulat*", "rigged", "rigging", "fraud*", "corrupt*", "brib*", "embezzl*", "racketeer*",
		"launder*", "extort*", "misconduct", "cover-up", "covered up", "falsified", "plotted", "masterminded", "additional charges",
		"more charges", "new charges"},
	// the target of an act is an armed group: striking it is reported, not imputed as a wrong
	lexMilitant:  {"militant*", "insurgent*", "terrorist*", "jihadist*", "al-qaida", "al-qaeda", "qaeda", "isis", "isis-k", "islamic state"},
	lexSelfClaim: {"(claimed|claims|claim|took|takes|accepted|accepts|acknowledged|acknowledges) responsibility", "admitted", "admits", "admit"},
	lexLocal: {"regional", "local", "city", "municipal", "district", "provincial", "oblast", "governor", "mayor", "police", "council",
		"administration", "emergency services", "rescuers", "hospital"},
}

type lexEntry struct {
	lex   lexID
	words []string // after the first
	stems []bool
}

type lexMatcher struct {
	exact map[string][]lexEntry // by first word
	stems map[string][]lexEntry // by the first three letters of a first-word stem
	first map[string]string     // stem first words, by their three-letter key
}

var lexicons = buildMatcher()

func buildMatcher() *lexMatcher {
	m := &lexMatcher{exact: map[string][]lexEntry{}, stems: map[string][]lexEntry{}}
	for lex, specs := range lexiconSpecs {
		var all []string
		for _, spec := range specs {
			all = append(all, spec)
			if strings.Contains(spec, "'") {
				all = append(all, strings.ReplaceAll(spec, "'", "’")) // "couldn’t" as typeset
			}
		}
		for _, spec := range all {
			for _, words := range expand(strings.Fields(spec)) {
				e := lexEntry{lex: lex}
				stems := make([]bool, len(words))
				for i, w := range words {
					if strings.HasSuffix(w, "*") {
						words[i] = strings.TrimSuffix(w, "*")
						stems[i] = true
					}
				}
				e.words, e.stems = words, stems
				if stems[0] {
					key := prefixKey(words[0])
					m.stems[key] = append(m.stems[key], e)
				} else {
					m.exact[words[0]] = append(m.exact[words[0]], e)
				}
			}
		}
	}
	return m
}

func prefixKey(w string) string {
	if len(w) > 3 {
		return w[:3]
	}
	return w
}

// expand turns "(a|b)? c" into [[a c] [b c] [c]].
func expand(parts []string) [][]string {
	out := [][]string{{}}
	for _, p := range parts {
		var options []string
		optional := false
		if strings.HasPrefix(p, "(") {
			body := strings.TrimPrefix(p, "(")
			if strings.HasSuffix(body, ")?") {
				optional = true
				body = strings.TrimSuffix(body, ")?")
			} else {
				body = strings.TrimSuffix(body, ")")
			}
			options = strings.Split(body, "|")
		} else {
			options = []string{p}
		}
		var next [][]string
		for _, prefix := range out {
			for _, o := range options {
				next = append(next, append(append([]string{}, prefix...), o))
			}
			if optional {
				next = append(next, append([]string{}, prefix...))
			}
		}
		out = next
	}
	return out
}

// hit is a lexicon match: tokens [start, end).
type hit struct{ start, end int }

// hits are a sentence's lexicon matches, by lexicon.
type hits [numLex][]hit

func (h *hits) has(l lexID) bool { return len(h[l]) > 0 }

func wordMatches(tok, want string, stem bool) bool {
	if stem {
		return strings.HasPrefix(tok, want)
	}
	return tok == want
}

// scan matches every lexicon against toks.
func (m *lexMatcher) scan(toks []token) *hits {
	return m.scanInto(new(hits), toks)
}

// scanInto is scan reusing h's storage: one hits value serves every sentence of a document.
func (m *lexMatcher) scanInto(h *hits, toks []token) *hits {
	for l := range h {
		h[l] = h[l][:0]
	}
	for i, t := range toks {
		w := possessive(t.lower)
		m.try(h, toks, i, m.exact[w])
		if t.lower != w {
			m.try(h, toks, i, m.exact[t.lower])
		}
		if len(w) >= 3 {
			for _, e := range m.stems[prefixKey(w)] {
				if strings.HasPrefix(w, e.words[0]) {
					m.try(h, toks, i, []lexEntry{e})
				}
			}
		}
		if t.number() {
			h[lexNumber] = append(h[lexNumber], hit{i, i + 1})
		}
	}
	// "US" is the country, not the reader.
	h[lexAddress] = slices.DeleteFunc(h[lexAddress], func(x hit) bool { return toks[x.start].text == "US" })
	return h
}

func (m *lexMatcher) try(h *hits, toks []token, i int, entries []lexEntry) {
	for _, e := range entries {
		n := len(e.words)
		if i+n > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if !wordMatches(toks[i+k].lower, e.words[k], e.stems[k]) {
				ok = false
				break
			}
		}
		if ok {
			h[e.lex] = append(h[e.lex], hit{i, i + n})
		}
	}
}

// wordIn reports whether a single lower-case word belongs to a lexicon.
func wordIn(l lexID, w string) bool {
	for _, e := range lexicons.exact[w] {
		if e.lex == l && len(e.words) == 1 {
			return true
		}
	}
	for _, e := range lexicons.stems[prefixKey(w)] {
		if e.lex == l && len(e.words) == 1 && strings.HasPrefix(w, e.words[0]) {
			return true
		}
	}
	return false
}

func anyWordIn(l lexID, words []string) bool {
	for _, w := range words {
		if wordIn(l, strings.Trim(possessive(lowerWord(w)), ".,;:")) {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	return w != "" && w[0] >= '0' && w[0] <= '9' || wordIn(lexNumber, w)
}
