// The word lists: every list of English words the extractor uses is data, in lexicon.yaml,
// embedded in the binary and read once at start-up into the maps and slices the stages look
// words up in (one map lookup per token, as before). Nothing in it names an article, a person
// or an event; names live in the source registry and gazetteer (policy data).

package extract

import (
	_ "embed"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

//go:embed lexicon.yaml
var lexiconYAML []byte

// lexiconFile is lexicon.yaml.
type lexiconFile struct {
	// Cues are the reporting cues, in groups of one kind and stance, in match order.
	Cues []cueGroup `yaml:"cues"`
	// Phrases are the phrase lexicons matched on tokens (lexmatch.go), by name (lexNames).
	Phrases map[string][]string `yaml:"phrases"`
	// Words are single-word lists, by the name of the Go variable that holds them.
	Words map[string][]string `yaml:"words"`
	// AnaphoricHeads maps a head noun to the registry kinds it may refer back to.
	AnaphoricHeads map[string][]string `yaml:"anaphoricHeads"`
}

type cueGroup struct {
	Kind    string   `yaml:"kind"`
	Stance  string   `yaml:"stance"`
	Phrases []string `yaml:"phrases"`
}

var cueKinds = map[string]cueKind{"verb": cueVerb, "prep": cuePrep, "relay": cueRelay}

var cueStances = []string{"asserts", "denies", "accuses", "cannot-determine"}

// lexNames are the names of the phrase lexicons in lexicon.yaml, by lexID.
var lexNames = [numLex]string{
	lexHedge: "hedge", lexPhysical: "physical", lexInspectVerb: "inspectVerb", lexForensic: "forensic",
	lexDocuments: "documents", lexImagery: "imagery", lexTestimony: "testimony", lexStatement: "statement",
	lexOpenSource: "openSource", lexAppeal: "appeal", lexAddress: "address", lexOpinion: "opinion",
	lexResponsibility: "responsibility", lexProvenance: "provenance", lexLegal: "legal", lexEvent: "event",
	lexCannot: "cannot", lexNegative: "negative", lexDismissTarget: "dismissTarget", lexDismissWord: "dismissWord",
	lexRespUnknown: "respUnknown", lexAnaphoricObject: "anaphoricObject", lexQuantityNoun: "quantityNoun",
	lexNumber: "number", lexWeapon: "weapon", lexUsing: "using", lexLocal: "local", lexSelfClaim: "selfClaim",
	lexAccusatory: "accusatory", lexMisconduct: "misconduct", lexMilitant: "militant", lexNoComment: "noComment", lexPledge: "pledge", lexFeeling: "feeling",
	lexHostile: "hostile", lexImperative: "imperative", lexFuture: "future", lexSpeculation: "speculation",
	lexPublicAppeal: "publicAppeal", lexViolent: "violent", lexSentimentAct: "sentimentAct",
	lexDefence: "defence",
}

// lexicon is lexicon.yaml, parsed and checked at start-up. The file is part of the binary, so
// a mistake in it is a programming error caught by TestLexiconFile, not a run-time condition.
var lexicon = func() *lexiconFile {
	lf, err := parseLexicon(lexiconYAML)
	if err != nil {
		panic("claims/extract/lexicon.yaml: " + err.Error())
	}
	return lf
}()

// parseLexicon reads and checks a lexicon file: unknown fields, kinds, stances and list names
// are errors, and so is an entry that is not lower-case, single-spaced words.
func parseLexicon(data []byte) (*lexiconFile, error) {
	var lf lexiconFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&lf); err != nil {
		return nil, err
	}
	if err := lf.check(); err != nil {
		return nil, err
	}
	return &lf, nil
}

