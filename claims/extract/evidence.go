// Stage 9, evidence: the kinds of evidence a sentence mentions (inspection, forensics,
// documents, imagery, testimony, statements, open-source analysis) from the lexicon hits, and the
// propagation of a source's own inspection to its claims about provenance across the document.
// (Hedges are the "hedge" lexicon's hits, collected in claimFor.)

package extract

import (
	"slices"

	"github.com/factcheck/factcheck/claims"
)

// evidenceKinds maps the evidence lexicons to the claims model's evidence types, in order.
var evidenceKinds = []struct {
	lex  lexID
	kind string
}{
	{lexPhysical, "physical-inspection"}, {lexForensic, "forensic-analysis"}, {lexDocuments, "documents"},
	{lexImagery, "imagery"}, {lexTestimony, "testimony"}, {lexStatement, "statement"}, {lexOpenSource, "open-source-analysis"},
}

// evidenceIn lists the kinds of evidence a sentence mentions. Physical inspection needs a
// verb of looking ("visited", "examined"), not just the word "debris".
func evidenceIn(h *hits) []string {
	var out []string
	for _, e := range evidenceKinds {
		if !h.has(e.lex) || e.lex == lexPhysical && !h.has(lexInspectVerb) {
			continue
		}
		out = append(out, e.kind)
	}
	return out
}

// propagateInspection: a source the article shows inspecting the evidence itself carries that
// inspection to its claims about where the evidence came from, wherever they stand.
func (st *state) propagateInspection() {
	for i := range st.doc.Claims {
		c := &st.doc.Claims[i]
		if c.Kind != claims.KindProvenance {
			continue
		}
		for j := range c.Attributions {
			a := &c.Attributions[j]
			if st.inspect[a.Source] && !slices.Contains(a.Evidence, claims.EvidencePhysicalInspection) {
				a.Evidence = append(a.Evidence, claims.EvidencePhysicalInspection)
			}
		}
	}
}
