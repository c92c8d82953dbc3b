package engine

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/factcheck/factcheck/claims"
	"github.com/factcheck/factcheck/report"
)

// Query is the decision the engine evaluates: verdicts and findings for one document.
const Query = "data.factcheck.verdict.report"

// Engine checks documents against compiled evidence rules. Build it once with New; it is safe
// for concurrent use.
type Engine struct {
	query        rego.PreparedEvalQuery
	lintQuery    rego.PreparedEvalQuery
	registry     *claims.Registry
	lintRules    []Rule
	lintSeverity map[string]string
	rules        []Rule
	severity     map[string]string // rule id → default severity, from METADATA
	timeout      time.Duration
	mods         modules
	data         map[string]any
	settings     settings
	memory       *memoryGuard
	provenance   *report.Provenance
	userRules    []userRule
}

// New loads and compiles the embedded policies, the user's policy directories and the policy
// data. Errors name the policy or data file, line and column.
func New(ctx context.Context, opts ...Option) (*Engine, error) {
	s := settings{timeout: DefaultTimeout, memoryLimit: DefaultMemoryLimit}
	for _, o := range opts {
		o(&s)
	}
	mods, dirDocs, err := loadModules(s.policyDirs, s.allowOverride)
	if err != nil {
		return nil, err
	}
	data, err := loadData(&s, dirDocs)
	if err != nil {
		return nil, err
	}
	registry, err := claims.NewRegistry(data)
	if err != nil {
		return nil, placeRegistryError(err, s.dataFiles)
	}
	fc, _ := data["factcheck"].(map[string]any)
	params, _ := fc["params"].(map[string]any)
	prov, err := provenance(&s, params)
	if err != nil {
		return nil, err
	}
	compiler, err := compile(mods.rules, &s)
	if err != nil {
		return nil, err
	}
	// AST values on read: the registry and params are read on every evaluation, and converting
	// them from Go values each time would cost more than the rules.
	store := inmem.NewFromObjectWithOpts(data, inmem.OptReturnASTValuesOnRead(true))
	prepare := func(q string) (rego.PreparedEvalQuery, error) {
		pq, err := rego.New(rego.Query(q), rego.Compiler(compiler), rego.Store(store), rego.StrictBuiltinErrors(true)).PrepareForEval(ctx)
		if err != nil {
			return pq, fmt.Errorf("preparing %s: %w", q, err)
		}
		return pq, nil
	}
	query, err := prepare(Query)
	if err != nil {
		return nil, err
	}
	lintQuery, err := prepare(LintQuery)
	if err != nil {
		return nil, err
	}
	userRules, err := prepareUserRules(mods, prepare)
	if err != nil {
		return nil, err
	}
	rules, severity := rulesFromAnnotations(compiler, "factcheck.rules.")
	lintRules, lintSeverity := rulesFromAnnotations(compiler, "factcheck.lint.rules.")
	return &Engine{query: query, lintQuery: lintQuery, registry: registry, rules: rules, severity: severity,
		lintRules: lintRules, lintSeverity: lintSeverity, timeout: s.timeout, mods: mods, data: data, settings: s,
		memory: newMemoryGuard(s.memoryLimit), provenance: prov, userRules: userRules}, nil
}

// compile type-checks the modules under the sandbox's capabilities. A call to a withheld
// builtin is reported as such, at the call.
func compile(mods map[string]*ast.Module, s *settings) (*ast.Compiler, error) {
	removed := withheld(s.allowClock, s.allowRandom)
	compiler := ast.NewCompiler().
		WithCapabilities(sandboxCapabilities(removed)).
		WithEnablePrintStatements(false)
	compiler.Compile(mods)
	if !compiler.Failed() {
		return compiler, nil
	}
	errs := astErrors(compiler.Errors)
	for _, e := range errs {
		if name, ok := strings.CutPrefix(e.Message, "undefined function "); ok {
			if why, ok := removed[name]; ok {
				e.Message = fmt.Sprintf("%s is not allowed: policies run sandboxed, without %s", name, why)
			}
		}
	}
	return nil, errs
}

