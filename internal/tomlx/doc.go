// Package tomlx is a strict TOML decoder that reports every problem at
// file:line:col.
//
// It is meant for rule and config files, where a misspelt key must never be
// silently ignored: an unknown key, a value of the wrong type or an element of
// the wrong type inside an array is an error, positioned at the offending key
// or value. All errors in a file are reported at once, ordered by position;
// use [Errors] to get them back as a slice of [*Error].
//
// Values are parsed by github.com/BurntSushi/toml. Because that library does
// not expose key positions, tomlx scans the source itself and builds an index
// from key paths such as `rule[1].words[3]` to line and column, then decodes
// the value tree into Go structs by reflection.
//
// Struct fields are matched by their `toml:"name"` tag; untagged fields use
// the lower-cased field name and `toml:"-"` skips a field. An untagged field
// named Pos of type [Position] is filled with the table's position instead of
// being read from the file. Supported field types are string, bool, all
// integer and float kinds (integers are accepted for floats), time.Time,
// slices, structs, pointers to them, maps with string keys, and any.
//
// For two-pass decoding (read a `kind` key, then decode the same table into
// the struct for that kind), use [Parse] and the [Table] methods.
//
// Columns are 1-based byte offsets within the line, as in Go's own tools and
// in BurntSushi/toml's syntax errors.
package tomlx
