// The driver: Extract runs the stages over an article in order — document → segments and
// tokens → for each block: skip navigation, headline, headings and captions, then each sentence
// (filters.go, claims.go), then settle the paragraph's quotations (quotes.go) — and finally
// propagates inspections (evidence.go). The state it carries is what the document has said so
// far.

package extract

import (
	"strings"
	"sync"

	"github.com/factcheck/factcheck/claims"
)

// Extractor finds claims in articles. Build it once; it is safe for concurrent use.
type Extractor struct {
	reg *claims.Registry
}

// New returns an extractor that resolves sources and places with reg.
func New(reg *claims.Registry) *Extractor { return &Extractor{reg: reg} }

// Result is what extraction found: the claims file, and every sentence with the reason it was
// or was not taken as a claim.
type Result struct {
	Document  *claims.Document
	Sentences []Sentence
}

// Sentence explains one sentence of the article.
type Sentence struct {
	Span  claims.Span `json:"span"`
	Text  string      `json:"text"`
	Part  string      `json:"part"`
	Claim string      `json:"claim,omitempty"` // the claim id, when the sentence is a claim
	// Why says why the sentence is not a claim ("reader appeal"), or what kind of claim it is.
	Why          string      `json:"why"`
	Attributions []Explained `json:"attributions,omitempty"`
	Hedges       []string    `json:"hedges,omitempty"`
}

// Explained is one attribution with the words that made it.
type Explained struct {
	Source     string       `json:"source"`
	SourceText string       `json:"source_text"`
	SourceSpan *claims.Span `json:"source_span,omitempty"`
	CueSpan    *claims.Span `json:"cue_span,omitempty"`
	Cue        string       `json:"cue"`
	Stance     string       `json:"stance"`
	Evidence   []string     `json:"evidence,omitempty"`
	Via        []string     `json:"via,omitempty"`
	Resolved   string       `json:"resolved"` // how the source was identified
}

// state carries what a document has said so far: sources in order of mention (for "the
// monitors", "they") and the claims made.
type state struct {
	x         *Extractor
	a         *article
	lines     *claims.LineIndex
	salience  []salient       // sources in order of mention, for pronouns and phrases that refer back
	ahead     []claims.Source // every registry source the document names, in order (for leads)
	doc       *claims.Document
	blockOf   []int // block index of each claim
	inspect   map[string]bool
	sents     []Sentence
	found     map[string]foundName
	prefix    []mention // a headline's "Source:" prefix or "…: Source" suffix, while the headline is read
	segs      []segment
	looked    bool // whether ahead has been filled (on first need: most documents never need it)
	content   []map[string]bool
	claimToks [][]token // the tokens of each claim, for content words
	hits      hits      // lexicon matches of the sentence being read, reused
	named     map[string]namedSource
	// the quotation stage: speakers by quotation, the latest speaker, and quoted claims
	// waiting for the end of their paragraph (quotes.go)
	speakers    map[int]*speaker
	lastSpeaker *speaker
	pending     []pendingQuote
	cur         *segment // the sentence being read (nil for the headline)
}

// crosshead: a short line set between dashes, as wire copy marks a section ("- 'All options
// on the table' -"), not a sentence that ends in a dash.
func crosshead(text string, listItem bool) bool {
	t := strings.TrimSpace(text)
	for _, d := range []string{"-", "–", "—"} {
		// the opening dash is a Markdown list marker, so a list item shows only the closing one
		if (listItem || strings.HasPrefix(t, d+" ")) && strings.HasSuffix(t, " "+d) && len(strings.Fields(t)) <= 12 {
			return true
		}
	}
	return false
}

// tokenSlabs keeps token slabs between extractions (see segmentsInto); a slab of a very long
// article is left to the collector rather than kept.
var tokenSlabs = sync.Pool{New: func() any { return new([]token) }}

const maxPooledTokens = 1 << 16

// Extract reads an article (plain text or Markdown by extension) and returns its claims.
func (x *Extractor) Extract(path string, src []byte) *Result {
	a := parseArticle(path, src)
	st := &state{x: x, a: a, lines: claims.NewLineIndex(src), inspect: map[string]bool{}, found: map[string]foundName{}, named: map[string]namedSource{}, speakers: map[int]*speaker{},
		doc: &claims.Document{Path: path, Title: a.title, Outlet: a.outlet, Date: a.date}}
	pooled := tokenSlabs.Get().(*[]token)
	segs, slab := segmentsInto(a, *pooled)
	defer func() {
		// Nothing the Result holds points into the slab (its strings are copies or substrings
		// of the sentence strings): the next article may reuse it.
		if cap(slab) <= maxPooledTokens {
			clear(slab) // let this article's strings go before the slab's next use
			*pooled = slab[:0]
			tokenSlabs.Put(pooled)
		}
	}()
	st.segs = segs
	// At most one claim and one sentence record per segment (and per headline block): sized
	// once rather than grown by doubling.
	n := len(segs) + 1
	st.doc.Claims = make([]claims.Claim, 0, n)
	st.sents = make([]Sentence, 0, n)
	st.claimToks = make([][]token, 0, n)
	st.blockOf = make([]int, 0, n)
	afterRelated := false
	next := 0
	for bi, b := range a.blocks {
		text := string(src[b.start:b.end])
		if len(text) <= 40 && navigationLine.MatchString(text) {
			st.skip(span{b.start, b.end}, "body", "navigation or related-links line")
			afterRelated = true
			continue
		}
		if bi == 0 && st.isHeadline(b, text) {
			st.headline(b)
			continue
		}
		if b.heading || crosshead(text, b.listItem) {
			st.skip(span{b.start, b.end}, "body", "section heading")
			continue
		}
		part := "body"
		if mayBeCaption(text) && captionLine.MatchString(text) {
			part = "caption"
		}
		for ; next < len(segs) && segs[next].block <= bi; next++ {
			if segs[next].block == bi {
				st.sentence(bi, &segs[next], part, afterRelated)
			}
		}
		st.settleQuotes()
	}
	st.propagateInspection()
	return &Result{Document: st.doc, Sentences: st.sents}
}
