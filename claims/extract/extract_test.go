package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/factcheck/factcheck/claims"
)

const seedArticle = "../../testdata/articles/seed-kharkiv-missile.txt"

func seedResult(t *testing.T) *Result {
	t.Helper()
	src, err := os.ReadFile(seedArticle)
	require.NoError(t, err)
	return extractorFor(t, "").Extract(seedArticle, src)
}

func claimWith(t *testing.T, doc *claims.Document, prefix string) claims.Claim {
	t.Helper()
	for _, c := range doc.Claims {
		if strings.HasPrefix(c.Text, prefix) {
			return c
		}
	}
	t.Fatalf("no claim starts with %q", prefix)
	return claims.Claim{}
}

func TestSeedAcceptance(t *testing.T) {
	res := seedResult(t)
	doc := res.Document

	head := doc.Claims[0]
	assert.Equal(t, claims.PartHeadline, head.Part)
	assert.Equal(t, 1, head.Span.Line)
	require.Len(t, head.Attributions, 1)
	assert.Equal(t, "un-sanctions-panel", head.Attributions[0].Source)
	assert.Equal(t, []string{"reuters"}, head.Attributions[0].Via, "the Reuters: prefix is a relay")

	for _, prefix := range []string{"Reuters reports that a team", "However, the monitors could not"} {
		c := claimWith(t, doc, prefix)
		require.Len(t, c.Attributions, 1, prefix)
		assert.Equal(t, claims.StanceCannotDetermine, c.Attributions[0].Stance, prefix)
	}
	accusation := claimWith(t, doc, "Earlier, Ukraine, the US")
	denial := claimWith(t, doc, "Both Russia and North Korea denied")
	assert.Contains(t, denial.RespondsTo, accusation.ID, "the denial answers the accusation")

	for _, prefix := range []string{"The Russian attack on 2 January", "In Kharkiv, the attack killed"} {
		c := claimWith(t, doc, prefix)
		assert.Empty(t, c.Attributions, prefix)
		assert.Equal(t, claims.KindQuantity, c.Kind, prefix)
	}
	for _, s := range res.Sentences {
		if s.Span.Line >= 13 {
			assert.Empty(t, s.Claim, "the reader appeal makes no claim: %q", s.Text)
			assert.NotEmpty(t, s.Why)
		}
	}
	police := claimWith(t, doc, "Later, on 7 February")
	require.Len(t, police.Attributions, 1)
	assert.Equal(t, []string{"ukraine"}, police.Attributions[0].Affiliations, "local police of a Ukrainian city are Ukrainian")
	origin := claimWith(t, doc, "United Nations sanctions monitors determined")
	assert.Contains(t, origin.Attributions[0].Evidence, claims.EvidencePhysicalInspection, "the monitors' inspection, told later, carries to their finding")
}

// The extracted claims file is one `factcheck check` loads unchanged: it validates against the
// schema and every span is the claim's text in the article.
func TestExtractedDocumentLoads(t *testing.T) {
	res := seedResult(t)
	res.Document.Article = "seed-kharkiv-missile.txt"
	var buf strings.Builder
	require.NoError(t, writeYAMLForTest(&buf, res.Document))
	doc, err := claims.Parse("../../testdata/articles/extracted.claims.yaml", []byte(buf.String()))
	require.NoError(t, err)
	assert.Len(t, doc.Claims, len(res.Document.Claims))
}

func TestSpansAreTheText(t *testing.T) {
	src, err := os.ReadFile(seedArticle)
	require.NoError(t, err)
	res := extractorFor(t, "").Extract(seedArticle, src)
	for _, c := range res.Document.Claims {
		assert.Equal(t, c.Text, string(src[c.Span.Start:c.Span.End]))
		for _, a := range c.Attributions {
			if a.SourceSpan != nil {
				assert.NotEmpty(t, strings.TrimSpace(string(src[a.SourceSpan.Start:a.SourceSpan.End])))
			}
			if a.CueSpan != nil {
				assert.Equal(t, strings.ToLower(a.Cue), strings.ToLower(string(src[a.CueSpan.Start:a.CueSpan.End])))
			}
		}
	}
}

func TestSentenceSegmentation(t *testing.T) {
	text := "Gen. Smith told the U.S. Senate on Jan. 5 that No. 3 brigade lost 2.5 km. " +
		"J. R. Doe said: “It was over.” The U.S. said so. Officials in the U.K. The next day it rained."
	got := []string{}
	for _, s := range sentences([]byte(text), 0, len(text)) {
		got = append(got, text[s.start:s.end])
	}
	assert.Equal(t, []string{
		"Gen. Smith told the U.S. Senate on Jan. 5 that No. 3 brigade lost 2.5 km.",
		"J. R. Doe said: “It was over.”",
		"The U.S. said so.",
		"Officials in the U.K.",
		"The next day it rained.",
	}, got)
}

