// Package engine checks claims against factcheck's evidence rules.
//
// New compiles the embedded Rego policies, any user policy directories and the policy data
// once, into a prepared query; Check then evaluates one whole document per call (rules need
// cross-claim context: a denial in one sentence answers an accusation in another) and builds
// its report. An Engine is safe for concurrent use.
//
// Policies run sandboxed: no network (http.send, net.*), no opa.runtime, and no clock or
// randomness unless WithClock or WithRandomness opts in. A policy that calls a builtin the
// sandbox withholds fails at New with the file, line and column of the call. Every evaluation
// has a deadline (WithTimeout).
package engine
