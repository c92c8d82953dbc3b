package polnear

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/internal/polnear/polneartest"

	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
)

// words returns the text of each fragment.
func words(text []byte, ss Spans) []string {
	var out []string
	for _, s := range ss {
		out = append(out, string(text[s.Start:s.End]))
	}
	return out
}

// The tiny corpus in testdata was written for these tests; its offsets were counted in code
// points by hand, and the text has curly quotes and an accented name so that code points and
// bytes differ.
func TestLoadSplitConvertsCodePointsToBytesAndTakesTheFirstAnnotator(t *testing.T) {
	arts, err := LoadSplit(polneartest.Corpus(t), "dev")
	require.NoError(t, err)
	require.Len(t, arts, 1)
	a := arts[0]
	assert.Equal(t, "bridge", a.Name)
	require.Len(t, a.Gold, 3, "annotator aaaa has three attributions; bbbb, the second by name, has one")

	said := a.Gold[0]
	assert.Equal(t, "E1", said.ID)
	assert.Equal(t, []string{"Councillor Renée Dubois"}, words(a.Text, said.Source))
	assert.Equal(t, Spans{{62, 86}}, said.Source, "58-81 in code points: the opening quote mark is 3 bytes, é is 2")
	assert.Equal(t, []string{"said"}, words(a.Text, said.Cue))
	assert.Equal(t, []string{"“We need more time,”"}, words(a.Text, said.Content))

	according := a.Gold[1]
	assert.Equal(t, []string{"its director"}, words(a.Text, according.Source))
	assert.Equal(t, []string{"according to"}, words(a.Text, according.Cue))
	assert.Equal(t, []string{"The budget office", "expects costs to rise"}, words(a.Text, according.Content), "a discontinuous span keeps its fragments")

	noSource := a.Gold[2]
	assert.Empty(t, noSource.Source, "Attribution-no-source")
	assert.Equal(t, []string{"feared"}, words(a.Text, noSource.Cue))
}

func TestLoadSplitAcceptsTheRepositoryRoot(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.CopyFS(filepath.Join(dir, "data"), os.DirFS(polneartest.Corpus(t))))
	arts, err := LoadSplit(dir, "dev")
	require.NoError(t, err)
	assert.Len(t, arts, 1)
}

func TestLoadSplitNamesWhatIsMissing(t *testing.T) {
	corpus := polneartest.Corpus(t)
	_, err := LoadSplit(corpus, "train")
	require.Error(t, err)
	assert.Contains(t, err.Error(), filepath.Join(corpus, "train", "text"))

	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "dev", "text"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "dev", "text", "lonely.txt"), []byte("Nobody annotated this.\n"), 0o644))
	_, err = LoadSplit(dir, "dev")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "lonely.txt: no annotation file lonely_*.ann")
}

func TestParseAnnRejectsBadFilesWithTheirLine(t *testing.T) {
	text := []byte("The clerk said the office was closed.")
	for _, tc := range []struct {
		name, ann, want string
	}{
		{"words differ", "T1\tSource 0 9\tThe clerk\nT2\tCue 10 14\ttold\n", "x.ann:2: T2 \"told\" does not match the text at its offsets (\"said\"): the file annotates another text"},
		{"past the end", "T1\tSource 0 99\tThe clerk\n", "x.ann:1: T1: offsets 0-99 are outside the text's 37 characters"},
		{"offsets not numbers", "T1\tSource zero 9\tThe clerk\n", "x.ann:1: T1: offsets \"zero 9\" are not numbers"},
		{"no offsets", "T1\tSource\tThe clerk\n", "x.ann:1: T1 has a type but no offsets"},
		{"undefined argument", "T1\tSource 0 9\tThe clerk\nE1\tAttribution:T2 Source:T1 Cue:T7\n", "x.ann:2: E1: argument Cue names T7, which the file does not define"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseAnn("x.ann", []byte(tc.ann), text)
			require.Error(t, err)
			assert.Equal(t, tc.want, err.Error())
		})
	}
	_, err := ParseAnn("big.ann", make([]byte, maxAnnBytes+1), text)
	assert.ErrorContains(t, err, "big.ann: 8388609 bytes: larger than")
}

