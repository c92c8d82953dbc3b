# METADATA
# title: House style wants a second source for every headline
# description: A newsroom's own rule, added with -p without touching Go.
# custom:
#   id: house-headline-sources
#   severity: warning
package factcheck.rules.house_style

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	c.part == "headline"
	count(c.groups) < 2
	f := lib.finding("house-headline-sources", c, "lowers", "house style: a headline needs two independent sources", {"delta": -0.05})
}
