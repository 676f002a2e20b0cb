package lang

import "maps"

// The texts of keys_tuiplans.go.
func init() {
	maps.Copy(da, map[Key]string{
		WorkedOnPrefix: "%s: %s",
	})
	maps.Copy(en, map[Key]string{
		WorkedOnPrefix: "%s: %s",
	})
}
