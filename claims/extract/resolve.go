// Stage 7, resolution: a source phrase → a claims.Source. The registry by name or alias (the
// whole phrase, then a name within it), then pronouns (coref.go), then anaphora ("the monitors",
// "the report" → the last source of a fitting kind; a lead's "a UN report" → the one the article
// names later), else an unknown source named by the article's words. Every source resolved is
// remembered in order of mention (salience) for the phrases that refer back to it.

package extract

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// resolve names the source a noun phrase refers to: the registry by name or alias (the whole
// phrase, then its trailing or leading name, then the phrase after "from"/"of"), then an
// earlier source for anaphora ("the monitors", "the report", "they"), then a later one for
// leads that name their source further down, else an unknown source.
func (st *state) resolve(text string, np span, toks []token) (claims.Source, string, *span, bool) {
	words := stripLeading(strings.Fields(text))
	// "engineers interviewed by the Associated Press": the engineers speak; the agency asked.
	for k := 1; k+1 < len(words); k++ {
		if relayParticiples[lowerWord(words[k])] && words[k+1] == "by" {
			words = words[:k]
			break
		}
	}
	if len(words) == 0 {
		return claims.Source{}, "", nil, false
	}
	phrase := strings.Join(words, " ")
	lower := strings.ToLower(phrase)
	if last := words[len(words)-1]; len(words) <= 2 && nonSources[lowerWord(last)] && last != strings.ToUpper(last) && !(len(words) == 1 && pronouns[lower]) &&
		!(len(words) == 2 && isCapitalised(words[0]) && isCapitalised(last)) { // "Consumer Reports" is a name
		return claims.Source{}, "", nil, false
	}
	if n, ok := st.named[phrase]; ok {
		if n.ok {
			return st.seen(n.src, text, np), n.how, nil, true
		}
	} else {
		n := st.registryName(phrase, words)
		st.named[phrase] = n
		if n.ok {
			return st.seen(n.src, text, np), n.how, nil, true
		}
	}
	if pronouns[lower] {
		if sp, ok := sentenceSubjectFor(toks, np, lower); ok {
			subj := string(st.a.src[sp.start:sp.end])
			if src, _, _, ok := st.resolve(subj, sp, toks); ok {
				// "Police recovered a gun at the scene they say …": the sentence's own subject
				return st.seen(src, text, np), "pronoun: the subject of its sentence", &sp, true
			}
		}
		if a, ok := st.pronounAntecedent(lower); ok {
			return st.seen(a.src, text, np), "pronoun: the last " + agreement(lower) + " source named", &a.at, true
		}
		// No earlier source agrees with it: someone spoke whom the article named only as a
		// pronoun; an unknown source, not the last body named.
		return st.seen(st.x.reg.Resolve(text), text, np), "pronoun with no antecedent", nil, true
	}
	// Anaphora needs a determinate phrase ("the monitors", "a UN report", "the police
	// statement"): a bare plural ("Experts say", "Health officials said") is a vague source of
	// its own, unless it names whose it is ("Ukrainian officials", "Gaza officials").
	if determinate(text) || len(words) > 1 && (!pluralLike(words) || len(st.leadingPlaces(words)) > 0) {
		for k := len(words) - 1; k >= 0; k-- {
			head := strings.TrimSuffix(possessive(lowerWord(words[k])), ".")
			kinds, ok := anaphoricHeads[head]
			if !ok {
				continue
			}
			if a, ok := st.antecedent(kinds, head); ok && sameSide(st.leadingPlaces(words), a.src) {
				return st.seen(a.src, text, np), "refers back to " + a.src.Name, &a.at, true
			}
			// Forward only for a generic phrase ("a UN report", "the monitors"), not a named
			// body of its own ("Moldova's central electoral commission").
			if s, ok := st.later(kinds); ok && generic(words) && sameSide(st.leadingPlaces(words), s) {
				return st.seen(s, text, np), "refers ahead to " + s.Name, nil, true
			}
			break
		}
	}
	if !hasContent(words) {
		return claims.Source{}, "", nil, false
	}
	s := st.x.reg.Resolve(text) // unknown: graded F, affiliated with the places its name mentions
	if len(s.Affiliations) == 0 && anyWordIn(lexLocal, words) {
		s.Affiliations = st.x.reg.Localities(sentenceText(st.a.src, toks))
	}
	return st.seen(s, text, np), "not in the registry", nil, true
}

// stripLeading drops articles and quantities from a phrase: "a team of three sanctions
// monitors" → "sanctions monitors".
func stripLeading(words []string) []string {
	for len(words) > 1 {
		w := lowerWord(words[0])
		switch {
		case w == "the" || w == "a" || w == "an" || w == "both" || w == "all" || w == "some" || w == "several" || isNumber(w) && len(words) > 2:
			words = words[1:]
		case (w == "team" || w == "group" || w == "members" || w == "number" || w == "delegation" || w == "panel") && len(words) > 2 && words[1] == "of":
			words = words[2:]
		default:
			return words
		}
	}
	return words
}

