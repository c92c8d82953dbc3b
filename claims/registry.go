package claims

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// SourceKinds are the kinds of source the registry knows.
var SourceKinds = []string{
	"intergovernmental-monitor", "court/investigator", "wire-agency", "media", "state-media",
	"government", "military", "police", "ngo", "company", "individual", "unknown",
	// kinds that unregistered sources are read as ("prosecutors", "a hospital official")
	"prosecutor", "health", "academic", "analyst", "witness", "lawyer",
}

// Source is a source resolved against the registry. Text is how the claim named it.
type Source struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Text         string   `json:"text"`
	Kind         string   `json:"kind"`
	Reliability  string   `json:"reliability"`
	Affiliations []string `json:"affiliations"`
	Group        string   `json:"group"`
	// Known is false for a source the registry does not have: it is graded F and flagged.
	Known bool `json:"known"`
}

type registryEntry struct {
	Name         string   `json:"name"`
	Aliases      []string `json:"aliases"`
	Kind         string   `json:"kind"`
	Reliability  string   `json:"reliability"`
	Affiliations []string `json:"affiliations"`
	Group        string   `json:"group"`
	// State and Institution place a source among the institutions every state has, so that
	// "the health ministry of Kenya" finds it whatever the phrasing (see kinds.yaml).
	State       string `json:"state"`
	Institution string `json:"institution"`
}

type gazetteerEntry struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Demonyms []string `json:"demonyms"`
	Capitals []string `json:"capitals"`
	// Alone false: the bare name standing as a source is not the government ("Jordan said").
	Alone *bool `json:"alone"`
	// Grade, when set, is the reliability of every institution of the state; Party marks a
	// party that is not a state, which has no institutions.
	Grade string `json:"grade"`
	Party bool   `json:"party"`
	// Places are cities and regions within the state: they locate a story, and the local
	// authorities quoted in it ("the regional police").
	Places []string `json:"places"`
}

// Registry resolves the names sources go by ("UN sanctions monitors", "Moscow", "AP") to
// registry entries, and the names of states and parties to gazetteer ids.
type Registry struct {
	sources map[string]Source
	byName  map[string]string // normalised id, name or alias → source id
	places  map[string]string // normalised state name, alias, demonym or city → gazetteer id
	cities  map[string]bool   // the keys of places that are cities or regions
	longest int               // the most words in any place name, to bound phrase lookups
	// first words of every name, alias and place: a phrase whose first word is not here names
	// nothing, which saves building the phrase.
	nameStarts  map[string]int // first word → the most words of a name starting with it
	placeStarts map[string]int
	inst        institutionIndex
	kinds       kindIndex
}

// RegistryError is a registry source that cannot be used, found after the data files were
// merged; the caller places it in the file that defines the source.
type RegistryError struct {
	Source, Field, Message string
}

func (e *RegistryError) Error() string { return e.Message }

// NewRegistry builds a registry from policy data: data.factcheck.registry.sources and
// data.factcheck.gazetteer. It rejects entries a rule could not use (bad grade, unknown kind).
func NewRegistry(data map[string]any) (*Registry, error) {
	fc, _ := data["factcheck"].(map[string]any)
	reg, _ := fc["registry"].(map[string]any)
	var entries map[string]registryEntry
	if err := remarshal(reg["sources"], &entries); err != nil {
		return nil, fmt.Errorf("registry: factcheck.registry.sources: %w", err)
	}
	var places map[string]gazetteerEntry
	if err := remarshal(fc["gazetteer"], &places); err != nil {
		return nil, fmt.Errorf("registry: factcheck.gazetteer: %w", err)
	}
	entries, err := withInstitutions(reg, entries, places)
	if err != nil {
		return nil, err
	}
	r := &Registry{sources: map[string]Source{}, byName: map[string]string{}, places: map[string]string{}, cities: map[string]bool{},
		nameStarts: map[string]int{}, placeStarts: map[string]int{}}
	ids := make([]string, 0, len(entries))
	for id := range entries {
		ids = append(ids, id)
	}
	slices.Sort(ids) // alias clashes resolve the same way every run
	kinds, err := newKindIndex(reg)
	if err != nil {
		return nil, err
	}
	r.kinds = kinds
	for _, id := range ids {
		e := entries[id]
		grade := strings.ToUpper(cmp.Or(e.Reliability, kinds.grades[e.Kind]))
		if len(grade) != 1 || grade[0] < 'A' || grade[0] > 'F' {
			return nil, &RegistryError{Source: id, Field: "reliability", Message: fmt.Sprintf("registry: source %q: reliability %q is not an Admiralty grade A-F", id, e.Reliability)}
		}
		if !slices.Contains(SourceKinds, e.Kind) {
			return nil, &RegistryError{Source: id, Field: "kind", Message: fmt.Sprintf("registry: source %q: kind %q is not one of %s", id, e.Kind, strings.Join(SourceKinds, ", "))}
		}
		if e.Name == "" {
			return nil, &RegistryError{Source: id, Field: "name", Message: fmt.Sprintf("registry: source %q has no name", id)}
		}
		group := e.Group
		if group == "" {
			group = id
		}
		r.sources[id] = Source{ID: id, Name: e.Name, Kind: e.Kind, Reliability: grade,
			Affiliations: nonNil(e.Affiliations), Group: group, Known: true}
		for _, n := range append([]string{id, e.Name}, e.Aliases...) {
			key := normalise(n)
			if _, taken := r.byName[key]; !taken && key != "" {
				r.byName[key] = id
				f := strings.Fields(key)
				r.nameStarts[f[0]] = max(r.nameStarts[f[0]], len(f))
			}
		}
	}
	placeIDs := make([]string, 0, len(places))
	for id := range places {
		placeIDs = append(placeIDs, id)
	}
	slices.Sort(placeIDs)
	for _, id := range placeIDs {
		p := places[id]
		for _, n := range append(append([]string{id, p.Name}, p.Aliases...), p.Demonyms...) {
			r.addPlace(n, id, false)
		}
		for _, n := range p.Capitals {
			r.addPlace(n, id, false)
		}
		for _, n := range p.Places {
			r.addPlace(n, id, true)
		}
	}
	if err := r.indexInstitutions(reg, entries, places); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Registry) addPlace(name, id string, city bool) {
	key := normalise(name)
	if key == "" {
		return
	}
	if _, taken := r.places[key]; taken && city {
		return // a state's own names win over a city of the same name elsewhere
	}
	r.places[key] = id
	f := strings.Fields(key)
	r.placeStarts[f[0]] = max(r.placeStarts[f[0]], len(f))
	if city {
		r.cities[key] = true
	}
	r.longest = max(r.longest, len(strings.Fields(key)))
}

