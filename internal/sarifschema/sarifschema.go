// Package sarifschema validates SARIF logs against the official SARIF
// 2.1.0 JSON schema committed at testdata/sarif-2.1.0.json. Only tests
// import it. The schema is read from that file and nothing is fetched: the
// compiler has no URL loader, so a reference to anything else fails.
package sarifschema

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// schemaURL is the id that the committed schema declares.
const schemaURL = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// Path is where the schema is, found from this file's place in the
// module.
func Path() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "sarif-2.1.0.json")
}

// Compile loads and compiles the schema, with format assertions (uri,
// uri-reference, date-time) switched on.
func Compile() (*jsonschema.Schema, error) {
	data, err := os.ReadFile(Path())
	if err != nil {
		return nil, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", Path(), err)
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(jsonschema.SchemeURLLoader{}) // offline: load nothing
	c.AssertFormat()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, err
	}
	return c.Compile(schemaURL)
}

// Validate checks a SARIF log against the schema.
func Validate(log []byte) error {
	sch, err := Compile()
	if err != nil {
		return fmt.Errorf("compiling the SARIF schema: %w", err)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(log))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return sch.Validate(v)
}
