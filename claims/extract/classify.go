// Stage 10, classification: what kind of claim a sentence makes (responsibility, provenance,
// legal, quantity, event, statement, background) from its wording and stances, and the states and
// parties it is about (subjects).

package extract

import (
	"slices"
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// classify decides what kind of claim a sentence makes, from its wording and stances.
func classify(h *hits, toks []token, atts []claims.Attribution, reg *claims.Registry) claims.Kind {
	for _, a := range atts {
		if a.Stance == claims.StanceDenies {
			return claims.KindStatement
		}
	}
	for _, a := range atts {
		if a.Stance == claims.StanceCannotDetermine {
			if h.has(lexRespUnknown) {
				return claims.KindResponsibility
			}
			return claims.KindEvent
		}
	}
	switch {
	case len(atts) == 0 && earlierEvent(toks):
		return claims.KindBackground // "In December, 23 people were killed …": an earlier event, told as context
	case h.has(lexResponsibility) || partyActs(toks, h, reg):
		return claims.KindResponsibility
	case h.has(lexProvenance) || madeIn(toks):
		return claims.KindProvenance
	case len(attackAgents(toks, reg)) > 0 && !counts(h):
		return claims.KindResponsibility // "a Russian missile strike damaged …"
	case weaponOfPlace(toks, h, reg):
		return claims.KindProvenance
	case h.has(lexLegal):
		return claims.KindLegal
	case counts(h):
		return claims.KindQuantity
	case h.has(lexEvent):
		return claims.KindEvent
	case len(atts) > 0:
		return claims.KindStatement
	}
	return claims.KindBackground
}

// partyActs: a state or party is the subject of "used"/"using" ("Russia used", "Russia using").
func partyActs(toks []token, h *hits, reg *claims.Registry) bool {
	for _, m := range h[lexUsing] { // the lexicon's matches, not a lookup of every word
		i := m.start
		if m.end-m.start != 1 || i == 0 {
			continue
		}
		k := i - 1
		for k >= 0 && auxiliaries[toks[k].lower] {
			k--
		}
		if k >= 0 && len(placesOf(reg, toks[max(0, k-1):k+1])) > 0 {
			return true // "Russia used", "Russian forces had used"
		}
	}
	return false
}

// attackNouns name an act of war that a demonym attributes ("a Russian missile strike").
var attackNouns = lexWords("attackNouns")

// attackAgents are the parties an attack is named by ("Russian strike", "an Israeli air strike").
func attackAgents(toks []token, reg *claims.Registry) []string {
	var out []string
	for i, t := range toks {
		if !t.is(clsAttackNoun) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if toks[k].capitalised() {
				out = append(out, placesOf(reg, toks[k:k+1])...)
			}
		}
	}
	return out
}

// weaponOfPlace: a weapon named by its country ("a North Korean missile").
func weaponOfPlace(toks []token, h *hits, reg *claims.Registry) bool {
	for _, m := range h[lexWeapon] {
		i := m.start
		if m.end-m.start != 1 {
			continue
		}
		from := max(0, i-3)
		if from < i && len(placesOf(reg, toks[from:i])) > 0 {
			return true
		}
	}
	return false
}

// placesOf is Registry.Places over tokens, using their normalised words.
func placesOf(reg *claims.Registry, toks []token) []string {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		if !t.punct {
			words = append(words, t.norm())
		}
	}
	return reg.PlacesInWords(words, false)
}

// madeIn: "DPRK-made", "of Iranian origin".
func madeIn(toks []token) bool {
	for i, t := range toks {
		if strings.HasSuffix(t.lower, "-made") || t.lower == "origin" && i >= 2 && toks[i-2].lower == "of" {
			return true
		}
	}
	return false
}

// counts: a number next to what it counts ("four deaths", "killed one and injured 45").
func counts(h *hits) bool {
	for _, n := range h[lexNumber] {
		for _, q := range h[lexQuantityNoun] {
			if q.start != n.start && q.start >= n.start-2 && q.start <= n.start+3 {
				return true
			}
		}
	}
	return false
}

// subjects are the states and parties a claim is about: those it names outside its sources'
// names; a denier speaks about itself.
func (st *state) subjects(toks []token, primaries []mention, atts []claims.Attribution) []string {
	words := make([]string, 0, len(toks))
	scene := sceneOf(toks)
	for i, t := range toks {
		inSource := scene[i]
		for _, m := range primaries {
			if t.start >= m.start && t.end <= m.end {
				inSource = true
			}
		}
		if !t.punct && !inSource {
			words = append(words, t.norm())
		} else {
			words = append(words, "")
		}
	}
	found := st.x.reg.PlacesInWords(words, false)
	for i, a := range atts {
		if a.Stance == claims.StanceDenies {
			found = append(found, primaries[i].src.Affiliations...)
		}
	}
	slices.Sort(found)
	return slices.Compact(found)
}

var locatives, placeModifiers = lexWords("locatives"), lexWords("placeModifiers")

// sceneOf marks the places a sentence names as where something happened ("in eastern
// Afghanistan", "near the Syrian border") or where it was filed (a dateline): the scene of an act is not a party to it, so a
// source of that place is not interested merely because it happened there.
func sceneOf(toks []token) []bool {
	scene := make([]bool, len(toks))
	for i := range datelineEnd(toks, len(toks)) {
		scene[i] = true // "KABUL, Afghanistan (AP) —": where the story was filed
	}
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].is(clsLocative) {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].is(clsPlaceModifier) {
			j++
		}
		for {
			for j < len(toks) && !toks[j].punct && toks[j].capitalised() {
				scene[j] = true
				j++
			}
			// "in the Niger Delta region of Nigeria", "in the Kherson region of Ukraine": the
			// scene runs on through a place noun and "of"
			if j+2 < len(toks) && placeNouns[toks[j].lower] && toks[j+1].lower == "of" && toks[j+2].capitalised() {
				j += 2
				continue
			}
			break
		}
	}
	return scene
}

// earlierEvent: the sentence opens with a time before the story's ("In December,", "In 2019,",
// "Three months earlier,", "Two years ago,", "Last year,") and a comma: what follows is context
// from before, not the news reported.
func earlierEvent(toks []token) bool {
	comma := -1
	for k := 1; k < len(toks) && k <= 4; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	first, last := toks[0].lower, toks[comma-1].lower
	switch {
	case first == "in" && comma == 2 && (months[last] || len(last) == 4 && toks[1].number()):
		return true // "In December,", "In 2019,"
	case (last == "earlier" || last == "ago" || last == "before") && comma >= 2 && (toks[0].number() || wordIn(lexNumber, first) || first == "a" || first == "months" || first == "years" || first == "weeks"):
		return true // "Three months earlier,", "Two years ago,"
	case first == "last" && comma == 2 && (last == "year" || last == "month"):
		return true
	}
	return false
}

// months are the months' names.
var months = lexWords("months")

// placeNouns name a part of a place between its name and the larger place's ("the Kherson
// region of Ukraine").
var placeNouns = lexWords("placeNouns")
