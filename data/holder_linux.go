package data

import (
	"os"
	"os/user"
	"strconv"
	"strings"
	"syscall"
)

// lockHolder finds the user of the process holding a flock on the file,
// from /proc/locks; "" when it cannot be found.
func lockHolder(f File) string {
	info, err := f.Stat()
	if err != nil {
		return ""
	}
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	locks, err := os.ReadFile("/proc/locks")
	if err != nil {
		return ""
	}
	inode := ":" + strconv.FormatUint(st.Ino, 10)
	for _, line := range strings.Split(string(locks), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 6 || fields[1] != "FLOCK" || !strings.HasSuffix(fields[5], inode) {
			continue
		}
		if proc, err := os.Stat("/proc/" + fields[4]); err == nil {
			if pst, ok := proc.Sys().(*syscall.Stat_t); ok {
				if u, err := user.LookupId(strconv.FormatUint(uint64(pst.Uid), 10)); err == nil {
					return u.Username
				}
			}
		}
	}
	return ""
}