// NewRegistry builds the source registry from the embedded data and the options' data files,
// without compiling any policy: what extraction needs, at a fraction of New's start-up cost.
func NewRegistry(opts ...Option) (*claims.Registry, error) {
	s := settings{timeout: DefaultTimeout}
	for _, o := range opts {
		o(&s)
	}
	data, err := loadData(&s, nil)
	if err != nil {
		return nil, err
	}
	reg, err := claims.NewRegistry(data)
	if err != nil {
		return nil, placeRegistryError(err, s.dataFiles)
	}
	return reg, nil
}

// Provenance identifies the policies, data and params behind this engine's verdicts by digest,
// or is nil when they are the built-in ones with their default params.
func (e *Engine) Provenance() *report.Provenance { return e.provenance }

// Registry is the source registry the engine resolves attributions against.
func (e *Engine) Registry() *claims.Registry { return e.registry }

// Rules lists the compiled rules with their metadata, ordered by number then id.
func (e *Engine) Rules() []Rule { return slices.Clone(e.rules) }

// Check evaluates one document: every claim gets a verdict with its reasons, and the document
// gets its findings. The evaluation is bounded by the engine's timeout and by ctx.
func (e *Engine) Check(ctx context.Context, doc *claims.Document) (*report.Document, error) {
	resolved, value, err := e.evaluate(ctx, e.query, Query, doc)
	if err != nil {
		return nil, err
	}
	out, err := decodeDecision(value)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Path, err)
	}
	return e.buildReport(doc, resolved, out), nil
}

// evaluate resolves the document's sources and evaluates one prepared query on it under the
// engine's deadline; every error names the document.
func (e *Engine) evaluate(ctx context.Context, pq rego.PreparedEvalQuery, query string, doc *claims.Document) ([][]resolvedAttribution, any, error) {
	ctx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	ctx, done := e.memory.watch(ctx)
	defer done()
	resolved := e.resolve(doc)
	input, err := buildInput(doc, resolved)
	if err != nil {
		return nil, nil, err
	}
	rs, err := pq.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		if errors.Is(context.Cause(ctx), errMemory) {
			return nil, nil, fmt.Errorf("%s: evaluation stopped: the heap passed the engine's memory limit of %d MiB (a very large document, or a policy building a large value)", doc.Path, e.settings.memoryLimit>>20)
		}
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, nil, fmt.Errorf("%s: evaluation exceeded its %s deadline", doc.Path, e.timeout)
		}
		return nil, nil, fmt.Errorf("%s: evaluating policies: %w", doc.Path, err)
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, nil, fmt.Errorf("%s: %s is undefined: a policy is missing or failed", doc.Path, query)
	}
	if query == Query && len(e.userRules) > 0 {
		if err := e.checkUserFindings(ctx, doc, input); err != nil {
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return nil, nil, fmt.Errorf("%s: evaluation exceeded its %s deadline", doc.Path, e.timeout)
			}
			return nil, nil, err
		}
	}
	return resolved, rs[0].Expressions[0].Value, nil
}

// CheckAll checks documents concurrently, at most workers at a time, and returns their reports
// in input order. A document that fails is reported in errs at its index; the others are kept.
func (e *Engine) CheckAll(ctx context.Context, docs []*claims.Document, workers int) ([]*report.Document, []error) {
	out := make([]*report.Document, len(docs))
	errs := make([]error, len(docs))
	sem := make(chan struct{}, max(workers, 1))
	var wg sync.WaitGroup
	for i, d := range docs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i], errs[i] = e.Check(ctx, d)
		}()
	}
	wg.Wait()
	return out, errs
}

// Data returns a copy of the top level of the policy data the engine was built with.
func (e *Engine) Data() map[string]any { return maps.Clone(e.data) }
