package claims

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// institutionIndex finds a state's institution from how prose names it: a state's name, short
// form, capital or demonym with an institution phrase before or after it ("Kenya's health
// ministry", "the Chilean police", "the ministry of health of Bhutan", "police in Chile").
// The phrases are data (kinds.yaml, registry.institutions); the sources are registry entries
// with `state` and `institution` (generated, or written by hand).
type institutionIndex struct {
	phrases map[string]string // normalised phrase → institution id
	longest int               // the most words in a phrase
	slots   map[string]string // "state/institution" → source id
	states  map[string]string // normalised name, alias, capital or demonym → state id
	// names that stand alone for the government ("Kenya said"): names and aliases, not
	// demonyms, capitals or cities, and not a name marked alone: false.
	alone     map[string]bool
	demonyms  map[string]bool
	templates map[string]institutionTemplate
	gazetteer map[string]gazetteerEntry
}

type institutionTemplate struct {
	Name        string   `json:"name"` // %s is the state's name
	Kind        string   `json:"kind"`
	Reliability string   `json:"reliability"`
	Phrases     []string `json:"phrases"`
}

// withInstitutions completes the registry entries that stand for a state's institution under
// its generated id, <state>-<institution> ("kenya-police": {reliability: B} from -d), with the
// fields the template gives, so that an override keeps the rest. Every other institution of
// every state in the gazetteer is made when it is looked up (Registry.institution): 18
// institutions of 197 states are 3,500 sources, and building or parsing them all cost more at
// start-up than the rest of the registry.
func withInstitutions(reg map[string]any, entries map[string]registryEntry, places map[string]gazetteerEntry) (map[string]registryEntry, error) {
	var templates map[string]institutionTemplate
	if err := remarshal(reg["institutions"], &templates); err != nil {
		return nil, fmt.Errorf("registry: factcheck.registry.institutions: %w", err)
	}
	taken := map[string]bool{}
	for _, e := range entries {
		if e.State != "" || e.Institution != "" {
			taken[e.State+"/"+e.Institution] = true
		}
	}
	for id, e := range entries {
		if e.State != "" || e.Institution != "" {
			continue
		}
		state, inst, ok := splitInstitutionID(id, templates, places)
		if !ok || taken[state+"/"+inst] {
			continue
		}
		entries[id] = completeInstitution(e, state, inst, templates[inst], places[state])
	}
	return entries, nil
}

// splitInstitutionID reads "<state>-<institution>" with a state of the gazetteer (not a party)
// and an institution of the templates.
func splitInstitutionID(id string, templates map[string]institutionTemplate, places map[string]gazetteerEntry) (string, string, bool) {
	for i := len(id) - 1; i > 0; i-- {
		if id[i] != '-' {
			continue
		}
		state, inst := id[:i], id[i+1:]
		if _, ok := templates[inst]; !ok {
			continue
		}
		if p, ok := places[state]; ok && !p.Party {
			return state, inst, true
		}
	}
	return "", "", false
}

// completeInstitution fills the fields an entry leaves empty from the institution's template:
// the name, kind, grade (the state's, else the template's; else, later, the kind's), the state
// as affiliation, and the group <state>-state (<state>-courts for courts, which are not the
// government's voice).
func completeInstitution(e registryEntry, state, inst string, t institutionTemplate, p gazetteerEntry) registryEntry {
	group := state + "-state"
	if t.Kind == "court/investigator" {
		group = state + "-courts"
	}
	e.Name = cmp.Or(e.Name, strings.ReplaceAll(t.Name, "%s", p.Name))
	e.Kind = cmp.Or(e.Kind, t.Kind)
	e.Reliability = cmp.Or(e.Reliability, p.Grade, t.Reliability)
	if e.Affiliations == nil {
		e.Affiliations = []string{state}
	}
	e.Group = cmp.Or(e.Group, group)
	e.State, e.Institution = state, inst
	return e
}

