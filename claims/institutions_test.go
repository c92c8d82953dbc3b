package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func worldRegistry(t *testing.T, sources map[string]any) *Registry {
	t.Helper()
	if sources == nil {
		sources = map[string]any{}
	}
	sources["china-daily"] = map[string]any{"name": "China Daily", "kind": "state-media", "reliability": "D", "affiliations": []any{"china"}}
	r, err := NewRegistry(map[string]any{"factcheck": map[string]any{
		"registry": map[string]any{
			"sources":     sources,
			"kind_grades": map[string]any{"government": "C", "police": "C", "court/investigator": "B", "company": "C", "analyst": "C", "witness": "D", "prosecutor": "C"},
			"institutions": map[string]any{
				"government":      map[string]any{"name": "Government of %s", "kind": "government", "phrases": []any{"government", "authorities"}},
				"health-ministry": map[string]any{"name": "Ministry of Health of %s", "kind": "government", "phrases": []any{"health ministry", "ministry of health"}},
				"police":          map[string]any{"name": "Police of %s", "kind": "police", "phrases": []any{"police"}},
				"central-bank":    map[string]any{"name": "Central Bank of %s", "kind": "government", "reliability": "B", "phrases": []any{"central bank"}},
			},
			"kind_words": map[string]any{
				"court/investigator": []any{"judge", "court"}, "prosecutor": []any{"prosecutors"}, "company": []any{"company", "bank"},
				"analyst": []any{"analysts"}, "witness": []any{"witnesses"}, "lawyer": []any{"lawyer"},
			},
		},
		"gazetteer": map[string]any{
			"kenya":  map[string]any{"name": "Kenya", "demonyms": []any{"Kenyan"}, "capitals": []any{"Nairobi"}},
			"chile":  map[string]any{"name": "Chile", "demonyms": []any{"Chilean"}},
			"jordan": map[string]any{"name": "Jordan", "demonyms": []any{"Jordanian"}, "alone": false},
			"china":  map[string]any{"name": "China", "demonyms": []any{"Chinese"}, "grade": "D"},
			"hamas":  map[string]any{"name": "Hamas", "party": true},
		},
	}})
	require.NoError(t, err)
	return r
}

func TestStateInstitutionsResolveFromEveryPhrasing(t *testing.T) {
	r := worldRegistry(t, nil)
	for text, want := range map[string]string{
		"Kenya's health ministry":         "kenya-health-ministry",
		"the Kenyan health ministry":      "kenya-health-ministry",
		"the ministry of health of Kenya": "kenya-health-ministry",
		"police in Kenya":                 "kenya-police",
		"Nairobi police":                  "kenya-police",
		"Kenya":                           "kenya-government",
		"the Jordanian authorities":       "jordan-government",
		"the Chinese central bank":        "china-central-bank",
	} {
		s := r.Resolve(text)
		assert.Equal(t, want, s.ID, text)
		assert.True(t, s.Known, text)
	}
	assert.Equal(t, "C", r.Resolve("Kenyan police").Reliability, "the kind's grade")
	assert.Equal(t, "B", r.Resolve("Kenya's central bank").Reliability, "the institution's grade")
	assert.Equal(t, "D", r.Resolve("Chinese police").Reliability, "the state's grade")
	assert.Equal(t, []string{"kenya"}, r.Resolve("Kenyan police").Affiliations)
	assert.Equal(t, "kenya-state", r.Resolve("Kenyan police").Group)
}

func TestStateNamesDoNotOverreach(t *testing.T) {
	r := worldRegistry(t, nil)
	assert.Equal(t, "china-daily", r.Resolve("China Daily").ID, "an outlet named after a state is the outlet")
	_, ok := r.Find("Jordan")
	assert.False(t, ok, "a name marked alone: false is not the government by itself")
	_, ok = r.Find("Kenya's")
	assert.False(t, ok, "a possessive owns what the phrase goes on to name")
	_, ok = r.Find("Kenyan")
	assert.False(t, ok, "a demonym alone names nobody")
	_, ok = r.Find("Kenya Airways")
	assert.False(t, ok)
	_, ok = r.Find("Hamas police")
	assert.False(t, ok, "parties that are not states have no generated institutions")
}

func TestHandWrittenSourcesTakeTheInstitutionsPlaceAndOverridesApply(t *testing.T) {
	r := worldRegistry(t, map[string]any{
		"kenya-cdc":    map[string]any{"name": "Kenya Disease Agency", "kind": "government", "reliability": "A", "affiliations": []any{"kenya"}, "state": "kenya", "institution": "health-ministry"},
		"kenya-police": map[string]any{"reliability": "B"},
	})
	assert.Equal(t, "kenya-cdc", r.Resolve("the Kenyan health ministry").ID)
	s, _ := r.Find("kenya-health-ministry")
	assert.Equal(t, "kenya-cdc", s.ID, "the generated id names the hand-written source: no duplicate")
	s, _ = r.Find("chile-police")
	assert.Equal(t, "Police of Chile", s.Name, "a generated id resolves without an entry")
	p := r.Resolve("Kenyan police")
	assert.Equal(t, "B", p.Reliability, "a -d override of a generated id keeps the other fields")
	assert.Equal(t, "Police of Kenya", p.Name)
}

func TestUnregisteredSourcesAreGradedByKind(t *testing.T) {
	r := worldRegistry(t, nil)
	for text, kind := range map[string]string{
		"a federal judge":                "court/investigator",
		"prosecutors":                    "prosecutor",
		"the company's spokesperson":     "company",
		"a spokesperson for the company": "company",
		"analysts at a bank":             "analyst",
		"witnesses":                      "witness",
		"the company's lawyer":           "lawyer",
		"a man who gave his name":        "unknown",
	} {
		s := r.Resolve(text)
		assert.False(t, s.Known, text)
		assert.Equal(t, kind, s.Kind, text)
	}
	assert.Equal(t, "B", r.Resolve("a federal judge").Reliability)
	assert.Equal(t, "F", r.Resolve("a man who gave his name").Reliability, "only a source whose kind cannot be read is F")
	assert.Equal(t, "F", r.Resolve("the company's lawyer").Reliability, "a kind without a grade is F")
}
