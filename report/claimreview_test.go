package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// schemaOrgVocabulary is the schema.org 30.0 release, which the project keeps beside the
// repository (../shared/schemas); the test skips where it is absent.
const schemaOrgVocabulary = "../../shared/schemas/schemaorg-30.0-current-https.jsonld"

// vocabulary is what the check needs of schema.org: its classes with their superclasses, and
// each property's domain and range.
type vocabulary struct {
	classes    map[string][]string // class → direct superclasses
	dataTypes  map[string]bool
	domains    map[string][]string // property → schema:domainIncludes
	ranges     map[string][]string // property → schema:rangeIncludes
	properties map[string]bool
}

func loadVocabulary(t *testing.T) *vocabulary {
	t.Helper()
	path := filepath.FromSlash(schemaOrgVocabulary)
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		t.Skipf("%s is not here: the schema.org check needs the shared schemas", path)
	}
	require.NoError(t, err)
	var doc struct {
		Graph []map[string]any `json:"@graph"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	v := &vocabulary{classes: map[string][]string{}, dataTypes: map[string]bool{}, domains: map[string][]string{},
		ranges: map[string][]string{}, properties: map[string]bool{}}
	for _, n := range doc.Graph {
		id := strings.TrimPrefix(fmt.Sprint(n["@id"]), "schema:")
		types := ids(n["@type"])
		if slices.Contains(types, "rdfs:Class") || slices.Contains(types, "schema:DataType") {
			v.classes[id] = trim(ids(n["rdfs:subClassOf"]))
			if slices.Contains(types, "schema:DataType") {
				v.dataTypes[id] = true
			}
		}
		if slices.Contains(types, "rdf:Property") {
			v.properties[id] = true
			v.domains[id] = trim(ids(n["schema:domainIncludes"]))
			v.ranges[id] = trim(ids(n["schema:rangeIncludes"]))
		}
	}
	require.NotEmpty(t, v.classes["ClaimReview"], "the vocabulary should know ClaimReview")
	return v
}

// ids reads a JSON-LD value that is one {"@id": …} or a string, or a list of them.
func ids(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case map[string]any:
		return []string{fmt.Sprint(x["@id"])}
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ids(e)...)
		}
		return out
	}
	return nil
}

func trim(ss []string) []string {
	for i, s := range ss {
		ss[i] = strings.TrimPrefix(s, "schema:")
	}
	return ss
}

// isA reports whether class is target or one of its subclasses.
func (v *vocabulary) isA(class, target string) bool {
	seen := map[string]bool{}
	var walk func(string) bool
	walk = func(c string) bool {
		if c == target {
			return true
		}
		if seen[c] {
			return false
		}
		seen[c] = true
		for _, super := range v.classes[c] {
			if walk(super) {
				return true
			}
		}
		return false
	}
	return walk(class)
}

// check walks a JSON-LD node: its @type must be a schema.org class, and each property must be
// one whose domain includes that class or a superclass of it; an object value must be of a
// class in the property's range, and a literal must be allowed by a data type in it.
func (v *vocabulary) check(node map[string]any, at string) []string {
	var problems []string
	typ, _ := node["@type"].(string)
	if _, ok := v.classes[typ]; !ok || v.dataTypes[typ] {
		return []string{fmt.Sprintf("%s: @type %q is not a schema.org class", at, typ)}
	}
	keys := make([]string, 0, len(node))
	for k := range node {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, prop := range keys {
		if strings.HasPrefix(prop, "@") {
			continue
		}
		where := at + "." + prop
		if !v.properties[prop] {
			problems = append(problems, where+": not a schema.org property")
			continue
		}
		if !slices.ContainsFunc(v.domains[prop], func(d string) bool { return v.isA(typ, d) }) {
			problems = append(problems, fmt.Sprintf("%s: %s's domain %v does not include %s", where, prop, v.domains[prop], typ))
		}
		values, isList := node[prop].([]any)
		if !isList {
			values = []any{node[prop]}
		}
		for i, val := range values {
			w := where
			if isList {
				w = fmt.Sprintf("%s[%d]", where, i)
			}
			switch x := val.(type) {
			case map[string]any:
				child, _ := x["@type"].(string)
				if !slices.ContainsFunc(v.ranges[prop], func(r string) bool { return v.isA(child, r) }) {
					problems = append(problems, fmt.Sprintf("%s: a %s is not in %s's range %v", w, child, prop, v.ranges[prop]))
				}
				problems = append(problems, v.check(x, w)...)
			case string:
				if !slices.ContainsFunc(v.ranges[prop], func(r string) bool {
					return slices.Contains([]string{"Text", "URL", "Date", "DateTime"}, r) || v.isA(r, "Text")
				}) {
					problems = append(problems, fmt.Sprintf("%s: text is not in %s's range %v", w, prop, v.ranges[prop]))
				}
			case float64:
				if !slices.ContainsFunc(v.ranges[prop], func(r string) bool { return r == "Number" || r == "Integer" || r == "Text" || v.isA(r, "Number") }) {
					problems = append(problems, fmt.Sprintf("%s: a number is not in %s's range %v", w, prop, v.ranges[prop]))
				}
			default:
				problems = append(problems, fmt.Sprintf("%s: unexpected value %v", w, val))
			}
		}
	}
	return problems
}

// The fixture's reviews use only schema.org 30.0 classes, each property on a class its domain
// covers and with a value its range admits.
func TestClaimReviewIsValidSchemaOrg(t *testing.T) {
	voc := loadVocabulary(t)
	var buf bytes.Buffer
	r := fixtureReport(t)
	require.NoError(t, Write(&buf, r, "claimreview", goldenOptions()))
	var reviews []map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &reviews))
	require.Len(t, reviews, len(r.Documents[0].Claims), "one review per claim")
	for i, rv := range reviews {
		assert.Empty(t, voc.check(rv, fmt.Sprintf("reviews[%d]", i)))
	}
}

// The check itself catches what it is for: an unknown type, a property off its domain, a value
// out of its range.
func TestSchemaOrgCheckCatchesMistakes(t *testing.T) {
	voc := loadVocabulary(t)
	assert.NotEmpty(t, voc.check(map[string]any{"@type": "FactCheck"}, "x"))
	assert.NotEmpty(t, voc.check(map[string]any{"@type": "Rating", "claimReviewed": "a"}, "x"))
	assert.NotEmpty(t, voc.check(map[string]any{"@type": "ClaimReview", "itemReviewed": map[string]any{"@type": "Claim", "ratingValue": 3.0}}, "x"))
	assert.NotEmpty(t, voc.check(map[string]any{"@type": "ClaimReview", "author": map[string]any{"@type": "Rating"}}, "x"))
	assert.Empty(t, voc.check(map[string]any{"@type": "ClaimReview", "author": map[string]any{"@type": "Person", "name": "A"}}, "x"))
}

func TestClaimReviewCarriesTheVerdict(t *testing.T) {
	r := fixtureReport(t)
	reviews := ClaimReviews(&r.Documents[0], Options{Publisher: Organization{Name: "P"}})
	require.Len(t, reviews, 6)
	first := reviews[0].(claimReview)
	assert.Equal(t, "overstated", first.ReviewRating.AlternateName)
	assert.Equal(t, 2, first.ReviewRating.RatingValue)
	assert.Equal(t, "2026-03-02", first.DatePublished, "the document's date without a configured one")
	last := reviews[5].(claimReview)
	assert.Equal(t, []string{"Organization", "Person"}, []string{last.ItemReviewed.Author[0].Type, last.ItemReviewed.Author[1].Type})
	assert.Empty(t, reviews[4].(claimReview).ItemReviewed.Author, "an unsourced claim names no author")
	dated := ClaimReviews(&r.Documents[0], Options{DatePublished: "2026-04-01"})
	assert.Equal(t, "2026-04-01", dated[0].(claimReview).DatePublished)
}

// The seed article's reviews (from its golden JSON report, which go test ./engine keeps
// current): one complete review per claim, with the JSON report's label, all valid schema.org.
func TestSeedClaimReviewsAreCompleteAndValid(t *testing.T) {
	voc := loadVocabulary(t)
	data, err := os.ReadFile("../testdata/golden/seed-kharkiv-missile.json")
	require.NoError(t, err)
	var r Report
	require.NoError(t, json.Unmarshal(data, &r))
	var buf bytes.Buffer
	require.NoError(t, Write(&buf, &r, "claimreview", Options{}))
	var reviews []map[string]any
	require.NoError(t, json.Unmarshal(buf.Bytes(), &reviews))
	claims := r.Documents[0].Claims
	require.Len(t, reviews, len(claims))
	for i, rv := range reviews {
		assert.Equal(t, "https://schema.org", rv["@context"])
		assert.Equal(t, "ClaimReview", rv["@type"])
		assert.Equal(t, claims[i].Text, rv["claimReviewed"])
		rating := rv["reviewRating"].(map[string]any)
		assert.Equal(t, claims[i].Verdict.Label, rating["alternateName"], claims[i].ID)
		assert.NotEmpty(t, rating["ratingExplanation"])
		assert.Equal(t, "Claim", rv["itemReviewed"].(map[string]any)["@type"])
		assert.Equal(t, "Organization", rv["author"].(map[string]any)["@type"])
		assert.Empty(t, voc.check(rv, fmt.Sprintf("reviews[%d]", i)))
	}
}