// institution is the source for a state's institution: the registry's entry when it has one,
// else the one the template makes.
func (r *Registry) institution(state, inst string) (Source, bool) {
	if id, ok := r.inst.slots[state+"/"+inst]; ok {
		return r.sources[id], true
	}
	t, ok := r.inst.templates[inst]
	if !ok {
		return Source{}, false
	}
	p, ok := r.inst.gazetteer[state]
	if !ok || p.Party {
		return Source{}, false
	}
	e := completeInstitution(registryEntry{}, state, inst, t, p)
	id := state + "-" + inst
	return Source{ID: id, Name: e.Name, Kind: e.Kind, Reliability: strings.ToUpper(cmp.Or(e.Reliability, r.kinds.grade(e.Kind))),
		Affiliations: e.Affiliations, Group: e.Group, Known: true}, true
}

func (r *Registry) indexInstitutions(reg map[string]any, entries map[string]registryEntry, places map[string]gazetteerEntry) error {
	var templates map[string]institutionTemplate
	if err := remarshal(reg["institutions"], &templates); err != nil {
		return fmt.Errorf("registry: factcheck.registry.institutions: %w", err)
	}
	ix := institutionIndex{phrases: map[string]string{}, slots: map[string]string{}, states: map[string]string{},
		alone: map[string]bool{}, demonyms: map[string]bool{}, templates: templates, gazetteer: places}
	ids := make([]string, 0, len(templates))
	for id := range templates {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		for _, p := range templates[id].Phrases {
			key := normalise(p)
			if _, taken := ix.phrases[key]; !taken && key != "" {
				ix.phrases[key] = id
				ix.longest = max(ix.longest, len(strings.Fields(key)))
			}
		}
	}
	sourceIDs := make([]string, 0, len(entries))
	for id := range entries {
		sourceIDs = append(sourceIDs, id)
	}
	slices.Sort(sourceIDs)
	for _, id := range sourceIDs {
		e := entries[id]
		if e.State == "" && e.Institution == "" {
			continue
		}
		if _, ok := templates[e.Institution]; !ok {
			return fmt.Errorf("registry: source %q: institution %q is not in factcheck.registry.institutions", id, e.Institution)
		}
		slot := e.State + "/" + e.Institution
		if _, taken := ix.slots[slot]; !taken {
			ix.slots[slot] = id
		}
	}
	placeIDs := make([]string, 0, len(places))
	for id := range places {
		placeIDs = append(placeIDs, id)
	}
	slices.Sort(placeIDs)
	add := func(name, id string) string {
		key := normalise(name)
		if _, taken := ix.states[key]; !taken && key != "" {
			ix.states[key] = id
		}
		return key
	}
	for _, id := range placeIDs {
		p := places[id]
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if key := add(n, id); p.Alone == nil || *p.Alone {
				ix.alone[key] = true
			}
		}
		for _, n := range p.Capitals {
			add(n, id)
		}
		for _, n := range p.Demonyms {
			ix.demonyms[add(n, id)] = true
		}
	}
	r.inst = ix
	return nil
}

// find resolves a normalised phrase to a state and one of its institutions. placeStarts
// bounds the words a place name can have from its first word.
func (ix *institutionIndex) find(key string, placeStarts map[string]int, bareState bool) (string, string, bool) {
	if len(ix.templates) == 0 || key == "" {
		return "", "", false
	}
	if !strings.Contains(key, " ") { // a generated id: "kenya-health-ministry"
		if state, inst, ok := splitInstitutionID(key, ix.templates, ix.gazetteer); ok {
			return state, inst, true
		}
	}
	words := strings.Fields(key)
	// The state first: "kenya health ministry", "chilean police", "kenya".
	for n := min(placeStarts[words[0]], len(words)); n >= 1; n-- {
		place := strings.Join(words[:n], " ")
		state, ok := ix.states[place]
		if !ok {
			continue
		}
		if n == len(words) {
			if bareState && ix.alone[place] {
				return state, "government", true
			}
			return "", "", false
		}
		if inst, ok := ix.phrases[strings.Join(words[n:], " ")]; ok {
			return state, inst, true
		}
	}
	// The state last: "ministry of health of bhutan", "police in chile".
	if !strings.Contains(key, " of ") && !strings.Contains(key, " in ") && !strings.Contains(key, " for ") {
		return "", "", false
	}
	for i := 1; i+1 < len(words) && i <= ix.longest; i++ {
		if w := words[i]; w != "of" && w != "in" && w != "for" {
			continue
		}
		place := strings.Join(words[i+1:], " ")
		state, ok := ix.states[place]
		if !ok || ix.demonyms[place] {
			continue
		}
		if inst, ok := ix.phrases[strings.Join(words[:i], " ")]; ok {
			return state, inst, true
		}
	}
	return "", "", false
}