// span finds the n-th (from 0) occurrence of words in text.
func span(t *testing.T, text, words string, n int) Spans {
	t.Helper()
	from := 0
	for ; n >= 0; n-- {
		i := strings.Index(text[from:], words)
		require.GreaterOrEqual(t, i, 0, "%q", words)
		from += i + len(words)
	}
	return Spans{{from - len(words), from}}
}

func TestCompareByOverlapAndByExactBoundaries(t *testing.T) {
	text := "Pat Lee, the union's lawyer, said the strike would end. The mayor told reporters she agreed. Rain is expected, forecasters said."
	gold := []Attribution{
		{ID: "E1", Source: span(t, text, "Pat Lee, the union's lawyer,", 0), Cue: span(t, text, "said", 0)},
		{ID: "E2", Source: span(t, text, "The mayor", 0), Cue: span(t, text, "told", 0)},
		{ID: "E3", Source: span(t, text, "forecasters", 0), Cue: span(t, text, "said", 1)},
	}
	system := []Attribution{
		// the trailing comma the annotator took does not stop an exact match
		{ID: "c1", Source: span(t, text, "Pat Lee, the union's lawyer", 0), Cue: span(t, text, "said", 0)},
		// a second claim from the same words counts once
		{ID: "c2", Source: span(t, text, "Pat Lee, the union's lawyer", 0), Cue: span(t, text, "said", 0)},
		// overlaps the gold source, but not its boundaries
		{ID: "c3", Source: span(t, text, "mayor", 0), Cue: span(t, text, "told", 0)},
		// a false alarm
		{ID: "c4", Source: span(t, text, "Rain", 0), Cue: span(t, text, "expected", 0)},
	}
	cmp := Compare([]byte(text), gold, system)
	sc := cmp.Scores
	assert.Equal(t, Counts{System: 3, SystemMatched: 2, Gold: 3, GoldMatched: 2}, sc.SourceOverlap)
	assert.Equal(t, Counts{System: 3, SystemMatched: 1, Gold: 3, GoldMatched: 1}, sc.SourceExact)
	assert.Equal(t, Counts{System: 3, SystemMatched: 2, Gold: 3, GoldMatched: 2}, sc.CueOverlap)
	assert.Equal(t, Counts{System: 3, SystemMatched: 2, Gold: 3, GoldMatched: 2}, sc.CueExact)
	assert.Equal(t, Counts{System: 3, SystemMatched: 2, Gold: 3, GoldMatched: 2}, sc.Pair)
	assert.InDelta(t, 2.0/3, sc.SourceOverlap.F1(), 1e-9)

	assert.Equal(t, []Match{{true, true, true, true}, {true, false, true, true}, {}}, cmp.Gold)
	assert.Equal(t, Match{}, cmp.System[3], "the false alarm matches nothing")
}

func TestPairNeedsSourceAndCueOfOneAttribution(t *testing.T) {
	text := "Ann said one thing and Bob wrote another."
	gold := []Attribution{
		{Source: span(t, text, "Ann", 0), Cue: span(t, text, "said", 0)},
		{Source: span(t, text, "Bob", 0), Cue: span(t, text, "wrote", 0)},
	}
	system := []Attribution{{Source: span(t, text, "Ann", 0), Cue: span(t, text, "wrote", 0)}}
	sc := Compare([]byte(text), gold, system).Scores
	assert.Equal(t, 1, sc.SourceOverlap.SystemMatched)
	assert.Equal(t, 1, sc.CueOverlap.SystemMatched)
	assert.Equal(t, Counts{System: 1, Gold: 2}, sc.Pair, "Ann's source with Bob's cue is no attribution")
}

func TestDiscontinuousGoldMatchesByAnyFragmentOrByItsHull(t *testing.T) {
	text := "The plan, she said about the tax, was unfair."
	cue := Spans{span(t, text, "said", 0)[0], span(t, text, "about the tax", 0)[0]}
	gold := []Attribution{{Cue: cue}}
	inner := Compare([]byte(text), gold, []Attribution{{Cue: span(t, text, "said", 0)}}).Scores
	assert.Equal(t, 1, inner.CueOverlap.GoldMatched)
	assert.Equal(t, 0, inner.CueExact.GoldMatched)
	whole := Compare([]byte(text), gold, []Attribution{{Cue: span(t, text, "said about the tax", 0)}}).Scores
	assert.Equal(t, 1, whole.CueExact.GoldMatched)
}

