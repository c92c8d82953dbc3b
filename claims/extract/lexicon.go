// The word lists: every list of English words the extractor uses, loaded once at start-up
// from lexicon.yaml (embedded in the binary). Nothing here names an article, a person or an
// event; names live in the source registry and gazetteer (policy data).

package extract

import "strings"

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