// relayParticiples: "X interviewed by Y" — X is the source, Y only asked.
var relayParticiples = lexWords("relayParticiples")

// Words that are never a source by themselves.
var nonSources = lexWords("nonSources")

// Pronouns that refer back to the last source.
var pronouns = lexWords("pronouns")

func determinate(text string) bool {
	w := strings.ToLower(strings.Fields(text)[0])
	return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "this" || w == "these"
}

// generic: a short phrase without a possessive owner.
func generic(words []string) bool {
	if len(words) > 3 {
		return false
	}
	for _, w := range words {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return false
		}
	}
	return true
}

func hasContent(words []string) bool {
	for _, w := range words {
		if isCapitalised(w) && !strings.EqualFold(w, "the") && !strings.EqualFold(w, "a") && !strings.EqualFold(w, "an") && len(w) > 1 {
			return true
		}
		if !determiners[w] && !leadingNoise[w] && !auxiliaries[w] && len(w) > 1 {
			return true
		}
	}
	return false
}

// leadingPlaces are the places a phrase's first words name ("Gaza officials", "Moldova's
// commission"): whom it belongs to, not where it is ("experts at the … Ukraine plant").
func (st *state) leadingPlaces(words []string) []string {
	return st.x.reg.Places(strings.Join(words[:min(2, len(words))], " "))
}

// sameSide: a phrase that names a place ("Gaza officials") refers back only to a source of
// that place.
func sameSide(places []string, s claims.Source) bool {
	if len(places) == 0 {
		return true
	}
	for _, p := range places {
		if slices.Contains(s.Affiliations, p) {
			return true
		}
	}
	return false
}

// antecedent is the most recent source of one of these kinds, or whose name has the head noun.
func (st *state) antecedent(kinds []string, head string) (salient, bool) {
	// a source named with the same head ("the ministry … The ministry") before one that is only
	// of the same kind ("the ministry …, the mayor … The ministry" is not the mayor)
	for i := len(st.salience) - 1; i >= 0; i-- {
		if s := st.salience[i].src; !s.Known && strings.Contains(strings.ToLower(s.Name), head) {
			return st.salience[i], true
		}
	}
	body := orgHeads[head] && !personTitles[head]
	for i := len(st.salience) - 1; i >= 0; i-- {
		s := st.salience[i].src
		if body && !s.Known {
			if titled, named := personLike(st.salience[i]); titled || named {
				continue // "the agency" is not "a former senator" named before it
			}
		}
		if slices.Contains(kinds, s.Kind) || strings.Contains(strings.ToLower(s.Name), head) {
			return st.salience[i], true
		}
	}
	return salient{}, false
}

// later is the first source of one of these kinds that the document names further on.
func (st *state) later(kinds []string) (claims.Source, bool) {
	if !st.looked {
		st.lookAhead(st.segs)
		st.looked = true
	}
	for _, s := range st.ahead {
		if slices.Contains(kinds, s.Kind) {
			return s, true
		}
	}
	return claims.Source{}, false
}

// lookAhead lists the registry sources the document names, in order, so that a lead ("A UN
// report reveals …") can point to the source the article names later.
func (st *state) lookAhead(segs []segment) {
	var key []byte // reused: one name lookup per capitalised word of the document
	for _, sg := range segs {
		toks := sg.toks
		for i := range toks {
			if !toks[i].capitalised() {
				continue
			}
			longest := st.x.reg.NameWordsFrom(toks[i].norm())
			var match claims.Source
			matched := false
			for n := 1; n <= longest && i+n <= len(toks); n++ {
				if n == 1 {
					key = append(key[:0], toks[i].norm()...)
				} else {
					key = append(append(key, ' '), toks[i+n-1].norm()...)
				}
				if src, ok := st.x.reg.FindNormalisedBytes(key); ok {
					match, matched = src, true
				}
			}
			if matched && !isOutlet(match) && match.Kind != "government" {
				st.ahead = append(st.ahead, match)
			}
		}
	}
}

// namedSource is what the registry says a phrase names, remembered per document.
type namedSource struct {
	src claims.Source
	how string
	ok  bool
}

func (st *state) registryName(phrase string, words []string) namedSource {
	if s, ok := st.find(phrase); ok {
		return namedSource{s, "registry name or alias", true}
	}
	if name, ok := placedName(words); ok {
		// "The Taliban in Pakistan" is the Taliban, known or not; never Pakistan's government
		if s, ok := st.find(name); ok {
			return namedSource{s, "registry name within the phrase", true}
		}
		return namedSource{}
	} else if len(words) > 2 && words[1] == "in" {
		if s, ok := st.find(words[0]); ok { // "Hamas in Gaza"
			return namedSource{s, "registry name within the phrase", true}
		}
	}
	for _, candidate := range nameCandidates(words) {
		if s, ok := st.find(candidate); ok {
			return namedSource{s, "registry name within the phrase", true}
		}
	}
	return namedSource{}
}

