// Package polnear scores the extractor against PolNeAR, the Political News Attribution
// Relations corpus (Newell, Margolin & Ruths, LREC 2018): brat standoff annotations of every
// attribution in 1,008 US political news articles, each a source, a cue and a content span.
//
// The corpus is not part of this repository (its licence is not stated); see the "PolNeAR"
// section of docs/extraction.md for where to put it and how to run the scorer.
package polnear

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of an article's text.
type Span struct {
	Start, End int
}

// Spans are the fragments of one annotated phrase: brat lets a phrase be discontinuous
// ("said … about the movement"). A phrase the system reports is one fragment.
type Spans []Span

// hull is the smallest span that covers every fragment.
func (ss Spans) hull() Span {
	h := ss[0]
	for _, s := range ss[1:] {
		h.Start = min(h.Start, s.Start)
		h.End = max(h.End, s.End)
	}
	return h
}

// Attribution is one attribution relation: who (Source, empty when the text names nobody), the
// words that attribute (Cue) and what is attributed (Content).
type Attribution struct {
	ID      string // the brat relation id ("E3"), or the system's claim id
	Source  Spans
	Cue     Spans
	Content Spans
}

// maxAnnBytes bounds one annotation file: PolNeAR's largest is under 100 kB.
const maxAnnBytes = 8 << 20

// textBound is a brat text-bound annotation: "T3\tSource 10 25;30 34\tthe words".
type textBound struct {
	kind  string
	spans Spans
	line  int
}

// pendingBound is a text-bound annotation whose words may continue on the next lines.
type pendingBound struct {
	id, words string
	tb        textBound
}

// ParseAnn reads a brat standoff file (name is for error messages) against the text it
// annotates. brat counts offsets in Unicode code points; the spans returned are byte offsets of
// text. Relations of type Attribution and Attribution-no-source become Attributions, in file
// order; other annotations (Discuss, Discard, notes) are ignored. The words brat stored with each
// span must be the words of text at that span, or the file does not belong to the text.
func ParseAnn(name string, ann, text []byte) ([]Attribution, error) {
	if len(ann) > maxAnnBytes {
		return nil, fmt.Errorf("%s: %d bytes: larger than the %d-byte limit for an annotation file", name, len(ann), maxAnnBytes)
	}
	if !utf8.Valid(text) {
		return nil, fmt.Errorf("%s: the annotated text is not valid UTF-8", name)
	}
	byteAt := codePointOffsets(text)
	bounds := map[string]textBound{}
	type relation struct {
		id, fields string
		line       int
	}
	var relations []relation

	// A span's words that run over a line break continue on the next lines of the file, which
	// start with no id: they are gathered to compare with the text.
	var pending *pendingBound
	check := func() error {
		if pending == nil {
			return nil
		}
		p := pending
		pending = nil
		var want []string
		for _, s := range p.tb.spans {
			want = append(want, string(text[s.Start:s.End]))
		}
		if got := strings.Join(want, " "); got != p.words {
			return fmt.Errorf("%s:%d: %s %q does not match the text at its offsets (%q): the file annotates another text", name, p.tb.line, p.id, p.words, got)
		}
		bounds[p.id] = p.tb
		return nil
	}

	sc := bufio.NewScanner(bytes.NewReader(ann))
	sc.Buffer(make([]byte, 0, 64<<10), maxAnnBytes)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		id, rest, hasTab := strings.Cut(line, "\t")
		if !hasTab || !isAnnotationID(id) {
			if pending != nil {
				pending.words += "\n" + line
			}
			continue
		}
		if err := check(); err != nil {
			return nil, err
		}
		switch id[0] {
		case 'T':
			head, words, ok := strings.Cut(rest, "\t")
			if !ok {
				return nil, fmt.Errorf("%s:%d: %s has no text after its offsets", name, n, id)
			}
			kind, offsets, ok := strings.Cut(head, " ")
			if !ok {
				return nil, fmt.Errorf("%s:%d: %s has a type but no offsets", name, n, id)
			}
			spans, err := parseOffsets(offsets, byteAt)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %s: %w", name, n, id, err)
			}
			pending = &pendingBound{id, words, textBound{kind: kind, spans: spans, line: n}}
		case 'E':
			relations = append(relations, relation{id: id, fields: rest, line: n})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := check(); err != nil {
		return nil, err
	}

	var out []Attribution
	for _, r := range relations {
		fields := strings.Fields(r.fields)
		if len(fields) == 0 {
			return nil, fmt.Errorf("%s:%d: %s has no type", name, r.line, r.id)
		}
		kind, _, _ := strings.Cut(fields[0], ":")
		if kind != "Attribution" && kind != "Attribution-no-source" {
			continue
		}
		a := Attribution{ID: r.id}
		for _, f := range fields[1:] {
			role, ref, ok := strings.Cut(f, ":")
			if !ok {
				return nil, fmt.Errorf("%s:%d: %s: argument %q is not Role:Id", name, r.line, r.id, f)
			}
			tb, ok := bounds[ref]
			if !ok {
				return nil, fmt.Errorf("%s:%d: %s: argument %s names %s, which the file does not define", name, r.line, r.id, role, ref)
			}
			switch strings.TrimRight(role, "0123456789") {
			case "Source":
				a.Source = append(a.Source, tb.spans...)
			case "Cue":
				a.Cue = append(a.Cue, tb.spans...)
			case "Content":
				a.Content = append(a.Content, tb.spans...)
			}
		}
		if len(a.Source)+len(a.Cue)+len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out, nil
}

// isAnnotationID: brat ids are a letter (T, E, R, A, M, N) or "#" followed by digits.
func isAnnotationID(id string) bool {
	if len(id) < 2 || !strings.ContainsRune("TERAMN#", rune(id[0])) {
		return false
	}
	for _, c := range id[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// codePointOffsets maps each code point index of text, and one past the last, to its byte offset.
func codePointOffsets(text []byte) []int {
	out := make([]int, 0, utf8.RuneCount(text)+1)
	for i := range string(text) {
		out = append(out, i)
	}
	return append(out, len(text))
}

// parseOffsets reads "10 25;30 34" in code points into byte spans.
func parseOffsets(s string, byteAt []int) (Spans, error) {
	var out Spans
	for _, frag := range strings.Split(s, ";") {
		a, b, ok := strings.Cut(frag, " ")
		if !ok {
			return nil, fmt.Errorf("offsets %q are not START END", frag)
		}
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("offsets %q are not numbers", frag)
		}
		if start < 0 || end < start || end >= len(byteAt) {
			return nil, fmt.Errorf("offsets %d-%d are outside the text's %d characters", start, end, len(byteAt)-1)
		}
		out = append(out, Span{byteAt[start], byteAt[end]})
	}
	return out, nil
}
