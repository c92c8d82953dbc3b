// Stage 3, tokens: a sentence's bytes → tokens (words and punctuation with byte spans,
// lower-cased and possessive-stripped forms), and small helpers on words.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word or a punctuation mark with its byte range in the file.
type token struct {
	text       string
	lower      string
	start, end int
	punct      bool
	normed     string    // norm(), computed once: the registry's lookups ask for it per claim
	info       *wordInfo // the lexicon's entry for lower (nil: none); see wordinfo.go
	possInfo   *wordInfo // the entry for lower without a possessive ("council's" → "council")
	// cueState caches cueAt for this position: 0 not yet computed, 1 no cue, 2 a cue of cueLen
	// tokens, cueLexicon[cueIndex].
	cueState uint8
	cueLen   uint8
	cueIndex int16
}

// norm is the word as the registry compares it: lower case, without possessive or edge
// punctuation (a substring of lower: no allocation).
func (t token) norm() string { return t.normed }

func normWord(lower string) string {
	// strings.Trim with a cutset holding "’" takes its slow Unicode path; this runs per token.
	w := possessive(lower)
	for {
		if n := edgeMark(w, true); n > 0 {
			w = w[n:]
		} else if n := edgeMark(w, false); n > 0 {
			w = w[:len(w)-n]
		} else {
			return w
		}
	}
}

// edgeMark is the byte length of the punctuation normWord trims (. , ' ’ -) at the start
// (first) or end of w, 0 if none.
func edgeMark(w string, first bool) int {
	if w == "" {
		return 0
	}
	c := w[len(w)-1]
	if first {
		c = w[0]
	}
	switch c {
	case '.', ',', '\'', '-':
		return 1
	}
	if first && strings.HasPrefix(w, "’") || !first && strings.HasSuffix(w, "’") {
		return len("’")
	}
	return 0
}

func (t token) capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

func (t token) number() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsDigit(r)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&asciiWord != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == utf8.RuneError
}

// asciiClass answers isWordRune and unicode.IsSpace for ASCII by table: the tokenizer asks
// both for every byte of the article.
var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for r := range rune(utf8.RuneSelf) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			c[r] |= asciiWord
		}
		if unicode.IsSpace(r) {
			c[r] |= asciiSpace
		}
	}
	return c
}()

const (
	asciiWord uint8 = 1 << iota
	asciiSpace
)

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&asciiSpace != 0
	}
	return unicode.IsSpace(r)
}

// decodeRune is utf8.DecodeRune with the ASCII case inline.
func decodeRune(b []byte) (rune, int) {
	if len(b) > 0 && b[0] < utf8.RuneSelf {
		return rune(b[0]), 1
	}
	return utf8.DecodeRune(b)
}

// isJoiner: characters that stay inside a word when letters or digits stand on both sides
// ("U.S.", "DPRK-made", "Council’s", "12,000").
func isJoiner(r rune) bool {
	return r == '-' || r == '.' || r == '\'' || r == '’' || r == ',' || r == '‑'
}

// tokenize splits src[start:end] into tokens. Word tokens keep internal joiners; a trailing
// period of an abbreviation ("U.S.") stays with the word.
func tokenize(src []byte, start, end int) []token {
	return tokenizeInto(make([]token, 0, (end-start)/5+1), src, start, end)
}

// tokenizeInto appends the tokens of src[start:end] to out.
func tokenizeInto(out []token, src []byte, start, end int) []token {
	// One string for the sentence and one lower-cased copy, sliced per token: allocating per
	// token dominated extraction time. Non-ASCII text is lower-cased per token, since case
	// mapping can change byte lengths.
	text := string(src[start:end])
	lowerText, ok := foldLower(src[start:end])
	if !ok {
		lowerText = ""
	}
	i := start
	for i < end {
		r, size := decodeRune(src[i:end])
		switch {
		case isSpaceRune(r):
			i += size
		case isWordRune(r):
			j := i + size
			for j < end {
				r2, s2 := decodeRune(src[j:end])
				if isWordRune(r2) {
					j += s2
					continue
				}
				if isJoiner(r2) && j+s2 < end {
					r3, _ := decodeRune(src[j+s2 : end])
					if isWordRune(r3) && !(r2 == ',' && !(unicode.IsDigit(lastRuneBefore(src, j)) && unicode.IsDigit(r3))) {
						j += s2
						continue
					}
				}
				break
			}
			// "U.S." keeps its final period when the word already contains one, a title keeps its
			// own ("Dr.", "Gen."), and so do a name's abbreviated suffix ("Acme Ltd.", "Jr.") and
			// an initial before a name ("G. Nair"): the period ends neither the name nor the
			// sentence.
			if j < end && src[j] == '.' && keepsPeriod(src, i, j, end) {
				j++
			}
			w := text[i-start : j-start]
			var lower string
			if lowerText != "" {
				lower = lowerText[i-start : j-start]
			} else {
				lower = strings.ToLower(w)
				if strings.IndexByte(lower, 0xE2) >= 0 {
					lower = strings.ReplaceAll(lower, "’", "'")
				}
			}
			out = append(out, newToken(w, lower, i, j, false))
			i = j
		case (r == '\'' || r == '`') && i+1 < end && src[i+1] == byte(r):
			// '' and `` are quotation marks in some wire and newspaper copy
			p := text[i-start : i-start+2]
			out = append(out, newToken(p, p, i, i+2, true))
			i += 2
		default:
			p := text[i-start : i-start+size]
			out = append(out, newToken(p, p, i, i+size, true))
			i += size
		}
	}
	return out
}

