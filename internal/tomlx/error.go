package tomlx

import (
	"errors"
	"fmt"
	"sort"
)

// Error is one problem in a TOML file, at a 1-based line and column.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

// Error formats the problem as "FILE:LINE:COL: MSG", or "FILE: MSG" when the
// position is unknown (Line == 0).
func (e *Error) Error() string {
	if e.Line == 0 {
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Position is a place in a TOML file. A struct field named Pos of this type
// (without a toml tag) is filled with the position of the decoded table.
type Position struct {
	File      string
	Line, Col int
}

// Errors returns the [*Error] values inside err, in order. It unwraps errors
// joined with errors.Join and wrapped with fmt.Errorf("%w"); other errors are
// skipped.
func Errors(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) { //nolint:errorlint // walks the wrapping tree itself
		case nil:
		case *Error:
			out = append(out, e)
		case interface{ Unwrap() []error }:
			for _, x := range e.Unwrap() {
				walk(x)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}

// joinErrors sorts errs by position and joins them; a single error is
// returned as is.
func joinErrors(errs []*Error) error {
	sort.SliceStable(errs, func(i, j int) bool {
		if errs[i].Line != errs[j].Line {
			return errs[i].Line < errs[j].Line
		}
		return errs[i].Col < errs[j].Col
	})
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	list := make([]error, len(errs))
	for i, e := range errs {
		list[i] = e
	}
	return errors.Join(list...)
}
