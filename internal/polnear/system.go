package polnear

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
)

// FromExtraction lists every attribution the extractor reported for src, the text it read.
// PolNeAR annotates attributions in every sentence, not only in check-worthy claims, so this
// takes the claims' attributions and also those the extractor explains for sentences it did not
// take as claims (questions, appeals, no-comment notes), both with the byte spans of their
// source and cue. Relays ("via") carry no span and are left out.
func FromExtraction(res *extract.Result, src []byte) []Attribution {
	var out []Attribution
	if res == nil {
		return nil
	}
	if res.Document != nil {
		for _, c := range res.Document.Claims {
			for _, a := range c.Attributions {
				out = append(out, Attribution{ID: c.ID, Source: spanOf(a.SourceSpan, len(src)), Cue: spanOf(a.CueSpan, len(src))})
			}
		}
	}
	for _, s := range res.Sentences {
		if s.Claim != "" || len(s.Attributions) == 0 {
			continue
		}
		start, end := s.Span.Start, s.Span.End
		if start < 0 || end > len(src) || end <= start {
			continue
		}
		sentence := string(src[start:end])
		for _, e := range s.Attributions {
			a := Attribution{ID: "sentence", Source: spanOf(e.SourceSpan, len(src)), Cue: spanOf(e.CueSpan, len(src))}
			if e.SourceSpan == nil && e.CueSpan == nil { // an explanation without places: find its words
				a = Attribution{ID: "sentence", Source: find(sentence, start, e.SourceText), Cue: find(sentence, start, e.Cue)}
			}
			if len(a.Source)+len(a.Cue) > 0 {
				out = append(out, a)
			}
		}
	}
	return out
}

func spanOf(s *claims.Span, n int) Spans {
	if s == nil || s.End <= s.Start || s.Start < 0 || s.End > n {
		return nil
	}
	return Spans{{s.Start, s.End}}
}

// find locates words in a sentence that starts at byte offset base.
func find(sentence string, base int, words string) Spans {
	words = strings.TrimSpace(words)
	if words == "" {
		return nil
	}
	i := strings.Index(sentence, words)
	if i < 0 {
		return nil
	}
	return Spans{{base + i, base + i + len(words)}}
}
