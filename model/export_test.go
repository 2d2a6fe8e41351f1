package model

// ClearParseCache forgets the module directories parsed so far: a benchmark that analyses
// many roots in one process clears it per root, as TFLint starts one plugin process per
// directory.
func ClearParseCache() { parsedDirs.Clear() }
