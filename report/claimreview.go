package report

import (
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ClaimReview JSON-LD (https://schema.org/ClaimReview), the markup search engines and
// fact-check aggregators read: a JSON array with one ClaimReview per claim, each with its own
// @context so that any one of them can be cut out and embedded in a page. Streams: "[" at
// Begin, each document's reviews when it comes, "]" at End.

// schemaThing is a node's type; every node carries one.
type schemaThing struct {
	Context string `json:"@context,omitempty"`
	Type    string `json:"@type"`
}

type claimReview struct {
	schemaThing
	ClaimReviewed string       `json:"claimReviewed"`
	DatePublished string       `json:"datePublished,omitempty"`
	Author        schemaAgent  `json:"author"`
	ReviewRating  schemaRating `json:"reviewRating"`
	ItemReviewed  schemaClaim  `json:"itemReviewed"`
}

// schemaAgent is a Person or an Organization.
type schemaAgent struct {
	schemaThing
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type schemaRating struct {
	schemaThing
	RatingValue       int    `json:"ratingValue,omitempty"`
	BestRating        int    `json:"bestRating,omitempty"`
	WorstRating       int    `json:"worstRating,omitempty"`
	AlternateName     string `json:"alternateName"`
	RatingExplanation string `json:"ratingExplanation,omitempty"`
}

type schemaClaim struct {
	schemaThing
	Author     []schemaAgent     `json:"author,omitempty"`
	Appearance schemaNewsArticle `json:"appearance"`
}

type schemaNewsArticle struct {
	schemaThing
	URL           string       `json:"url,omitempty"`
	Headline      string       `json:"headline,omitempty"`
	DatePublished string       `json:"datePublished,omitempty"`
	Publisher     *schemaAgent `json:"publisher,omitempty"`
}

// ratingOf places each label on a five-point truth scale (1 false … 5 true). A label a user
// policy adds has no place on it: its review carries the label as alternateName only.
var ratingOf = map[string]int{
	"refuted": 1, "overstated": 2, "contested": 3, "unverified": 3, "unattributed": 3, "supported": 4, "confirmed": 5,
}

type claimReviewWriter struct {
	out     errWriter
	opt     Options
	reviews int
}

func newClaimReviewWriter(w io.Writer, opt Options) Writer {
	return &claimReviewWriter{out: errWriter{w: w}, opt: opt}
}

func (c *claimReviewWriter) Begin(tool Tool) error {
	if c.opt.Publisher.Name == "" {
		c.opt.Publisher.Name = tool.Name
	}
	c.out.write("[")
	return c.out.err
}

func (c *claimReviewWriter) Document(d *Document) error {
	for _, r := range ClaimReviews(d, c.opt) {
		b, err := indented(r, "  ")
		if err != nil {
			return err
		}
		if c.reviews > 0 {
			c.out.write(",")
		}
		c.reviews++
		c.out.write("\n  ")
		c.out.write(string(b))
	}
	return c.out.err
}

func (c *claimReviewWriter) End([]Error) error {
	if c.reviews > 0 {
		c.out.write("\n")
	}
	c.out.write("]\n")
	return c.out.err
}

// ClaimReviews are the schema.org reviews of a document's claims, one per claim, in order.
func ClaimReviews(d *Document, opt Options) []any {
	date := opt.DatePublished
	if date == "" {
		date = d.Date
	}
	article := schemaNewsArticle{schemaThing: schemaThing{Type: "NewsArticle"}, URL: d.URL, Headline: d.Title, DatePublished: d.Date}
	if d.Outlet != "" {
		article.Publisher = &schemaAgent{schemaThing: schemaThing{Type: "Organization"}, Name: d.Outlet}
	}
	out := make([]any, 0, len(d.Claims))
	for _, cl := range d.Claims {
		v := cl.Verdict
		rating := schemaRating{schemaThing: schemaThing{Type: "Rating"}, AlternateName: v.Label, RatingExplanation: explanation(v)}
		if n, ok := ratingOf[v.Label]; ok {
			rating.RatingValue, rating.BestRating, rating.WorstRating = n, 5, 1
		}
		out = append(out, claimReview{
			schemaThing:   schemaThing{Context: "https://schema.org", Type: "ClaimReview"},
			ClaimReviewed: cl.Text,
			DatePublished: date,
			Author:        schemaAgent{schemaThing: schemaThing{Type: "Organization"}, Name: opt.Publisher.Name, URL: opt.Publisher.URL},
			ReviewRating:  rating,
			ItemReviewed:  schemaClaim{schemaThing: schemaThing{Type: "Claim"}, Author: claimAuthors(cl), Appearance: article},
		})
	}
	return out
}

// claimAuthors are the sources a claim is attributed to: people for individuals, organisations
// for every other kind (an unknown source too: a name the registry does not know is more often
// a body than a person, and schema.org has nothing in between).
func claimAuthors(c Claim) []schemaAgent {
	var out []schemaAgent
	seen := map[string]bool{}
	for _, a := range c.Attributions {
		if seen[a.Source.ID] {
			continue
		}
		seen[a.Source.ID] = true
		typ := "Organization"
		if a.Source.Kind == "individual" {
			typ = "Person"
		}
		out = append(out, schemaAgent{schemaThing: schemaThing{Type: typ}, Name: a.Source.Name})
	}
	return out
}

// explanation is the verdict's reasons as sentences.
func explanation(v Verdict) string {
	if len(v.Reasons) == 0 {
		return "No evidence rule changed its confidence: the verdict rests on the grades of its sources."
	}
	parts := make([]string, 0, len(v.Reasons))
	for _, r := range v.Reasons {
		parts = append(parts, sentence(r.Message))
	}
	return strings.Join(parts, " ")
}

// sentence capitalises s and ends it with a full stop.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
