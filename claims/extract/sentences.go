package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) in the original file.
type span struct{ start, end int }

// abbreviations end with a period that does not end a sentence (compared lower-case, without
// the final period).
var abbreviations = map[string]bool{
	"u.s": true, "u.k": true, "u.n": true, "e.u": true, "d.c": true, "u.s.a": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "maj": true, "capt": true, "sgt": true, "cpl": true, "adm": true, "cmdr": true,
	"gov": true, "sen": true, "rep": true, "pres": true, "amb": true, "rev": true, "hon": true,
	"st": true, "no": true, "nos": true, "vol": true, "fig": true, "approx": true, "est": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "vs": true,
	"e.g": true, "i.e": true, "etc": true, "cf": true, "al": true, "p": true, "pp": true,
}

// sentences splits [start,end) of src into sentences. A sentence ends at . ! or ? (with any
// closing quotes or brackets) followed by white space and then something that can start a
// sentence, unless the period belongs to an abbreviation, an initial or a number.
func sentences(src []byte, start, end int) []span {
	var out []span
	s := start
	i := start
	for i < end {
		r, size := utf8.DecodeRune(src[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		j := i + size
		// absorb repeated terminators and closing quotes/brackets
		for j < end {
			r2, sz := utf8.DecodeRune(src[j:end])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '"' || r2 == '\'' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == ']' || r2 == '»' {
				j += sz
				continue
			}
			break
		}
		if j >= end {
			break
		}
		next, _ := utf8.DecodeRune(src[j:end])
		if !unicode.IsSpace(next) {
			i = j
			continue
		}
		k := j
		for k < end {
			r3, sz := utf8.DecodeRune(src[k:end])
			if !unicode.IsSpace(r3) {
				break
			}
			k += sz
		}
		if k >= end {
			break
		}
		if r == '.' && !endsSentence(src[s:i], src[k:end]) {
			i = j
			continue
		}
		if ss, se := trimSpan(src, s, j); se > ss {
			out = append(out, span{ss, se})
		}
		s = k
		i = k
	}
	if ss, se := trimSpan(src, s, end); se > ss {
		out = append(out, span{ss, se})
	}
	return out
}

// endsSentence decides whether a period after before ends the sentence, given what follows.
func endsSentence(before, after []byte) bool {
	word := lastWord(before)
	lw := strings.ToLower(word)
	if abbreviations[lw] {
		// "… in the U.S. The next …" still ends; "U.S. officials" does not.
		return startsSentence(after) && (lw == "u.s" || lw == "u.k" || lw == "etc") && looksLikeSentenceStart(after)
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper(firstRune(word)) {
		return false // an initial: "J. Smith"
	}
	return startsSentence(after)
}

// looksLikeSentenceStart: after an ambiguous abbreviation, a new sentence usually starts with
// a function word, not a name.
func looksLikeSentenceStart(after []byte) bool {
	w := strings.ToLower(firstWord(after))
	switch w {
	case "the", "a", "an", "it", "he", "she", "they", "we", "this", "that", "in", "on", "but", "and", "however", "meanwhile":
		return true
	}
	return false
}

func startsSentence(after []byte) bool {
	r, _ := utf8.DecodeRune(after)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(«[", r)
}

func lastWord(b []byte) string {
	i := len(b)
	for i > 0 {
		r, size := utf8.DecodeLastRune(b[:i])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		i -= size
	}
	return string(b[i:])
}

func firstWord(b []byte) string {
	i := 0
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' {
			break
		}
		i += size
	}
	return string(b[:i])
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
