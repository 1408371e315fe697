//go:build !unix

package worksheet

import "io/fs"

func currentUmask() fs.FileMode { return 0o022 }
