package report

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// The HTML report: one self-contained page. The article as written with each claim marked in
// its verdict's colour (<mark data-claim="ID" data-verdict="LABEL">), a panel with the verdict's
// reasoning on click or focus, a summary with a bar chart, and the attribution picture of each
// document. CSS and JavaScript are inlined from go:embed files and allowed by their hashes in a
// Content-Security-Policy of default-src 'none', so the page can fetch nothing: no fonts, no
// images, no scripts from anywhere. Text goes through html/template's escaping.
//
// The summary opens the page, so the writer keeps the documents until End.

//go:embed html/report.html.tmpl
var htmlTemplate string

//go:embed html/report.css
var htmlCSS string

//go:embed html/report.js
var htmlJS string

var reportPage = template.Must(template.New("report").Funcs(template.FuncMap{
	"pct":     func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"join":    strings.Join,
	"upper":   strings.ToUpper,
	"reliab":  reliabilityMeaning,
	"cred":    credibilityMeaning,
	"sentenc": sentence,
}).Parse(htmlTemplate))

// cspHash is the Content-Security-Policy source for an inline script or style.
func cspHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

type htmlWriter struct {
	w    io.Writer
	opt  Options
	tool Tool
	docs []*Document
}

func newHTMLWriter(w io.Writer, opt Options) Writer { return &htmlWriter{w: w, opt: opt} }

func (h *htmlWriter) Begin(tool Tool) error { h.tool = tool; return nil }

// Document keeps a copy: a streaming caller may reuse the document it passes.
func (h *htmlWriter) Document(d *Document) error {
	kept := *d
	h.docs = append(h.docs, &kept)
	return nil
}

func (h *htmlWriter) End(errs []Error) error {
	page := htmlPage{
		Tool:   h.tool,
		CSS:    template.CSS(htmlCSS),
		JS:     template.JS(htmlJS),
		CSP:    "default-src 'none'; style-src " + cspHash(htmlCSS) + "; script-src " + cspHash(htmlJS) + "; img-src data:; base-uri 'none'; form-action 'none'",
		Errors: errs,
	}
	counts := map[string]int{}
	for i, d := range h.docs {
		hd := htmlDocument{Doc: d, Anchor: fmt.Sprintf("doc-%d", i+1)}
		hd.Article, hd.Unplaced = markArticle(d, hd.Anchor)
		hd.Graph = attributionGraph(d, hd.Anchor)
		for _, c := range d.Claims {
			counts[c.Verdict.Label]++
			hd.Claims = append(hd.Claims, htmlClaim{Claim: c, Anchor: claimAnchor(hd.Anchor, c.ID)})
		}
		page.Documents = append(page.Documents, hd)
	}
	page.Title = "factcheck report"
	if len(h.docs) == 1 && h.docs[0].Title != "" {
		page.Title = "factcheck: " + h.docs[0].Title
	}
	page.Summary = summary(len(h.docs), counts, len(errs))
	page.Chart = barChart(counts)
	return reportPage.Execute(h.w, page)
}

type htmlPage struct {
	Title     string
	Tool      Tool
	CSS       template.CSS
	JS        template.JS
	CSP       string
	Summary   string
	Chart     chart
	Documents []htmlDocument
	Errors    []Error
	Draft     bool
}

type htmlDocument struct {
	Doc      *Document
	Anchor   string
	Article  []segment
	Unplaced []segment
	Claims   []htmlClaim
	Graph    *graph
	Findings []LintFinding
}

type htmlClaim struct {
	Claim
	Anchor string
}

// claimAnchor is a claim's element id: ids are unique only within a document.
func claimAnchor(doc, id string) string {
	var b strings.Builder
	for _, r := range id {
		if r < 0x80 && (r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_%x", r)
		}
	}
	return doc + "-claim-" + b.String()
}

// segment is a run of the article's text and the claims whose spans cover it, outermost (the
// earliest to start) first. A claim whose span is split by another's boundary is marked in
// every piece; First says which piece takes the keyboard focus, Last which is followed by the
// claim's label.
type segment struct {
	Text   string
	Claims []markedClaim
}

type markedClaim struct {
	ID, Label, Anchor string
	Rule              string // set for a lint finding: Label is then its severity
	First, Last       bool
}

