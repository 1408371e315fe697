package arabic

// ClosingQuote returns the quotation mark that closes open, a token that opens a quotation in
// Arabic text: the guillemet «, the English double quote “ or the straight ", which closes
// itself. ok is false for any other token.
func ClosingQuote(open string) (closing string, ok bool) {
	switch open {
	case "«":
		return "»", true
	case "“":
		return "”", true
	case "\"":
		return "\"", true
	}
	return "", false
}