func newToken(text, lower string, start, end int, punct bool) token {
	t := token{text: text, lower: lower, normed: normWord(lower), start: start, end: end, punct: punct, info: infoOf(lower)}
	t.possInfo = t.info
	if p := possessive(lower); p != lower {
		t.possInfo = infoOf(p)
	}
	return t
}

// foldLower lower-cases ASCII letters and keeps every other byte, so that offsets into the
// result are offsets into b. It fails (ok false) when b holds a non-ASCII upper-case letter,
// whose lower case could have another length; the caller then lower-cases word by word.
// Curly apostrophes are kept as they are: possessive() knows both.
func foldLower(b []byte) (string, bool) {
	var out strings.Builder
	out.Grow(len(b))
	run := 0 // b[run:i] is copied unchanged when it ends
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				out.Write(b[run:i])
				out.WriteByte(c + 'a' - 'A')
				run = i + 1
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if unicode.IsUpper(r) {
			return "", false
		}
		i += size
	}
	out.Write(b[run:])
	return out.String(), true
}

func lastRuneBefore(src []byte, i int) rune {
	r, _ := utf8.DecodeLastRune(src[:i])
	return r
}

// keepsPeriod: the word src[i:j] keeps the period after it (see tokenize).
func keepsPeriod(src []byte, i, j, end int) bool {
	w := string(src[i:j])
	lower := strings.ToLower(w)
	switch {
	case strings.Contains(w, "."), titleAbbreviations[lower]:
		return true
	case nameAbbreviations[lower]:
		return w != lower // "Ltd.", not a lower-case "co."
	case placeAbbreviations[lower] && w != lower:
		return j+1 < end && src[j+1] == ',' // "Salem, Ore., said": a state's abbreviation before a comma
	case j-i == 1 && src[i] >= 'A' && src[i] <= 'Z', placePrefixes[lower] && w != lower:
		// an initial, or "St." of "St. Louis": a capital letter or the prefix, its period, a
		// space and a capitalised word
		return j+2 < end && src[j+1] == ' ' && src[j+2] >= 'A' && src[j+2] <= 'Z'
	}
	return false
}

// nameAbbreviations are abbreviated suffixes of a company's or a person's name.
var nameAbbreviations = lexWords("nameAbbreviations")

// placeAbbreviations are abbreviated state and province names ("Ore.", "Calif.").
var placeAbbreviations = lexWords("placeAbbreviations")

// titleAbbreviations are abbreviated titles that stand before a name.
var titleAbbreviations = lexWords("titleAbbreviations")

// placePrefixes are abbreviated first words of place names ("St. Louis", "Mt. Kenya").
var placePrefixes = lexWords("placePrefixes")

func splitWords(s string) []string { return strings.Fields(strings.ToLower(s)) }

// possessive strips "'s" (or "’s") so that "Ukraine's" reads as "ukraine".
func possessive(lower string) string {
	return strings.TrimSuffix(strings.TrimSuffix(lower, "'s"), "’s")
}

// lowerWord is strings.ToLower without the allocation for the common all-lower ASCII word.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(w)
		}
	}
	return w
}

func isCapitalised(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' || w != "" && w[0] >= 0x80 && strings.ToUpper(w[:1]) == w[:1] && strings.ToLower(w[:1]) != w[:1]
}

func wordCount(toks []token) int {
	n := 0
	for _, t := range toks {
		if !t.punct {
			n++
		}
	}
	return n
}

func sentenceText(src []byte, toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	return string(src[toks[0].start:toks[len(toks)-1].end])
}
