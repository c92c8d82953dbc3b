package factcheck.lib

helper := 1
