package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLexiconFile: lexicon.yaml parses, passes its checks, and holds exactly the lists the
// stages read — a list nobody reads is a word a newsroom would add in vain.
func TestLexiconFile(t *testing.T) {
	lf, err := parseLexicon(lexiconYAML)
	require.NoError(t, err)
	for name := range lf.Words {
		assert.True(t, wordListsUsed[name], "words.%s is in lexicon.yaml but no stage reads it", name)
	}
	for name := range wordListsUsed {
		assert.Contains(t, lf.Words, name)
	}
	assert.NotEmpty(t, cueLexicon)
	assert.Len(t, lexiconSpecs, int(numLex))
	for l := range numLex {
		assert.NotEmpty(t, lexiconSpecs[l], "phrases.%s is empty", lexNames[l])
	}
}

// TestLexiconCuesTokenize: every cue is matched token by token, so a cue must read as the
// tokens the tokenizer makes of it ("did not confirm" is three tokens); one that does not
// ("u.s.-led", "didn't") could never be found.
func TestLexiconCuesTokenize(t *testing.T) {
	for _, c := range cueLexicon {
		phrase := strings.Join(c.words, " ")
		var got []string
		for _, tok := range tokenize([]byte(phrase), 0, len(phrase)) {
			got = append(got, tok.lower)
		}
		assert.Equal(t, c.words, got, "cue %q", phrase)
	}
}

// TestLexiconWordsAreOneToken: the single-word lists are looked up by a token's lower-case
// text, so each entry must be one token (a few lists are matched against whole cue phrases or
// regular expressions and may hold spaces).
func TestLexiconWordsAreOneToken(t *testing.T) {
	phrases := []string{"appealCues", "navigationLines", "reducedRelatives", "obtainingCues"}
	for name, list := range lexicon.Words {
		if slices.Contains(phrases, name) {
			continue
		}
		for _, w := range list {
			assert.NotContains(t, w, " ", "words.%s: %q", name, w)
		}
	}
}

func TestParseLexiconRejectsMalformedEntries(t *testing.T) {
	valid := func(extra string) string {
		var b strings.Builder
		b.WriteString("cues:\n  - kind: verb\n    stance: asserts\n    phrases: [said]\nphrases:\n")
		for _, name := range lexNames {
			b.WriteString("  " + name + ": [x]\n")
		}
		b.WriteString("words:\n  determiners: [the]\n")
		b.WriteString(extra)
		return b.String()
	}
	_, err := parseLexicon([]byte(valid("")))
	require.NoError(t, err, "the minimal file is valid")
	for _, tc := range []struct{ name, yaml, want string }{
		{"unknown kind", strings.Replace(valid(""), "kind: verb", "kind: noun", 1), `kind "noun"`},
		{"unknown stance", strings.Replace(valid(""), "stance: asserts", "stance: agrees", 1), `stance "agrees"`},
		{"upper case", strings.Replace(valid(""), "[said]", "[Said]", 1), "not lower-case"},
		{"listed twice", strings.Replace(valid(""), "[said]", "[said, said]", 1), "listed twice"},
		{"double space", strings.Replace(valid(""), "[said]", "[according  to]", 1), "single spaces"},
		{"choice in a cue", strings.Replace(valid(""), "[said]", `["(said|says)"]`, 1), "plain words"},
		{"choice with a space", strings.Replace(valid(""), "hedge: [x]", `hedge: ["(does not|do not) know"]`, 1), "choice"},
		{"stem mark inside a word", strings.Replace(valid(""), "hedge: [x]", `hedge: ["acc*used"]`, 1), `"*"`},
		{"missing phrase lexicon", strings.Replace(valid(""), "  hedge: [x]\n", "", 1), `"hedge"`},
		{"unknown field", valid("colours: [red]\n"), "colours"},
		{"anaphoric head without kinds", valid("anaphoricHeads:\n  panel: []\n"), "no source kinds"},
	} {
		_, err := parseLexicon([]byte(tc.yaml))
		if assert.Error(t, err, tc.name) {
			assert.Contains(t, err.Error(), tc.want, tc.name)
		}
	}
	many := make([]string, math.MaxInt16+1)
	for i := range many {
		many[i] = fmt.Sprintf("cue%d", i)
	}
	_, err = parseLexicon([]byte(strings.Replace(valid(""), "[said]", "["+strings.Join(many, ", ")+"]", 1)))
	if assert.Error(t, err) {
		assert.Contains(t, err.Error(), "cue cache")
	}
	extra := strings.Replace(valid(""), "phrases:\n", "phrases:\n  gossip: [x]\n", 1)
	_, err = parseLexicon([]byte(extra))
	if assert.Error(t, err) {
		assert.Contains(t, err.Error(), `"gossip" is not a lexicon`)
	}
}

// TestLexiconPhrasesStaySmall: a phrase's choices multiply into matcher entries, and the
// matcher tries every entry under a phrase's first two words at each place they occur. One
// phrase with six optional choices once grew to some 60,000 entries under "did not" and made
// extraction 18 % slower; a phrase that needs more than a thousand should be split.
func TestLexiconPhrasesStaySmall(t *testing.T) {
	for name, list := range lexicon.Phrases {
		for _, phrase := range list {
			assert.LessOrEqual(t, len(expand(strings.Fields(phrase))), 1000, "phrases.%s: %q expands to too many entries; split it", name, phrase)
		}
	}
}
