package report

import (
	"cmp"
	"slices"

	"github.com/factcheck/factcheck/claims"
)

// Version is the report format version. It changes when a JSON field changes meaning or goes.
const Version = "1"

// Report is the result of checking a batch of documents.
type Report struct {
	Version string `json:"version"`
	Tool    Tool   `json:"tool"`
	// Policy names the policies and data behind the verdicts when they are not only the
	// built-in ones (a policy directory, a data file, changed params, an override).
	Policy    *Provenance `json:"policy,omitempty"`
	Documents []Document  `json:"documents"`
	// Errors are the documents that could not be checked; the others are still reported.
	Errors []Error `json:"errors"`
}

// Provenance identifies what the verdicts were computed with, by SHA-256 digest.
type Provenance struct {
	// Builtin is the digest of the embedded policies, data and default configuration.
	Builtin string `json:"builtin"`
	// Params is the digest of the params the rules read (data.factcheck.params).
	Params string `json:"params"`
	// Files are the user's policy and data files.
	Files []ProvenanceFile `json:"files"`
	// Override is true when policy directories were allowed to replace built-in packages or data.
	Override bool `json:"override"`
}

// ProvenanceFile is one user policy or data file and its digest.
type ProvenanceFile struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
}

// Tool names the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Document is one checked article.
type Document struct {
	Path   string `json:"path"`
	Title  string `json:"title"`
	Outlet string `json:"outlet,omitempty"`
	Date   string `json:"date,omitempty"`
	// URL is where the article is published, when the caller knows it (claimreview's appearance).
	URL string `json:"url,omitempty"`
	// PolicyRevision names the policies the verdicts were computed with, when the caller
	// loads them from revisioned bundles (factcheck serve); empty otherwise.
	PolicyRevision string    `json:"policy_revision,omitempty"`
	Claims         []Claim   `json:"claims"`
	Findings       []Finding `json:"findings"`
	// Text is the article as written, when the caller has it: the HTML report shows it with the
	// claims marked at their spans (byte offsets into Text). Not part of the JSON report.
	Text string `json:"-"`
}

// Claim is a claim with its resolved sources and its verdict.
type Claim struct {
	ID           string        `json:"id"`
	Text         string        `json:"text"`
	Part         string        `json:"part"`
	Kind         string        `json:"kind"`
	Span         *claims.Span  `json:"span,omitempty"`
	Subjects     []string      `json:"subjects"`
	Attributions []Attribution `json:"attributions"`
	Hedges       []string      `json:"hedges"`
	RespondsTo   []string      `json:"responds_to,omitempty"`
	Verdict      Verdict       `json:"verdict"`
}

// Attribution is who a claim leans on, resolved against the source registry.
type Attribution struct {
	Source   Source     `json:"source"`
	Cue      string     `json:"cue,omitempty"`
	Stance   string     `json:"stance"`
	Evidence []Evidence `json:"evidence"`
	Via      []Source   `json:"via"`
	// SourceSpan is where Source.Text stands in the article; AntecedentSpan, for a pronoun or
	// a phrase that refers back, where the source it resolves to was named.
	SourceSpan     *claims.Span `json:"source_span,omitempty"`
	CueSpan        *claims.Span `json:"cue_span,omitempty"`
	AntecedentSpan *claims.Span `json:"antecedent_span,omitempty"`
}

// Source is a resolved source. Text is the words of the article that name it (the pronoun
// itself for "he said"); ID and Name are who they resolve to, from the registry (or
// "unknown:…" and the words first used for it when the registry does not know it).
type Source struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Text        string `json:"text"`
	Kind        string `json:"kind"`
	Reliability string `json:"reliability"`
	Interested  bool   `json:"interested"`
}

// Evidence is one kind of evidence a source offered.
type Evidence struct {
	Type string `json:"type"`
}

// Verdict is the engine's judgement of one claim and why.
type Verdict struct {
	Label       string   `json:"label"`
	Confidence  float64  `json:"confidence"`
	Credibility int      `json:"credibility"`
	Reliability string   `json:"reliability"`
	Grade       string   `json:"grade"`
	Likelihood  string   `json:"likelihood"`
	Reasons     []Reason `json:"reasons"`
	Suggestions []string `json:"suggestions"`
}

// Reason is one rule that fired on a claim.
type Reason struct {
	Rule    string `json:"rule"`
	Effect  string `json:"effect"`
	Message string `json:"message"`
}

// Finding is a rule's finding, listed at document level with its severity and place.
type Finding struct {
	Rule     string       `json:"rule"`
	Severity string       `json:"severity"`
	Message  string       `json:"message"`
	Claim    string       `json:"claim"`
	Span     *claims.Span `json:"span,omitempty"`
}

// Error is a document that could not be checked.
type Error struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Severities, most severe first.
var severityRank = map[string]int{"error": 0, "warning": 1, "info": 2}

// SortFindings orders findings by place in the document, then severity, rule and message, so
// that output is the same bytes for the same input.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(spanStart(a.Span), spanStart(b.Span)),
			cmp.Compare(a.Claim, b.Claim),
			cmp.Compare(rank(a.Severity), rank(b.Severity)),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

func rank(severity string) int {
	if r, ok := severityRank[severity]; ok {
		return r
	}
	return len(severityRank)
}

func spanStart(s *claims.Span) int {
	if s == nil {
		return -1
	}
	return s.Start
}

// Labels reports, for each verdict label, how many claims in the report have it.
func (r *Report) Labels() map[string]int {
	n := map[string]int{}
	for _, d := range r.Documents {
		for _, c := range d.Claims {
			n[c.Verdict.Label]++
		}
	}
	return n
}
