package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testRegistry(t *testing.T) *Registry {
	t.Helper()
	r, err := NewRegistry(map[string]any{"factcheck": map[string]any{
		"registry": map[string]any{"sources": map[string]any{
			"un-panel": map[string]any{"name": "UN Panel of Experts", "aliases": []any{"UN sanctions monitors"}, "kind": "intergovernmental-monitor", "reliability": "b"},
			"kremlin":  map[string]any{"name": "Government of Russia", "aliases": []any{"the Kremlin", "Moscow"}, "kind": "government", "reliability": "D", "affiliations": []any{"russia"}, "group": "russia-state"},
		}},
		"gazetteer": map[string]any{
			"ukraine":     map[string]any{"name": "Ukraine", "demonyms": []any{"Ukrainian"}},
			"north-korea": map[string]any{"name": "North Korea", "aliases": []any{"DPRK"}, "demonyms": []any{"North Korean"}},
			"korea":       map[string]any{"name": "Korea"},
		},
	}})
	require.NoError(t, err)
	return r
}

func TestResolveByIdNameAndAlias(t *testing.T) {
	r := testRegistry(t)
	for _, text := range []string{"un-panel", "UN Panel of Experts", "UN sanctions monitors", "un sanctions monitors"} {
		s := r.Resolve(text)
		assert.Equal(t, "un-panel", s.ID, text)
		assert.Equal(t, "B", s.Reliability, "grades are upper-cased")
		assert.Equal(t, text, s.Text)
		assert.True(t, s.Known)
		assert.Equal(t, "un-panel", s.Group, "group defaults to the id")
	}
	s := r.Resolve("the Kremlin’s")
	assert.Equal(t, "kremlin", s.ID, "articles, possessives and curly apostrophes fold")
	assert.Equal(t, "russia-state", s.Group)
}

func TestUnknownSourceIsGradedFAndKeepsItsAffiliation(t *testing.T) {
	r := testRegistry(t)
	s := r.Resolve("Ukrainian military news portal")
	assert.False(t, s.Known)
	assert.Equal(t, "F", s.Reliability)
	assert.Equal(t, "unknown", s.Kind)
	assert.Equal(t, "unknown:ukrainian-military-news-portal", s.ID)
	assert.Equal(t, []string{"ukraine"}, s.Affiliations)
}

func TestPlacesPrefersTheLongestName(t *testing.T) {
	r := testRegistry(t)
	assert.Equal(t, []string{"north-korea"}, r.Places("a North Korean missile"))
	assert.Equal(t, []string{"korea", "ukraine"}, r.Places("Korea and Ukraine"))
	assert.Empty(t, r.Places("the regional police"))
	assert.Equal(t, []string{"north-korea", "ukraine"}, r.Places("Ukraine, North Korea, Ukraine and the DPRK"), "each place once, sorted")
	assert.Equal(t, []string{}, r.Places(""), "none is an empty list, not nil")
}

func TestRegistryRejectsBadEntries(t *testing.T) {
	bad := func(entry map[string]any) error {
		_, err := NewRegistry(map[string]any{"factcheck": map[string]any{"registry": map[string]any{"sources": map[string]any{"x": entry}}}})
		return err
	}
	assert.ErrorContains(t, bad(map[string]any{"name": "X", "kind": "media", "reliability": "G"}), `reliability "G" is not an Admiralty grade`)
	assert.ErrorContains(t, bad(map[string]any{"name": "X", "kind": "blog", "reliability": "C"}), `kind "blog" is not one of`)
	assert.ErrorContains(t, bad(map[string]any{"kind": "media", "reliability": "C"}), "has no name")
	assert.ErrorContains(t, bad(map[string]any{"name": 3}), "factcheck.registry.sources")
}
