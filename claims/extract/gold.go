package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

// Gold is a hand-annotated article (testdata/gold/*.yaml): for every sentence, whether it is a
// claim and who it is attributed to, with the stance.
type Gold struct {
	Article   string         `yaml:"article"` // relative to the gold file
	Style     string         `yaml:"style,omitempty"`
	Data      string         `yaml:"data,omitempty"` // a registry data file the article needs, relative to the gold file
	Sentences []GoldSentence `yaml:"sentences"`
}

// GoldSentence is one annotated sentence.
type GoldSentence struct {
	Text    string       `yaml:"text"`
	Claim   bool         `yaml:"claim"`
	Sources []GoldSource `yaml:"sources,omitempty"`
	Hedge   bool         `yaml:"hedge,omitempty"`
}

// GoldSource is a source with the names an extractor may give it (registry ids or words).
type GoldSource struct {
	Any    []string `yaml:"any"`
	Stance string   `yaml:"stance"`
}

// LoadGold reads a gold file.
func LoadGold(path string) (*Gold, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var g Gold
	if err := yaml.Unmarshal(src, &g); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	g.Article = filepath.Join(filepath.Dir(path), g.Article)
	if g.Data != "" {
		g.Data = filepath.Join(filepath.Dir(path), g.Data)
	}
	return &g, nil
}

// Score is how an extraction compares with the gold.
type Score struct {
	GoldPairs, FoundPairs, MatchedPairs int // (sentence, source) pairs
	StanceRight                         int // matched pairs with the gold stance
	Sentences, ClaimRight               int // sentences, and those whose claim/non-claim call is right
	Hedges, HedgesRight                 int
	Misses                              []string // human-readable differences, for test output
}

func (s Score) Precision() float64 { return ratio(s.MatchedPairs, s.FoundPairs) }
func (s Score) Recall() float64    { return ratio(s.MatchedPairs, s.GoldPairs) }
func (s Score) StanceAccuracy() float64 {
	return ratio(s.StanceRight, s.MatchedPairs)
}
func (s Score) ClaimAccuracy() float64 { return ratio(s.ClaimRight, s.Sentences) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Add sums scores (for a total over articles).
func (s *Score) Add(o Score) {
	s.GoldPairs += o.GoldPairs
	s.FoundPairs += o.FoundPairs
	s.MatchedPairs += o.MatchedPairs
	s.StanceRight += o.StanceRight
	s.Sentences += o.Sentences
	s.ClaimRight += o.ClaimRight
	s.Hedges += o.Hedges
	s.HedgesRight += o.HedgesRight
}

func (s Score) String() string {
	return fmt.Sprintf("pairs P %.2f R %.2f (%d found, %d gold, %d matched)  stance %.2f  claim/non-claim %.2f (%d sentences)  hedges %d/%d",
		s.Precision(), s.Recall(), s.FoundPairs, s.GoldPairs, s.MatchedPairs, s.StanceAccuracy(), s.ClaimAccuracy(), s.Sentences, s.HedgesRight, s.Hedges)
}

// Evaluate scores res against g. Sentences are matched by their exact text, so a
// segmentation error costs the pairs of the sentences it breaks.
func Evaluate(g *Gold, res *Result) Score {
	var sc Score
	found := map[string]Sentence{}
	for _, s := range res.Sentences {
		found[s.Text] = s
	}
	goldTexts := map[string]bool{}
	for _, gs := range g.Sentences {
		goldTexts[gs.Text] = true
		sc.Sentences++
		if gs.Hedge {
			sc.Hedges++
		}
		fs, ok := found[gs.Text]
		if !ok {
			sc.GoldPairs += len(gs.Sources)
			sc.Misses = append(sc.Misses, fmt.Sprintf("sentence not found as segmented: %q", gs.Text))
			continue
		}
		isClaim := fs.Claim != ""
		if !isClaim && !gs.Claim {
			// Pairs count where a claim is made or missed, as the real-article scorer counts them:
			// who spoke in a sentence rightly not taken as a claim is explained, not scored.
			if isClaim == gs.Claim {
				sc.ClaimRight++
			}
			continue
		}
		sc.GoldPairs += len(gs.Sources)
		if isClaim == gs.Claim {
			sc.ClaimRight++
		} else {
			sc.Misses = append(sc.Misses, fmt.Sprintf("claim=%v, gold %v (%s): %q", isClaim, gs.Claim, fs.Why, gs.Text))
		}
		if gs.Hedge && len(fs.Hedges) > 0 {
			sc.HedgesRight++
		}
		sc.FoundPairs += len(fs.Attributions)
		used := make([]bool, len(gs.Sources))
		for _, a := range fs.Attributions {
			k := -1
			for i, src := range gs.Sources {
				if !used[i] && matches(src, a) {
					k = i
					break
				}
			}
			if k < 0 {
				sc.Misses = append(sc.Misses, fmt.Sprintf("extra source %s (%q) in %q", a.Source, a.SourceText, clip(gs.Text)))
				continue
			}
			used[k] = true
			sc.MatchedPairs++
			if a.Stance == gs.Sources[k].Stance {
				sc.StanceRight++
			} else {
				sc.Misses = append(sc.Misses, fmt.Sprintf("stance %s, gold %s, for %s in %q", a.Stance, gs.Sources[k].Stance, a.Source, clip(gs.Text)))
			}
		}
		for k, u := range used {
			if !u {
				sc.Misses = append(sc.Misses, fmt.Sprintf("missed source %v in %q", gs.Sources[k].Any, clip(gs.Text)))
			}
		}
	}
	for _, s := range res.Sentences {
		if !goldTexts[s.Text] {
			if s.Claim != "" {
				sc.FoundPairs += len(s.Attributions)
			}
			sc.Misses = append(sc.Misses, fmt.Sprintf("sentence not in gold: %q", s.Text))
		}
	}
	return sc
}

func matches(g GoldSource, a Explained) bool {
	for _, name := range g.Any {
		n := strings.ToLower(strings.TrimSpace(name))
		if n == strings.ToLower(a.Source) || n == strings.ToLower(strings.TrimSpace(a.SourceText)) {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:57] + "…"
	}
	return s
}