func TestMarkdownPositionsAndFrontMatter(t *testing.T) {
	src := []byte("---\ntitle: Front matter title\noutlet: Test Wire\ndate: 2026-01-02\n---\n# Police detain two, officials say\n\nSome *emphasis* here: the regional police said two men were detained in Lviv.\n\n> A quoted block, the mayor said.\n\n- Related: link\n")
	res := extractorFor(t, "").Extract("a.md", src)
	doc := res.Document
	assert.Equal(t, "Front matter title", doc.Title)
	assert.Equal(t, "Test Wire", doc.Outlet)
	assert.Equal(t, "2026-01-02", doc.Date)
	require.NotEmpty(t, doc.Claims)
	assert.Equal(t, claims.PartHeadline, doc.Claims[0].Part)
	for _, c := range doc.Claims {
		assert.Equal(t, c.Text, string(src[c.Span.Start:c.Span.End]), "spans point into the original file")
	}
	body := claimWith(t, doc, "Some *emphasis* here")
	require.Len(t, body.Attributions, 1)
	assert.Equal(t, "the regional police", body.Attributions[0].Source)
}

func TestQuestionsOpinionAndAppealsAreNotClaims(t *testing.T) {
	src := []byte("Ministry says bridge destroyed\nWas the bridge destroyed? You should support our reporting. The bridge must be rebuilt. Donate today to keep us going.\n")
	res := extractorFor(t, "").Extract("a.txt", src)
	assert.Len(t, res.Document.Claims, 1, "only the headline")
	whys := []string{}
	for _, s := range res.Sentences[1:] {
		whys = append(whys, s.Why)
	}
	assert.Equal(t, []string{"question", "reader appeal or site boilerplate", "opinion, no source", "reader appeal or site boilerplate"}, whys)
}

func TestExtractionIsDeterministic(t *testing.T) {
	src, err := os.ReadFile(seedArticle)
	require.NoError(t, err)
	x := extractorFor(t, "")
	first := x.Extract(seedArticle, src)
	for range 3 {
		assert.Equal(t, first, x.Extract(seedArticle, src))
	}
}

// The token slab is pooled between extractions: articles extracted on eight goroutines at once,
// each many times, give what one extraction at a time gives, and a Result stays as it was when
// later extractions reuse the slab.
func TestConcurrentExtractionsShareNothing(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/articles/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	x := extractorFor(t, "")
	srcs := make([][]byte, len(paths))
	want := make([]string, len(paths))
	for i, p := range paths {
		srcs[i], err = os.ReadFile(p)
		require.NoError(t, err)
		want[i] = resultJSON(t, x.Extract(p, srcs[i]))
	}
	kept := x.Extract(paths[0], srcs[0])
	keptText := resultJSON(t, kept)
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(paths))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				for k := range paths {
					i := (k + g + round) % len(paths)
					r := x.Extract(paths[i], srcs[i])
					if got := resultJSON(t, r); got != want[i] {
						errs <- paths[i]
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for p := range errs {
		t.Errorf("%s: a concurrent extraction differs from a lone one", p)
	}
	assert.Equal(t, keptText, resultJSON(t, kept), "a Result must not change when its slab is reused")
}

func resultJSON(t *testing.T, r *Result) string {
	b, err := json.Marshal(r)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}

// FuzzExtract: arbitrary bytes never panic; spans stay inside the input, on UTF-8 boundaries;
// the output is the same twice.
func FuzzExtract(f *testing.F) {
	seed, _ := os.ReadFile(seedArticle)
	f.Add(seed, false)
	f.Add([]byte("# T\n\n---\nx: [\n---\n> q, the police said.\n"), true)
	f.Add([]byte("A. B. C. \xff\xfe said. “Quote,” he said."), false)
	x := extractorFor(f, "")
	f.Fuzz(func(t *testing.T, src []byte, md bool) {
		name := "f.txt"
		if md {
			name = "f.md"
		}
		a := x.Extract(name, src)
		b := x.Extract(name, src)
		if len(a.Sentences) != len(b.Sentences) || len(a.Document.Claims) != len(b.Document.Claims) {
			t.Fatalf("not deterministic")
		}
		for _, s := range a.Sentences {
			checkSpan(t, src, s.Span.Start, s.Span.End)
		}
		for _, c := range a.Document.Claims {
			checkSpan(t, src, c.Span.Start, c.Span.End)
			if c.Text != string(src[c.Span.Start:c.Span.End]) {
				t.Fatalf("claim text is not its span")
			}
			for _, at := range c.Attributions {
				if at.SourceSpan != nil {
					checkSpan(t, src, at.SourceSpan.Start, at.SourceSpan.End)
				}
				if at.CueSpan != nil {
					checkSpan(t, src, at.CueSpan.Start, at.CueSpan.End)
				}
			}
		}
	})
}

// checkSpan: inside the input, and at positions where UTF-8 decoding from the start lands
// (for invalid bytes, each byte decodes on its own, as utf8.DecodeRune does).
func checkSpan(t *testing.T, src []byte, start, end int) {
	t.Helper()
	if start < 0 || end > len(src) || start > end {
		t.Fatalf("span %d-%d outside input of %d bytes", start, end, len(src))
	}
	boundary := map[int]bool{len(src): true}
	for i := 0; i < len(src); {
		boundary[i] = true
		_, size := utf8.DecodeRune(src[i:])
		i += size
	}
	if !boundary[start] || !boundary[end] {
		t.Fatalf("span %d-%d not on UTF-8 boundaries", start, end)
	}
}
