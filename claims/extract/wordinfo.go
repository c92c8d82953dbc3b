// Stage 3b, word information: what the lexicon knows about a lower-case word, looked up once
// per token when it is made. Hashing the same word into a dozen maps — the cue index, the
// lexicon matcher, the word classes the noun-phrase and scene readers ask about — was a fifth
// of extraction time; a token now carries a pointer to its word's entry.

package extract

// wordInfo is the lexicon's entry for one lower-case word.
type wordInfo struct {
	cues    []int       // cue lexicon positions of the cues that begin with the word (cuesByFirst)
	entries *entryGroup // lexicon entries that begin with the word (lexMatcher.grouped)
	classes wordClass   // the word lists registered with classOf that hold the word
}

// wordClass is a set of word lists, one bit each.
type wordClass uint64

var classSets []map[string]bool

// classOf registers a word list whose membership hot loops ask per token: the answer is then
// a bit of the token's wordInfo rather than a map lookup. At most 64 lists.
func classOf(set map[string]bool) wordClass {
	if len(classSets) == 64 {
		panic("claims/extract: more than 64 word classes")
	}
	classSets = append(classSets, set)
	return wordClass(1) << (len(classSets) - 1)
}

// wordInfos is filled in init, once every package-level word list and index exists.
var wordInfos map[string]*wordInfo

func init() {
	wordInfos = map[string]*wordInfo{}
	entry := func(w string) *wordInfo {
		wi := wordInfos[w]
		if wi == nil {
			wi = &wordInfo{}
			wordInfos[w] = wi
		}
		return wi
	}
	for w, cues := range cuesByFirst {
		entry(w).cues = cues
	}
	for w, g := range lexicons.grouped {
		entry(w).entries = g
	}
	for i, set := range classSets {
		for w := range set {
			entry(w).classes |= wordClass(1) << i
		}
	}
}

// infoOf is the word's entry, nil when the lexicon knows nothing of it.
func infoOf(lower string) *wordInfo { return wordInfos[lower] }

// is: the token's lower-case word belongs to one of the classes.
func (t *token) is(c wordClass) bool { return t.info != nil && t.info.classes&c != 0 }

// The word lists that the noun-phrase, adverbial and scene readers test per token.
var (
	clsClauseVerb       = classOf(clauseVerbs)
	clsAuxiliary        = classOf(auxiliaries)
	clsDeterminer       = classOf(determiners)
	clsIrregularPast    = classOf(irregularPasts)
	clsPreposition      = classOf(prepositions)
	clsQuantifier       = classOf(quantifiers)
	clsPastBeforeObject = classOf(pastBeforeObject)
	clsWeekday          = classOf(weekdays)
	clsPreVerbAdverb    = classOf(preVerbAdverbs)
	clsOrgHead          = classOf(orgHeads)
	clsNotAdverb        = classOf(notAdverbs)
	clsAttackNoun       = classOf(attackNouns)
	clsLocative         = classOf(locatives)
	clsPlaceModifier    = classOf(placeModifiers)
	clsTimeWord         = classOf(timeWords)
	clsLeadingNoise     = classOf(leadingNoise)
	clsPhraseModifier   = classOf(phraseModifiers)
)
