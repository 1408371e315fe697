// Package textout holds the rules the line-based writers of segment, summarize and entity
// records share: a text kept on one line, a TSV field kept in its column, and JSON written
// with <, > and & as they are, one object a line or as an array of such lines. It is a package
// of its own so that those writers, each in its concern's package, format alike without
// importing one another.
package textout
