package engine

import "time"

// Option configures an Engine.
type Option func(*settings)

type settings struct {
	policyDirs  []string
	dataFiles   []string
	data        []map[string]any
	params      map[string]any
	timeout     time.Duration
	allowClock  bool
	allowRandom bool
	// allowOverride lets policy directories declare built-in packages and their data
	// override params and built-in data.
	allowOverride bool
	memoryLimit   uint64
}

// DefaultTimeout bounds one document's evaluation when WithTimeout is not given.
const DefaultTimeout = 5 * time.Second

// WithPolicyDir adds the Rego files (and data files) of dir to the embedded policies. Files
// ending in _test.rego are used by policy tests only.
func WithPolicyDir(dir string) Option {
	return func(s *settings) { s.policyDirs = append(s.policyDirs, dir) }
}

// WithDataFile deep-merges a YAML or JSON file into the policy data; later files win. Use it
// to add or override registry sources.
func WithDataFile(path string) Option {
	return func(s *settings) { s.dataFiles = append(s.dataFiles, path) }
}

// WithData deep-merges tree into the policy data, after the data files.
func WithData(tree map[string]any) Option {
	return func(s *settings) { s.data = append(s.data, tree) }
}

// WithParams deep-merges params over the default weights, caps and cut-offs
// (data.factcheck.params, from the embedded config.yaml).
func WithParams(params map[string]any) Option {
	return func(s *settings) { s.params = params }
}

// WithTimeout sets the deadline for evaluating one document.
func WithTimeout(d time.Duration) Option {
	return func(s *settings) { s.timeout = d }
}

// WithClock lets policies read the clock (time.now_ns). Off by default: a verdict should not
// depend on when it was computed.
func WithClock(allow bool) Option {
	return func(s *settings) { s.allowClock = allow }
}

// WithRandomness lets policies use random numbers and UUIDs. Off by default: same input, same
// output.
func WithRandomness(allow bool) Option {
	return func(s *settings) { s.allowRandom = allow }
}

// WithPolicyOverride lets policy directories replace or extend built-in packages
// (factcheck.rules.<built-in rule>, factcheck.verdict, factcheck.lib, factcheck.lint, …) and
// lets their data files override params and built-in data. Off by default: a policy directory
// adds rules, and a verdict computed with a changed built-in is no longer the documented one.
func WithPolicyOverride(allow bool) Option {
	return func(s *settings) { s.allowOverride = allow }
}

// WithMemoryLimit stops evaluations while the heap is larger than bytes (default
// DefaultMemoryLimit): a policy that builds a huge value fails its documents instead of taking
// the process down.
func WithMemoryLimit(bytes uint64) Option {
	return func(s *settings) { s.memoryLimit = bytes }
}