func (lf *lexiconFile) check() error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	entries := func(where string, list []string, phrase bool) {
		seen := map[string]bool{}
		for _, e := range list {
			switch {
			case e == "" || strings.TrimSpace(e) != e || strings.Contains(e, "  ") || strings.ContainsAny(e, "\t\n"):
				bad("%s: %q is not words separated by single spaces", where, e)
			case strings.ToLower(e) != e:
				bad("%s: %q is not lower-case", where, e)
			case seen[e]:
				bad("%s: %q is listed twice", where, e)
			}
			seen[e] = true
			if phrase {
				if msg := phraseSyntax(e); msg != "" {
					bad("%s: %q: %s", where, e, msg)
				}
			}
		}
	}
	if len(lf.Cues) == 0 {
		bad("cues: none")
	}
	for i, g := range lf.Cues {
		where := fmt.Sprintf("cues[%d] (%s, %s)", i, g.Kind, g.Stance)
		if _, ok := cueKinds[g.Kind]; !ok {
			bad("%s: kind %q is not verb, prep or relay", where, g.Kind)
		}
		if !slices.Contains(cueStances, g.Stance) {
			bad("%s: stance %q is not one of %s", where, g.Stance, strings.Join(cueStances, ", "))
		}
		if len(g.Phrases) == 0 {
			bad("%s: no phrases", where)
		}
		entries(where, g.Phrases, false)
		for _, p := range g.Phrases {
			if strings.ContainsAny(p, "()|*") {
				bad("%s: %q: a cue is plain words (choices and stems are for the phrases section)", where, p)
			}
		}
	}
	total := 0
	for _, g := range lf.Cues {
		total += len(g.Phrases)
	}
	if total > math.MaxInt16 {
		bad("cues: %d phrases, more than the %d a token's cue cache can index (tokens.go)", total, math.MaxInt16)
	}
	for l, name := range lexNames {
		if _, ok := lf.Phrases[name]; !ok {
			bad("phrases: %q (lexicon %d) is missing", name, l)
		}
	}
	for name, list := range lf.Phrases {
		if !slices.Contains(lexNames[:], name) {
			bad("phrases: %q is not a lexicon the extractor reads (%s)", name, strings.Join(lexNames[:], ", "))
		}
		entries("phrases."+name, list, true)
	}
	for name, list := range lf.Words {
		entries("words."+name, list, false)
	}
	for head, kinds := range lf.AnaphoricHeads {
		entries("anaphoricHeads", []string{head}, false)
		if len(kinds) == 0 {
			bad("anaphoricHeads.%s: no source kinds", head)
		}
	}
	return errors.Join(errs...)
}

// phraseSyntax checks a phrase lexicon entry: a choice "(a|b)" or "(a|b)?" is one word per
// alternative with no empty alternative, and "*" only ends a word.
func phraseSyntax(spec string) string {
	for _, w := range strings.Fields(spec) {
		if strings.HasPrefix(w, "(") {
			body, ok := strings.CutSuffix(strings.TrimPrefix(w, "("), ")?")
			if !ok {
				body, ok = strings.CutSuffix(strings.TrimPrefix(w, "("), ")")
			}
			if !ok {
				return "a choice has a space in it or is not closed: write (a|b), one word per alternative"
			}
			for _, o := range strings.Split(body, "|") {
				if o == "" || strings.ContainsAny(o, "()") {
					return "a choice has an empty or nested alternative"
				}
			}
			continue
		}
		if strings.ContainsAny(w, "()|") {
			return "a choice has a space in it or is not opened: write (a|b), one word per alternative"
		}
		if i := strings.IndexByte(w, '*'); i >= 0 && i != len(w)-1 {
			return "\"*\" may only end a word"
		}
	}
	return ""
}

// wordListsUsed records the word lists the stages asked for, for TestLexiconFile.
var wordListsUsed = map[string]bool{}

// lexWords is a word list of lexicon.yaml as a set.
func lexWords(name string) map[string]bool {
	list, ok := lexicon.Words[name]
	if !ok {
		panic("claims/extract/lexicon.yaml: words." + name + " is missing")
	}
	wordListsUsed[name] = true
	m := make(map[string]bool, len(list))
	for _, w := range list {
		m[w] = true
	}
	return m
}

// lexList is a word list of lexicon.yaml in its order.
func lexList(name string) []string {
	list, ok := lexicon.Words[name]
	if !ok {
		panic("claims/extract/lexicon.yaml: words." + name + " is missing")
	}
	wordListsUsed[name] = true
	return list
}

// cueLexicon is the cue lexicon in match order: the groups of lexicon.yaml one after the other.
var cueLexicon = func() []cue {
	var out []cue
	for _, g := range lexicon.Cues {
		for _, p := range g.Phrases {
			out = append(out, cue{words: splitWords(p), kind: cueKinds[g.Kind], stance: g.Stance})
		}
	}
	return out
}()

// lexiconSpecs are the phrase lexicons of lexicon.yaml, by lexID.
var lexiconSpecs = func() map[lexID][]string {
	out := make(map[lexID][]string, numLex)
	for l, name := range lexNames {
		out[lexID(l)] = lexicon.Phrases[name]
	}
	return out
}()

// anaphoricHeads: a noun phrase with one of these heads points back to a source named earlier
// of one of its kinds.
var anaphoricHeads = lexicon.AnaphoricHeads