func TestScoresAddMicroAverages(t *testing.T) {
	var s Scores
	s.Add(Scores{Articles: 1, CueOverlap: Counts{System: 1, SystemMatched: 1, Gold: 4, GoldMatched: 1}})
	s.Add(Scores{Articles: 1, CueOverlap: Counts{System: 3, SystemMatched: 1, Gold: 0}})
	assert.Equal(t, 2, s.Articles)
	assert.InDelta(t, 0.5, s.CueOverlap.Precision(), 1e-9)
	assert.InDelta(t, 0.25, s.CueOverlap.Recall(), 1e-9)
	assert.Zero(t, Counts{}.F1())
}

func testExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	reg, err := engine.NewRegistry()
	require.NoError(t, err)
	return extract.New(reg)
}

func TestFromExtractionTakesTheClaimsSpans(t *testing.T) {
	text := []byte("The harbour master said the pier would stay shut until spring.\n")
	res := testExtractor(t).Extract("pier.txt", text)
	atts := FromExtraction(res, text)
	require.Len(t, atts, 1)
	assert.Equal(t, []string{"The harbour master"}, words(text, atts[0].Source))
	assert.Equal(t, []string{"said"}, words(text, atts[0].Cue))
}

func TestFromExtractionFindsTheWordsOfSentencesThatAreNotClaims(t *testing.T) {
	text := []byte("Is it true, the clerk asked, that the pier stays shut?\n")
	res := &extract.Result{Sentences: []extract.Sentence{{Text: string(text[:len(text)-1]), Why: "question",
		Attributions: []extract.Explained{{SourceText: "the clerk", Cue: "asked"}, {SourceText: "nobody here", Cue: "denied"}}}}}
	res.Sentences[0].Span.End = len(text) - 1
	atts := FromExtraction(res, text)
	require.Len(t, atts, 1, "words that are not in the sentence are no span")
	assert.Equal(t, []string{"the clerk"}, words(text, atts[0].Source))
	assert.Equal(t, []string{"asked"}, words(text, atts[0].Cue))
}

func TestEvaluateTheTinyCorpus(t *testing.T) {
	arts, err := LoadSplit(polneartest.Corpus(t), "dev")
	require.NoError(t, err)
	total, scored := Evaluate(testExtractor(t), arts)
	require.Len(t, scored, 1)
	assert.Equal(t, 1, total.Articles)
	assert.Equal(t, 2, total.SourceOverlap.Gold)
	assert.Equal(t, 3, total.CueOverlap.Gold)
	// What the extractor finds here may change as it improves; that the table adds up may not.
	assert.Equal(t, total.CueOverlap.System, len(distinct(trimmed(arts[0].Text, scored[0].System), cue)))
	var b strings.Builder
	require.NoError(t, WriteTable(&b, "tiny", total))
	assert.Contains(t, b.String(), "tiny: 1 articles\n")
	assert.Contains(t, b.String(), "source, overlap")
}

// TestPolNEAR scores the extractor on a split of the real corpus when FACTCHECK_POLNEAR names
// its data directory (FACTCHECK_POLNEAR_SPLIT: dev by default, or train). It asserts only that
// the corpus reads whole and the run is fast; the numbers are for the log:
//
//	FACTCHECK_POLNEAR=/path/to/polnear go test ./internal/polnear -run TestPolNEAR -v
func TestPolNEAR(t *testing.T) {
	dir := os.Getenv("FACTCHECK_POLNEAR")
	if dir == "" {
		t.Skip("FACTCHECK_POLNEAR is not set: see docs/extraction.md, \"PolNeAR\"")
	}
	split := os.Getenv("FACTCHECK_POLNEAR_SPLIT")
	if split == "" {
		split = "dev"
	}
	arts, err := LoadSplit(dir, split)
	require.NoError(t, err)
	began := time.Now()
	total, _ := Evaluate(testExtractor(t), arts)
	elapsed := time.Since(began)
	var b strings.Builder
	require.NoError(t, WriteTable(&b, "PolNeAR "+split, total))
	t.Logf("\n%s(%.2f s)", b.String(), elapsed.Seconds())
	assert.Positive(t, total.SourceOverlap.Gold)
	assert.Less(t, elapsed, time.Minute)
}
