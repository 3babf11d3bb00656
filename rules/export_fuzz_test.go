package rules

// LoadBytes exposes load, which takes the configuration's bytes, to the
// fuzz tests of package rules_test.
var LoadBytes = load
