package engine

import (
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// Builtins the sandbox withholds, by the reason given to the policy author.
var (
	networkBuiltins = []string{"http.send", "opa.runtime"} // plus every net.*
	clockBuiltins   = []string{"time.now_ns", "io.jwt.decode_verify", "crypto.x509.parse_and_verify_certificates", "crypto.x509.parse_and_verify_certificates_with_options"}
	randomBuiltins  = []string{"rand.intn", "uuid.rfc4122", "io.jwt.encode_sign", "io.jwt.encode_sign_raw"}
)

// withheld maps each builtin the sandbox removes to the reason.
func withheld(allowClock, allowRandom bool) map[string]string {
	out := map[string]string{}
	for _, b := range ast.CapabilitiesForThisVersion().Builtins {
		if strings.HasPrefix(b.Name, "net.") {
			out[b.Name] = "network access"
		}
	}
	for _, name := range networkBuiltins {
		out[name] = "network access"
	}
	if !allowClock {
		for _, name := range clockBuiltins {
			out[name] = "the clock (opt in with engine.allow_clock)"
		}
	}
	if !allowRandom {
		for _, name := range randomBuiltins {
			out[name] = "randomness (opt in with engine.allow_random)"
		}
	}
	return out
}

// sandboxCapabilities is this OPA's capabilities less the withheld builtins, with no hosts
// allowed for any network builtin that might remain.
func sandboxCapabilities(removed map[string]string) *ast.Capabilities {
	caps := ast.CapabilitiesForThisVersion()
	kept := caps.Builtins[:0]
	for _, b := range caps.Builtins {
		if _, drop := removed[b.Name]; !drop {
			kept = append(kept, b)
		}
	}
	caps.Builtins = kept
	caps.AllowNet = []string{}
	return caps
}
