// Stage 7b, pronouns: "he", "she", "they", "it" → the most recent source that agrees in
// person, number and animacy (a titled or named person for "he"/"she", a body for "it", a group
// for "they").

package extract

import (
	"strings"

	"github.com/factcheck/factcheck/claims"
)

// Coreference: which earlier source a pronoun names. "He" and "she" take the last person named
// as a source, "it" the last body, "they" the last group or body: a pronoun that simply took
// the last source named made "she said" a report and "it said" a minister.

// salient is a source as the document named it: what it resolved to, and the words and place.
type salient struct {
	src   claims.Source
	at    span
	words string
}

// personTitles are words that make a phrase name one person ("the city's police chief",
// "Dr. Amal Haddad", "a company spokeswoman").
var personTitles = lexWords("personTitles")

// groupNouns name a body that is "it" or "they" alike ("the military said it", "police said
// they").
var groupNouns = lexWords("groupNouns")

// agreement is the kind of antecedent a pronoun takes.
func agreement(pronoun string) string {
	switch pronoun {
	case "he", "she":
		return "person"
	case "it":
		return "body"
	}
	return "group"
}

// personLike: the words name one person — titled ("the chief", "Dr. …"), or named: a name
// the registry does not know (two to four capitalised words, none the head of a body), which
// may as well be a company's ("World Central Kitchen").
func personLike(s salient) (titled, named bool) {
	if s.src.Known {
		return false, false
	}
	if parts := strings.Split(s.words, ","); len(parts) > 1 {
		// a name and its apposition ("head of media relations, Mark Hemingway", "Dana Reyes, a
		// nurse"): one person when either part names one
		for _, p := range parts {
			part := s
			part.words = strings.TrimSpace(p)
			if t, n := personLike(part); t || n {
				return t, n
			}
		}
		return false, false
	}
	words := stripLeading(strings.Fields(s.words))
	if len(words) == 0 {
		return false, false
	}
	head := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
	if pluralLike(words) && !personTitles[head] {
		return false, false
	}
	for _, w := range words {
		if personTitles[strings.ToLower(possessive(w))] {
			return true, false
		}
	}
	if len(words) < 2 || len(words) > 4 {
		return false, false
	}
	for _, w := range words {
		if !isCapitalised(w) || orgHeads[strings.ToLower(w)] {
			return false, false
		}
	}
	return false, true
}

// fullNameLike: two or three capitalised words, none an acronym or the head of a body — a
// person's full name even when the surname ends in -s ("Stephen Hughes"), which pluralLike
// alone would read as a group.
func fullNameLike(phrase string) bool {
	words := strings.Fields(phrase)
	if len(words) < 2 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		l := strings.ToLower(w)
		if !isCapitalised(w) || acronymWord(w) || orgHeads[l] || groupNouns[l] || determiners[l] {
			return false
		}
	}
	return true
}

// pluralLike: the phrase names a group ("officials", "the police", "Ukraine and Poland").
func pluralLike(words []string) bool {
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		if strings.EqualFold(w, "and") {
			return true
		}
	}
	head := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
	return len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us")
}

// pronounAntecedent is the most recent source the pronoun agrees with.
func (st *state) pronounAntecedent(pronoun string) (salient, bool) {
	for i := len(st.salience) - 1; i >= 0; i-- {
		s := st.salience[i]
		if pronouns[strings.ToLower(s.words)] {
			continue // a pronoun's own entry: its antecedent stands further back
		}
		if agrees(s, pronoun) {
			return s, true
		}
	}
	return salient{}, false
}

// agrees: the pronoun may name the source s — "he"/"she" a person, "it" a body, "they" a group.
func agrees(s salient, pronoun string) bool {
	titled, named := personLike(s)
	words := strings.Fields(s.words)
	group := len(words) > 0 && groupNouns[strings.ToLower(words[len(words)-1])]
	plural := pluralLike(words) && !group
	switch agreement(pronoun) {
	case "person":
		return titled || named
	case "body":
		return !titled && !plural
	default:
		return !titled && !named
	}
}
