package polnear

import (
	"fmt"
	"io"

	"github.com/factcheck/factcheck/claims/extract"
)

// Scored is one article after extraction: the system's attributions, what the extractor said
// about each sentence, and the comparison with the gold.
type Scored struct {
	Article    *Article
	System     []Attribution
	Sentences  []extract.Sentence
	Comparison Comparison
}

// Evaluate runs the extractor on every article and scores it. The articles are read as plain
// text (PolNeAR's files are one paragraph a line, the headline first).
func Evaluate(x *extract.Extractor, articles []Article) (Scores, []Scored) {
	var total Scores
	out := make([]Scored, len(articles))
	for i := range articles {
		a := &articles[i]
		res := x.Extract(a.Name+".txt", a.Text)
		sys := FromExtraction(res, a.Text)
		cmp := Compare(a.Text, a.Gold, sys)
		total.Add(cmp.Scores)
		out[i] = Scored{Article: a, System: sys, Sentences: res.Sentences, Comparison: cmp}
	}
	return total, out
}

// WriteTable prints the scores as a table, percentages with one decimal.
func WriteTable(w io.Writer, title string, s Scores) error {
	rows := []struct {
		name string
		c    Counts
	}{
		{"source, overlap", s.SourceOverlap},
		{"source, exact", s.SourceExact},
		{"cue, overlap", s.CueOverlap},
		{"cue, exact", s.CueExact},
		{"source+cue, overlap", s.Pair},
	}
	if _, err := fmt.Fprintf(w, "%s: %d articles\n%-20s %6s %6s %6s   %s\n", title, s.Articles, "measure", "P", "R", "F1", "matched/system  matched/gold"); err != nil {
		return err
	}
	for _, r := range rows {
		if _, err := fmt.Fprintf(w, "%-20s %6.1f %6.1f %6.1f   %6d/%-6d  %6d/%-6d\n", r.name,
			100*r.c.Precision(), 100*r.c.Recall(), 100*r.c.F1(), r.c.SystemMatched, r.c.System, r.c.GoldMatched, r.c.Gold); err != nil {
			return err
		}
	}
	return nil
}
