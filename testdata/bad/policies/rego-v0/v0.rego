package factcheck.rules.old

findings[f] {
	f := 1
}
