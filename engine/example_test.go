package engine_test

import (
	"context"
	"fmt"
	"log"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/claims/extract"
	"github.com/factcheck/factcheck/engine"
)

const claimsFile = `
title: Example
claims:
  - id: origin
    text: Inspectors determined the debris came from a Hwasong-11.
    part: body
    kind: provenance
    subjects: [north-korea]
    attributions:
      - {source: UN sanctions monitors, cue: determined, stance: asserts, evidence: [physical-inspection]}
  - id: casualties
    text: The strike killed four people.
    part: body
    kind: quantity
`

// Embedding the engine: build it once, then check documents (concurrently if you like).
func Example() {
	ctx := context.Background()
	eng, err := engine.New(ctx)
	if err != nil {
		log.Fatal(err)
	}
	doc, err := claims.Parse("example.yaml", []byte(claimsFile))
	if err != nil {
		log.Fatal(err)
	}
	rep, err := eng.Check(ctx, doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, c := range rep.Claims {
		fmt.Printf("%s: %s (%s)\n", c.ID, c.Verdict.Label, c.Verdict.Grade)
		for _, r := range c.Verdict.Reasons {
			fmt.Printf("  %s: %s\n", r.Rule, r.Message)
		}
	}
	// Output:
	// origin: confirmed (B1)
	//   independent-inspection: UN Panel of Experts (sanctions monitors), with no stake in the dispute, inspected the evidence itself (physical-inspection)
	//   single-source: rests on a single source (UN Panel of Experts (sanctions monitors))
	// casualties: unattributed (F6)
	//   unattributed: states the figures as fact without naming any source
}

// Weights are data: a newsroom that trusts single sources less changes a number, not Rego.
func ExampleWithParams() {
	ctx := context.Background()
	strict, err := engine.New(ctx, engine.WithParams(map[string]any{
		"caps": map[string]any{"single_source": 0.6},
	}))
	if err != nil {
		log.Fatal(err)
	}
	doc, err := claims.Parse("example.yaml", []byte(claimsFile))
	if err != nil {
		log.Fatal(err)
	}
	rep, err := strict.Check(ctx, doc)
	if err != nil {
		log.Fatal(err)
	}
	v := rep.Claims[0].Verdict
	fmt.Println(v.Label, v.Confidence)
	// Output: supported 0.6
}

const draft = `# UN sanctions monitors confirm North Korea launched the missile

UN sanctions monitors said they could not determine who launched the missile.

The strike killed four people.
`

// A newsroom tool linting a draft: extract its claims, then ask for the editorial findings,
// each placed on the draft's lines.
func ExampleEngine_Lint() {
	ctx := context.Background()
	eng, err := engine.New(ctx)
	if err != nil {
		log.Fatal(err)
	}
	doc := extract.New(eng.Registry()).Extract("draft.md", []byte(draft)).Document
	findings, err := eng.Lint(ctx, doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, f := range findings {
		fmt.Printf("%s:%d:%d %s %s: %s\n", f.Path, f.Line, f.Column, f.Severity, f.Rule, f.Message)
	}
	// Output:
	// draft.md:1:3 error overstated-headline: the headline attributes a responsibility finding to UN Panel of Experts (sanctions monitors), which said it could not determine it (claim c02)
	// draft.md:5:1 error unattributed-claim: states the figures as fact with no source
}
