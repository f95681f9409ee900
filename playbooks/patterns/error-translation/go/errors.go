// Go's view of the library's errors: sentinels for errors.Is, a typed *Error for errors.As.
package errortranslation

import (
	"errors"
	"fmt"
)

// Code is the library's stable error identifier (see the enum in error_translation.h).
type Code int32

const (
	CodeInvalidArgument Code = 1
	CodeSyntax          Code = 2
	CodeOutOfRange      Code = 3
)

// Sentinels: what callers branch on. They never change when the library rewords a message.
var (
	ErrInvalidArgument = errors.New("invalid argument")
	ErrSyntax          = errors.New("syntax error")
	ErrOutOfRange      = errors.New("out of range")
	ErrUnknown         = errors.New("unknown native error") // a code newer than this binding
)

var sentinels = map[Code]error{
	CodeInvalidArgument: ErrInvalidArgument,
	CodeSyntax:          ErrSyntax,
	CodeOutOfRange:      ErrOutOfRange,
}

// Error keeps everything the Rust side said: which call, the stable code and its own message.
type Error struct {
	Op      string // the Go function that called into Rust
	Code    Code
	Message string // Rust's Display text, with its context
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s (code %d)", e.Op, e.Message, e.Code) }

// Unwrap makes errors.Is(err, ErrOutOfRange) work without callers knowing about codes.
func (e *Error) Unwrap() error {
	if s, ok := sentinels[e.Code]; ok {
		return s
	}
	return ErrUnknown
}
