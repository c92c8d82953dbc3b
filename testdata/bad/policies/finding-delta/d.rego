package factcheck.rules.booster

import data.factcheck.lib

findings contains f if {
	some c in lib.claims
	f := lib.finding("booster", c, "raises", "house says so", {"delta": 5})
}
