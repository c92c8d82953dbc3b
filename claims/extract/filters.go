// Stage 11a, non-claims: the reasons a sentence is not a claim, checked before and while its
// attributions are read — captions, navigation lines, reader appeals, questions, fragments,
// no-comment notes, pledges in a speaker's words, addresses to the reader, opinion and
// speculation without a source, appeals and advice.

package extract

import (
	"regexp"
	"strings"
)

func (st *state) sentence(bi int, sg *segment, part string, afterRelated bool) {
	s, toks := sg.span, sg.toks
	st.cur = sg
	defer func() { st.cur = nil }()
	text := string(st.a.src[s.start:s.end])
	h := lexicons.scanInto(&st.hits, toks)
	why := ""
	switch {
	case part == "caption":
		st.skip(s, part, "caption or credit line")
		return
	case h.has(lexAppeal) || afterRelated && h.has(lexAddress):
		st.skip(s, part, "reader appeal or site boilerplate")
		return
	case strings.HasSuffix(strings.TrimRight(text, `"'”’)`), "?"):
		why = "question"
	case wordCount(toks) < 4 && !h.has(lexNumber):
		why = "fragment"
	case h.has(lexNoComment):
		why = "a note that someone did not answer or that it is not known, not a claim"
	case h.has(lexPledge) && (sg.quoting.whole >= 0 || quoted(text)):
		why = "a pledge, appeal or sentiment in the speaker's words, not a claim"
	}
	if why != "" {
		st.skipWith(s, part, why, st.attributions(toks, h, sg.quoting.inside))
		return
	}
	st.claimFor(bi, s, part, nil, toks, h)
}

var navigationLine = regexp.MustCompile(`(?i)^(?:related|read also|see also|more on this|read more|tags?|share|advertisement)\s*:?\s*$`)

// mayBeCaption is a cheap test before the caption pattern: a caption starts with "(" or one of
// a handful of words.
func mayBeCaption(text string) bool {
	if text == "" {
		return false
	}
	switch text[0] {
	case '(', 'P', 'p', 'I', 'i', 'S', 's', 'C', 'c', 'V', 'v':
		return strings.IndexByte(text[:min(len(text), 24)], ':') >= 0
	}
	return false
}

var captionLine = regexp.MustCompile(`(?i)^\(?\s*(?:photo|image|source|credit|caption|video|illustration)s?\s*:`)

// speculates: the clause's verb is a modal of possibility ("Challenging the result could test
// …", "Every second could mean …"): a guess about what may happen, not a fact.
func speculates(toks []token) bool {
	start := skipAdverbials(toks, 0, len(toks))
	end := readNounPhrase(toks, start, len(toks))
	if end <= start || end >= len(toks) {
		return false
	}
	if negator[toks[start].lower] {
		return false // "Neither account could be verified": a negative finding, not a guess
	}
	switch toks[end].lower {
	case "could", "might", "may":
		return end+1 < len(toks) && toks[end+1].lower != "not" && toks[end+1].lower != "have"
	}
	return false
}

var negator = map[string]bool{"neither": true, "no": true, "none": true, "nobody": true, "nothing": true}

// appealCues ask for something rather than say what is so.
var appealCues = map[string]bool{"urged": true, "urges": true, "urging": true, "called for": true, "calls for": true,
	"advises": true, "advised": true, "appealed": true, "appeals": true}

func quoted(text string) bool {
	return strings.ContainsAny(text, `"“”`) || strings.Contains(text, "''")
}
