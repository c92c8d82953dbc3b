// Package extract reads an article's prose and finds its claims: for every sentence, whether
// it makes a check-worthy factual claim, what kind, about whom, who it is attributed to, how
// (cue and stance), on what evidence, and through whom it was relayed — with exact byte spans
// into the original file.
//
// It is rule-based and general: lexicons of reporting cues, hedges, evidence and boilerplate
// words, a small noun-phrase reader for sources, and the source registry and gazetteer for
// names. Nothing in it is specific to an article. Positions always come from the parser (the
// line splitter for text, goldmark for Markdown) and are never found by searching the text
// again.
//
// The output is a claims.Document that `factcheck check` loads unchanged, plus an Explanation
// of every sentence (why it was or was not taken as a claim, which words made each
// attribution).
package extract