// Find looks a name up in the registry only: no unknown source is made.
func (r *Registry) Find(text string) (Source, bool) {
	s, ok := r.lookup(normalise(text), !possessive(text))
	if !ok {
		return Source{}, false
	}
	s.Text = text
	return s, true
}

// FindNormalisedBytes is Find for a key already normalised (words from NormaliseWord joined by
// single spaces), built in the caller's reused buffer: the lookup does not allocate.
func (r *Registry) FindNormalisedBytes(key []byte) (Source, bool) {
	id, ok := r.byName[string(key)]
	if !ok {
		return Source{}, false
	}
	return r.sources[id], true
}

// Resolve finds the source a claim names, by registry id, name or alias. A name the registry
// does not know becomes an unknown source, graded F, affiliated with any state or party its
// name mentions ("the Ukrainian military news portal" → ukraine).
func (r *Registry) Resolve(text string) Source {
	key := normalise(text)
	if s, ok := r.lookup(key, !possessive(text)); ok {
		s.Text = text
		return s
	}
	slug := strings.ReplaceAll(key, " ", "-")
	words := strings.Fields(key)
	// Words that tell the kind ("a federal judge", "prosecutors") give the kind's grade; only a
	// source whose kind cannot be read is F.
	kind := cmp.Or(r.kinds.infer(words), "unknown")
	return Source{
		ID: "unknown:" + slug, Name: strings.TrimSpace(text), Text: text, Kind: kind,
		Reliability: r.kinds.grade(kind), Affiliations: r.PlacesInWords(words, false), Group: "unknown:" + slug, Known: false,
	}
}

// lookup finds a source id by a normalised name: a registry name or alias, else a state's
// institution named by phrase ("kenya health ministry", "ministry of health of kenya"). A
// state's bare name is its government only when it is not a possessive: "Kenya's" alone is
// the owner of something the phrase went on to name ("Kenya's opposition leader").
func (r *Registry) lookup(key string, bareState bool) (Source, bool) {
	if id, ok := r.byName[key]; ok {
		return r.sources[id], true
	}
	state, inst, ok := r.inst.find(key, r.placeStarts, bareState)
	if !ok {
		return Source{}, false
	}
	return r.institution(state, inst)
}

func possessive(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "s'")
}

// Places returns the gazetteer ids of the states and parties that text names, by name, alias,
// demonym or city, as whole words, sorted.
func (r *Registry) Places(text string) []string {
	return r.matchPlaces(text, false)
}

// Localities returns the states whose cities or regions text names ("Kharkiv" → ukraine).
func (r *Registry) Localities(text string) []string {
	return r.matchPlaces(text, true)
}

func (r *Registry) matchPlaces(text string, citiesOnly bool) []string {
	return r.PlacesInWords(strings.Fields(normalise(text)), citiesOnly)
}

// NameWordsFrom reports how many words at most a name or alias starting with the normalised
// word has (0: none does). Callers that have normalised words already skip normalising again.
func (r *Registry) NameWordsFrom(word string) int { return r.nameStarts[word] }

// PlacesInWords is Places over words already normalised (lower case, without possessive or
// surrounding punctuation).
func (r *Registry) PlacesInWords(words []string, citiesOnly bool) []string {
	// Called for nearly every subject the extractor reads: no map per call, and a phrase of
	// several words is looked up from one reused buffer (a map index by string(bytes) does
	// not allocate).
	out := []string{}
	var key []byte
	for i := 0; i < len(words); i++ {
		longest := r.placeStarts[words[i]]
		if longest == 0 {
			continue
		}
		for n := min(longest, len(words)-i); n >= 1; n-- {
			key = append(key[:0], words[i]...)
			for _, w := range words[i+1 : i+n] {
				key = append(key, ' ')
				key = append(key, w...)
			}
			if id, ok := r.places[string(key)]; ok {
				if !citiesOnly || r.cities[string(key)] {
					out = append(out, id)
				}
				i += n - 1
				break
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// normalise folds case, curly apostrophes, possessives, punctuation and a leading article, so
// that "the Kremlin's", "Kremlin" and "KREMLIN" meet.
func normalise(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		w = strings.TrimSuffix(w, "'s")
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w == "" {
			continue
		}
		if b.Len() == 0 && w == "the" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	// "United Nations" and "UN" name the same thing in every registry name and alias.
	return strings.ReplaceAll(b.String(), "united nations", "un")
}

func slugify(s string) string {
	return strings.ReplaceAll(normalise(s), " ", "-")
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// remarshal converts loosely typed data (from YAML or JSON) into a typed value.
func remarshal(in, out any) error {
	if in == nil {
		return nil
	}
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