// kindIndex reads the kind of a source the registry does not have from its words, and grades
// it by kind (kinds.yaml: kind_words, kind_grades).
type kindIndex struct {
	words   map[string]string // normalised phrase → kind
	starts  map[string]int    // first word → the most words of a phrase starting with it
	longest int
	grades  map[string]string // kind → Admiralty grade
}

func newKindIndex(reg map[string]any) (kindIndex, error) {
	k := kindIndex{words: map[string]string{}, starts: map[string]int{}, grades: map[string]string{}}
	var grades map[string]string
	if err := remarshal(reg["kind_grades"], &grades); err != nil {
		return k, fmt.Errorf("registry: factcheck.registry.kind_grades: %w", err)
	}
	for kind, g := range grades {
		if !slices.Contains(SourceKinds, kind) {
			return k, fmt.Errorf("registry: factcheck.registry.kind_grades: kind %q is not one of %s", kind, strings.Join(SourceKinds, ", "))
		}
		g = strings.ToUpper(g)
		if len(g) != 1 || g[0] < 'A' || g[0] > 'F' {
			return k, fmt.Errorf("registry: factcheck.registry.kind_grades: %s: %q is not an Admiralty grade A-F", kind, g)
		}
		k.grades[kind] = g
	}
	var words map[string][]string
	if err := remarshal(reg["kind_words"], &words); err != nil {
		return k, fmt.Errorf("registry: factcheck.registry.kind_words: %w", err)
	}
	kinds := make([]string, 0, len(words))
	for kind := range words {
		if !slices.Contains(SourceKinds, kind) {
			return k, fmt.Errorf("registry: factcheck.registry.kind_words: kind %q is not one of %s", kind, strings.Join(SourceKinds, ", "))
		}
		kinds = append(kinds, kind)
	}
	slices.Sort(kinds)
	for _, kind := range kinds {
		for _, w := range words[kind] {
			key := normalise(w)
			if _, taken := k.words[key]; !taken && key != "" {
				k.words[key] = kind
				f := strings.Fields(key)
				k.longest = max(k.longest, len(f))
				k.starts[f[0]] = max(k.starts[f[0]], len(f))
			}
		}
	}
	return k, nil
}

func (k kindIndex) grade(kind string) string {
	if g, ok := k.grades[kind]; ok && kind != "unknown" {
		return g
	}
	return "F"
}

// infer reads the kind from the head of the phrase: the last kind word before a preposition or
// a relative pronoun ("the company's lawyer", "a federal judge", "analysts at a bank", "agents
// who pored over bank records"), else the first after it ("a spokesperson for the company").
func (k kindIndex) infer(words []string) string {
	if len(k.words) == 0 {
		return ""
	}
	split := len(words)
	for i, w := range words {
		if i > 0 && (w == "of" || w == "at" || w == "for" || w == "from" || w == "with" || w == "in" || w == "by" || w == "who" || w == "that" || w == "which") {
			split = i
			break
		}
	}
	kinds := k.match(words[:split])
	if len(kinds) > 0 {
		return kinds[len(kinds)-1]
	}
	if kinds = k.match(words[min(split+1, len(words)):]); len(kinds) > 0 {
		return kinds[0]
	}
	return ""
}

// match lists the kinds of the kind phrases in words, in order, longest phrase first at each word.
func (k kindIndex) match(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		for n := min(k.starts[words[i]], len(words)-i); n >= 1; n-- {
			if kind, ok := k.words[strings.Join(words[i:i+n], " ")]; ok {
				out = append(out, kind)
				i += n - 1
				break
			}
		}
	}
	return out
}