// nameCandidates: the trailing run of capitalised words ("the defence news portal Armiya Today"), the
// phrase after "from" or "of" ("Inspectors from the OPCW"), the leading capitalised run.
func nameCandidates(words []string) []string {
	var out []string
	k := len(words)
	for k > 0 && isCapitalised(words[k-1]) {
		k--
	}
	if k > 0 && k < len(words) {
		out = append(out, strings.Join(words[k:], " "))
	}
	for i, w := range words {
		if (w == "from" || w == "of" || w == "at" || w == "for" || w == "by") && i+1 < len(words) && i > 0 {
			out = append(out, strings.Join(words[i+1:], " "))
		}
	}
	// "South Korea's Joint Chiefs of Staff" names the "Joint Chiefs of Staff".
	for i := 1; i < len(words)-1; i++ {
		if isCapitalised(words[i]) && (strings.HasSuffix(words[i-1], "'s") || strings.HasSuffix(words[i-1], "’s")) {
			out = append(out, strings.Join(words[i:], " "))
		}
	}
	j := 0
	for j < len(words) && isCapitalised(words[j]) {
		j++
	}
	if j > 0 && j < len(words) && !headsABody(words[j:]) {
		out = append(out, strings.Join(words[:j], " "))
	}
	return out
}

// placedName: a capitalised name placed somewhere ("The Taliban in Pakistan", "Amnesty
// International in Kenya", "the U.S. Embassy in Kyiv") names a body of its own, not the
// place's. A common head capitalised at the start of a sentence ("Officials in Kyiv",
// "Police in Texas") is no name: the place tells whose they are.
func placedName(words []string) (string, bool) {
	j := 0
	for j < len(words) && isCapitalised(words[j]) {
		j++
	}
	if j == 0 || j+1 >= len(words) || words[j] != "in" {
		return "", false
	}
	if l := strings.ToLower(words[0]); j == 1 && (anaphoricHeads[l] != nil || groupNouns[l] || personTitles[l] || orgHeads[l] || strings.HasSuffix(l, "s")) {
		return "", false // a common noun or a plural ("Prosecutors in Texas")
	}
	return strings.Join(words[:j], " "), true
}

// headsABody: the words after a name make a body of its own ("… monitoring mission in Armenia").
func headsABody(rest []string) bool {
	for _, w := range rest {
		lw := strings.ToLower(w)
		if lw == "in" || lw == "of" || lw == "at" || lw == "for" {
			return false
		}
		if orgHeads[lw] {
			return true
		}
	}
	return false
}

// Heads that make a phrase a body of its own: "the European Union monitoring mission" is not
// the European Union.
var orgHeads = lexWords("orgHeads")

// nameEndings end a body's capitalised name without making a phrase a body of its own the way
// orgHeads do ("the Food and Drug Administration", "Immigration and Customs Enforcement").
var nameEndings = lexWords("nameEndings")

// find is Registry.Find, remembered for the document: the same names recur.
func (st *state) find(phrase string) (claims.Source, bool) {
	if r, ok := st.found[phrase]; ok {
		return r.src, r.ok
	}
	src, ok := st.x.reg.Find(phrase)
	st.found[phrase] = foundName{src, ok}
	return src, ok
}

type foundName struct {
	src claims.Source
	ok  bool
}

// seen records a source as the latest named, for anaphora. An unregistered source keeps the
// words it was first named by, so that later references ("the police statement") join it.
func (st *state) seen(s claims.Source, text string, at span) claims.Source {
	if s.Known || s.Text == "" {
		s.Text = text
	}
	st.salience = append(st.salience, salient{src: s, at: at, words: text})
	return s
}

func isOutlet(s claims.Source) bool {
	return s.Known && (s.Kind == "wire-agency" || s.Kind == "media" || s.Kind == "state-media")
}

// sentenceSubjectFor is the sentence's opening noun phrase when a "they" (a plural or a group)
// or an "it" (a body) later in the same sentence agrees with it: "Police recovered a gun they
// say …" — the subject before the pronoun, not the last source of an earlier sentence.
func sentenceSubjectFor(toks []token, np span, pronoun string) (span, bool) {
	if pronoun != "they" && pronoun != "it" {
		return span{}, false
	}
	start := skipAdverbials(toks, 0, len(toks))
	if start >= len(toks) || toks[start].start >= np.start || !(toks[start].capitalised() || determiners[toks[start].lower]) {
		return span{}, false
	}
	e := readNounPhrase(toks, start, len(toks))
	if e <= start || toks[e-1].end > np.start || e < len(toks) && toks[e].text == "," {
		return span{}, false
	}
	var words []string
	for _, t := range toks[start:e] {
		words = append(words, t.text)
	}
	if pronouns[strings.ToLower(words[0])] {
		return span{}, false
	}
	group := groupNouns[strings.ToLower(words[len(words)-1])]
	plural := pluralLike(words)
	if pronoun == "they" && !(plural || group) || pronoun == "it" && (plural || personTitles[strings.ToLower(words[len(words)-1])]) {
		return span{}, false
	}
	return span{toks[start].start, toks[e-1].end}, true
}
