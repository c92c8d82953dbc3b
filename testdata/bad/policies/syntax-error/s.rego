package factcheck.rules.broken

findings contains f if {
	f :=
}