// markArticle splits the document's text at every claim's span boundaries. Claims without a
// usable span (no article text, or a span outside it) come back apart, to be shown as a list.
func markArticle(d *Document, docAnchor string) (article, unplaced []segment) {
	type placed struct {
		i          int
		start, end int
	}
	var spans []placed
	for i, c := range d.Claims {
		s := c.Span
		if d.Text == "" || s == nil || s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			unplaced = append(unplaced, segment{Text: c.Text, Claims: []markedClaim{mark(c, docAnchor, true, true)}})
			continue
		}
		spans = append(spans, placed{i, s.Start, s.End})
	}
	if d.Text == "" {
		return nil, unplaced
	}
	cuts := []int{0, len(d.Text)}
	for _, p := range spans {
		cuts = append(cuts, p.start, p.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	sort.SliceStable(spans, func(a, b int) bool {
		return spans[a].start < spans[b].start || spans[a].start == spans[b].start && spans[a].end > spans[b].end
	})
	seen := map[int]bool{}
	for k := 0; k+1 < len(cuts); k++ {
		from, to := cuts[k], cuts[k+1]
		seg := segment{Text: d.Text[from:to]}
		for _, p := range spans {
			if p.start <= from && to <= p.end {
				c := d.Claims[p.i]
				seg.Claims = append(seg.Claims, mark(c, docAnchor, !seen[p.i], to == p.end))
				seen[p.i] = true
			}
		}
		article = append(article, seg)
	}
	return article, unplaced
}

func mark(c Claim, docAnchor string, first, last bool) markedClaim {
	return markedClaim{ID: c.ID, Label: c.Verdict.Label, Anchor: claimAnchor(docAnchor, c.ID), First: first, Last: last}
}

// chart is the summary's bar chart: one bar per label that occurs, strongest label first.
type chart struct {
	Bars          []bar
	Width, Height int
}

type bar struct {
	Label      string
	Count      int
	Y, W       int
	TextX      int
	LabelWidth int
}

func barChart(counts map[string]int) chart {
	const rowH, labelW, barMax = 22, 110, 300
	var labels []string
	for _, l := range labelOrder {
		if counts[l] > 0 {
			labels = append(labels, l)
		}
	}
	var others []string
	for l, n := range counts {
		if n > 0 && !slices.Contains(labelOrder, l) {
			others = append(others, l)
		}
	}
	slices.Sort(others)
	labels = append(labels, others...)
	most := 1
	for _, l := range labels {
		most = max(most, counts[l])
	}
	c := chart{Width: labelW + barMax + 40, Height: max(1, len(labels)) * rowH}
	for i, l := range labels {
		w := max(2, counts[l]*barMax/most)
		c.Bars = append(c.Bars, bar{Label: l, Count: counts[l], Y: i * rowH, W: w, TextX: labelW + w + 6, LabelWidth: labelW})
	}
	return c
}

// reliabilityMeaning is the Admiralty (NATO STANAG 2511) meaning of a source reliability grade.
func reliabilityMeaning(grade string) string {
	return map[string]string{"A": "completely reliable", "B": "usually reliable", "C": "fairly reliable",
		"D": "not usually reliable", "E": "unreliable", "F": "reliability cannot be judged"}[grade]
}

// credibilityMeaning is the Admiralty meaning of an information credibility grade.
func credibilityMeaning(n int) string {
	return map[int]string{1: "confirmed by other sources", 2: "probably true", 3: "possibly true", 4: "doubtful",
		5: "improbable", 6: "truth cannot be judged"}[n]
}

// The draft view of `factcheck lint -o html`: each draft as written, with every finding marked
// on its words (<mark data-rule="RULE" data-severity="SEVERITY">) and listed with its fix. It
// needs the drafts' text (LintReport.Texts); a draft without one gets its findings only.
type lintHTML struct {
	w   io.Writer
	opt Options
}

func newLintHTML(w io.Writer, opt Options) LintWriter { return lintHTML{w, opt} }

func (l lintHTML) Lint(r *LintReport) error {
	page := htmlPage{
		Tool: r.Tool, Draft: true,
		CSS:    template.CSS(htmlCSS),
		JS:     template.JS(htmlJS),
		CSP:    "default-src 'none'; style-src " + cspHash(htmlCSS) + "; script-src " + cspHash(htmlJS) + "; img-src data:; base-uri 'none'; form-action 'none'",
		Errors: r.Errors,
		Title:  "factcheck: draft review",
	}
	texts := map[string]string{}
	for _, t := range r.Texts {
		texts[t.Path] = t.Text
	}
	byFile := map[string][]LintFinding{}
	for _, f := range r.Findings {
		byFile[f.Path] = append(byFile[f.Path], f)
	}
	for i, path := range r.Files {
		hd := htmlDocument{Doc: &Document{Path: path, Title: path}, Anchor: fmt.Sprintf("doc-%d", i+1), Findings: byFile[path]}
		hd.Article = markFindings(texts[path], hd.Findings, hd.Anchor)
		page.Documents = append(page.Documents, hd)
	}
	n := r.Counts()
	page.Summary = fmt.Sprintf("%d error(s), %d warning(s), %d info in %d draft(s)", n["error"], n["warning"], n["info"], len(r.Files))
	return reportPage.Execute(l.w, page)
}

// markFindings splits a draft at its findings' boundaries, from their lines and code-point
// columns (end exclusive).
func markFindings(text string, fs []LintFinding, docAnchor string) []segment {
	if text == "" {
		return nil
	}
	lineStarts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	offset := func(line, col int) int {
		if line < 1 || line > len(lineStarts) {
			return len(text)
		}
		at := lineStarts[line-1]
		for col > 1 && at < len(text) && text[at] != '\n' {
			_, size := utf8.DecodeRuneInString(text[at:])
			at += size
			col--
		}
		return at
	}
	type placed struct{ i, start, end int }
	var spans []placed
	for i, f := range fs {
		s, e := offset(f.Line, f.Column), offset(f.EndLine, f.EndColumn)
		if e > s {
			spans = append(spans, placed{i, s, e})
		}
	}
	cuts := []int{0, len(text)}
	for _, p := range spans {
		cuts = append(cuts, p.start, p.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	seen := map[int]bool{}
	var out []segment
	for k := 0; k+1 < len(cuts); k++ {
		from, to := cuts[k], cuts[k+1]
		seg := segment{Text: text[from:to]}
		for _, p := range spans {
			if p.start <= from && to <= p.end {
				f := fs[p.i]
				seg.Claims = append(seg.Claims, markedClaim{ID: f.Claim, Label: f.Severity, Rule: f.Rule,
					Anchor: fmt.Sprintf("%s-finding-%d", docAnchor, p.i), First: !seen[p.i], Last: to == p.end})
				seen[p.i] = true
			}
		}
		out = append(out, seg)
	}
	return out
}
