package claims

// Document is one article's claims: what a claims file holds, or what extraction produces.
type Document struct {
	// Path is where the document was read from; not part of the file.
	Path string `json:"-" yaml:"-"`
	// Article is the path of the article the claims are taken from, relative to the claims file.
	Article string  `json:"article,omitempty" yaml:"article,omitempty"`
	Title   string  `json:"title,omitempty" yaml:"title,omitempty"`
	Outlet  string  `json:"outlet,omitempty" yaml:"outlet,omitempty"`
	Date    string  `json:"date,omitempty" yaml:"date,omitempty"`
	Claims  []Claim `json:"claims" yaml:"claims"`
}

// Claim is one check-worthy statement of the article.
type Claim struct {
	ID           string        `json:"id" yaml:"id"`
	Text         string        `json:"text" yaml:"text"`
	Part         Part          `json:"part" yaml:"part"`
	Span         *Span         `json:"span,omitempty" yaml:"span,omitempty"`
	Kind         Kind          `json:"kind" yaml:"kind"`
	Subjects     []string      `json:"subjects,omitempty" yaml:"subjects,omitempty"`
	Attributions []Attribution `json:"attributions,omitempty" yaml:"attributions,omitempty"`
	Hedges       []string      `json:"hedges,omitempty" yaml:"hedges,omitempty"`
	RespondsTo   []string      `json:"responds_to,omitempty" yaml:"responds_to,omitempty"`
}

// Attribution says who a claim leans on and how.
type Attribution struct {
	// Source is a registry id or a free name ("a senior official").
	Source string `json:"source" yaml:"source"`
	// Cue is the reporting phrase as written ("according to", "determined").
	Cue      string     `json:"cue,omitempty" yaml:"cue,omitempty"`
	Stance   Stance     `json:"stance" yaml:"stance"`
	Evidence []Evidence `json:"evidence,omitempty" yaml:"evidence,omitempty"`
	// Via is the relay chain, nearest the reader last: the source was reported by these.
	Via []string `json:"via,omitempty" yaml:"via,omitempty"`
	// Affiliations are what the text says the source belongs to (gazetteer ids), for a source
	// the registry does not know: "the regional police" in a story from Kharkiv → ukraine.
	Affiliations []string `json:"affiliations,omitempty" yaml:"affiliations,omitempty"`
	// SourceText is the words of the article that name the source: the pronoun itself for "he
	// said", "the report" for a report named earlier. Source is who they resolve to.
	SourceText string `json:"source_text,omitempty" yaml:"source_text,omitempty"`
	// SourceSpan and CueSpan locate the source's words and the cue in the article.
	SourceSpan *Span `json:"source_span,omitempty" yaml:"source_span,omitempty"`
	CueSpan    *Span `json:"cue_span,omitempty" yaml:"cue_span,omitempty"`
	// AntecedentSpan locates, for a pronoun or a phrase that refers back ("they", "the
	// panel"), the words that named the source it resolves to.
	AntecedentSpan *Span `json:"antecedent_span,omitempty" yaml:"antecedent_span,omitempty"`
}

// Span locates a claim's text in its article: byte offsets [Start, End), the 1-based line and
// column (in bytes) of Start, and of the last byte (EndLine, EndColumn: inclusive, as editors and
// SARIF count).
type Span struct {
	Start     int `json:"start" yaml:"start"`
	End       int `json:"end" yaml:"end"`
	Line      int `json:"line" yaml:"line"`
	Column    int `json:"column" yaml:"column"`
	EndLine   int `json:"end_line,omitempty" yaml:"end_line,omitempty"`
	EndColumn int `json:"end_column,omitempty" yaml:"end_column,omitempty"`
}

// Part is where in the article a claim stands.
type Part string

const (
	PartHeadline Part = "headline"
	PartBody     Part = "body"
	PartCaption  Part = "caption"
)

// Kind is what a claim asserts.
type Kind string

const (
	KindProvenance     Kind = "provenance"     // where an object came from
	KindResponsibility Kind = "responsibility" // who did it
	KindEvent          Kind = "event"
	KindQuantity       Kind = "quantity" // casualties, counts
	KindLegal          Kind = "legal"    // a finding of a breach
	KindStatement      Kind = "statement"
	KindBackground     Kind = "background"
)

// Stance is the source's position on the claim (or, for denials and cannot-determine, on the
// claims it responds to).
type Stance string

const (
	StanceAsserts         Stance = "asserts"
	StanceDenies          Stance = "denies"
	StanceAccuses         Stance = "accuses"
	StanceCannotDetermine Stance = "cannot-determine"
)

// Evidence is the kind of evidence a source offers.
type Evidence string

const (
	EvidencePhysicalInspection Evidence = "physical-inspection"
	EvidenceForensicAnalysis   Evidence = "forensic-analysis"
	EvidenceDocuments          Evidence = "documents"
	EvidenceImagery            Evidence = "imagery"
	EvidenceTestimony          Evidence = "testimony"
	EvidenceStatement          Evidence = "statement"
	EvidenceOpenSource         Evidence = "open-source-analysis"
)
