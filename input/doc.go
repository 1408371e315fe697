// Package input turns the bytes of an input file into UTF-8 text: UTF-8 with or without a
// byte-order mark, UTF-16 LE/BE with a mark (or without one when the NUL pattern is plain),
// and the legacy Arabic code page Windows-1256, recognised when the bytes are not UTF-8 but
// decode as plausible Arabic. Anything else is an [*Error] carrying the file name, the byte
// offset and the line, so that a user can find the bad byte.
//
// Open and ReadAll open an input as commands name it: a file, or standard input for "-"
// (<stdin> in messages), and FileError puts a file error in the one-line form Unix tools use.
//
// Offsets reported anywhere in arprep are byte offsets into the decoded UTF-8 text; the offsets
// in an [*Error] are into the raw input, because that is where the user must look.
//
// It is its own package because every command reads input the same way, and decoding is
// neither segmentation nor any other text analysis. Decoding streams: memory does not grow
// with the input.
package input
