package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/beskplan/beskplan/model"
)

// The status cache keeps the entries of a status file as read and found
// clean, beside it, so that the next command that records a figure (a
// process of its own, which knows nothing of the last) decodes only what
// was appended since. It is a hint, never trusted blindly: it is used only
// when its own checksum holds, it was written by this very program for
// this very plan file and comparison folder, and the first bytes of the
// status file as read now have the size and CRC-32C it was made of. A
// stale, corrupt, foreign or half-written cache is ignored and written
// anew; two writers each rename a whole file into place.
const (
	cacheMagic   = "beskplan status cache\n"
	cacheVersion = 2
)

// cacheRewrite is how much may be appended after the cached part before
// the cache is written anew: decoding that much costs about what writing
// the cache does. A variable for the tests.
var cacheRewrite = 256 << 10

// LoadCached loads as Load does, with the same checks and the same result,
// but takes the entries of the part of the status file that a cache beside
// it holds from there (see the status cache above), and writes the cache
// for the next time. Only the commands that record a figure use it: check
// and the views read the file whole.
func LoadCached(src Source) (*Loaded, error) { return load(src, true) }

// cachePath is the cache of a status file: hidden, in the same folder.
func cachePath(statusPath string) string {
	return filepath.Join(filepath.Dir(statusPath), "."+filepath.Base(statusPath)+".beskplan-cache")
}

// cacheKey is what the cached entries were read with, besides the status
// file's bytes: the program, the plan file and the comparison folder.
type cacheKey struct {
	exe    [sha256.Size]byte // the executable's path, size and time
	plan   Known
	tables [sha256.Size]byte
}

func cacheKeyOf(planBytes []byte, tablesPath string) (cacheKey, bool) {
	exe, err := os.Executable()
	if err != nil {
		return cacheKey{}, false
	}
	info, err := os.Stat(exe)
	if err != nil {
		return cacheKey{}, false
	}
	var b []byte
	b = binary.AppendUvarint(b, cacheVersion)
	b = append(b, exe...)
	b = binary.AppendVarint(b, info.Size())
	b = binary.AppendVarint(b, info.ModTime().UnixNano())
	return cacheKey{exe: sha256.Sum256(b), plan: knownOf(planBytes), tables: stampFolder(tablesPath)}, true
}

// statusCached is readStatus for LoadCached: the entries of the cached
// part from the cache, the rest decoded, and the cache written again when
// the file was decoded whole or much was added since. Whatever does not
// fit (no cache, another key, a file not simply appended to, problems in
// the new part) reads the file whole, as Load does.
func statusCached(src Source, planBytes, statusBytes []byte, p *model.Plan, now time.Time) ([]model.Entry, Problems) {
	key, ok := cacheKeyOf(planBytes, src.TablesPath)
	// A comparison folder that is the status file's own would change
	// with every cache written, and so would the key.
	if !ok || src.TablesPath != "" && filepath.Clean(src.TablesPath) == filepath.Dir(src.StatusPath) {
		return readStatus(src.StatusPath, statusBytes, p, now)
	}
	path := cachePath(src.StatusPath)
	cached, known, ok := readCache(path, key, statusBytes, now)
	if ok {
		more := statusBytes[known.Size:]
		if len(more) == 0 {
			return cached, nil
		}
		if known.Size == 0 || statusBytes[known.Size-1] == '\n' && startsEntry(more) && len(damagedBlocks(more)) == 0 {
			added, problems := readWhole(src.StatusPath, more, p, idsOf(p), now)
			if len(problems) == 0 {
				entries := append(cached, added...)
				if len(more) >= cacheRewrite {
					writeCache(path, key, knownOf(statusBytes), entries, src.StatusPath)
				}
				return entries, nil
			}
		}
	}
	entries, problems := readStatus(src.StatusPath, statusBytes, p, now)
	if len(problems) == 0 {
		writeCache(path, key, knownOf(statusBytes), entries, src.StatusPath)
	}
	return entries, problems
}

// readCache reads the cache at path and returns its entries and the part
// of the status file they are of, when it is whole, of the key, of the
// first bytes of status, and holds no entry later than now (which the
// file read whole would report).
func readCache(path string, key cacheKey, status []byte, now time.Time) ([]model.Entry, Known, bool) {
	b, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(b, []byte(cacheMagic)) {
		return nil, Known{}, false
	}
	b = b[len(cacheMagic):]
	const head = 2*sha256.Size + 8 + 4 + 8 + 4 + 4 // key, known part, the sum of the rest
	if len(b) < head {
		return nil, Known{}, false
	}
	var k cacheKey
	copy(k.exe[:], b)
	copy(k.tables[:], b[sha256.Size:])
	h := b[2*sha256.Size:]
	k.plan = Known{Size: int64(binary.LittleEndian.Uint64(h)), Sum: binary.LittleEndian.Uint32(h[8:])}
	known := Known{Size: int64(binary.LittleEndian.Uint64(h[12:])), Sum: binary.LittleEndian.Uint32(h[20:])}
	sum, body := binary.LittleEndian.Uint32(h[24:]), b[head:]
	if knownOf(b[:head-4]).extend(body).Sum != sum || k != key || known.Size < 0 || known.Size > int64(len(status)) ||
		knownOf(status[:known.Size]) != known {
		return nil, Known{}, false
	}
	// Room for what was added since, and for a save, so neither copies them.
	entries, ok := decodeEntries(body, (len(status)-int(known.Size))/64+16)
	if !ok {
		return nil, Known{}, false
	}
	for _, e := range entries {
		if e.At.After(now) {
			return nil, Known{}, false
		}
	}
	return entries, known, true
}

// writeCache writes the cache of the status file's first known bytes,
// whose entries are these, readable by whoever may read the status file.
// It is renamed into place whole; a cache that cannot be written is not.
func writeCache(path string, key cacheKey, known Known, entries []model.Entry, statusPath string) {
	body := encodeEntries(entries)
	var b []byte
	b = append(b, cacheMagic...)
	b = append(b, key.exe[:]...)
	b = append(b, key.tables[:]...)
	b = binary.LittleEndian.AppendUint64(b, uint64(key.plan.Size))
	b = binary.LittleEndian.AppendUint32(b, key.plan.Sum)
	b = binary.LittleEndian.AppendUint64(b, uint64(known.Size))
	b = binary.LittleEndian.AppendUint32(b, known.Sum)
	b = binary.LittleEndian.AppendUint32(b, knownOf(b[len(cacheMagic):]).extend(body).Sum) // of all but itself
	b = append(b, body...)
	perm := os.FileMode(0o600)
	if info, err := os.Stat(statusPath); err == nil {
		perm = info.Mode().Perm() &^ 0o111
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+"-*")
	if err != nil {
		return
	}
	_, err = f.Write(b)
	if err == nil {
		err = f.Chmod(perm)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
}

// The entry's flags, one bit each, in the order encodeEntries writes them
// (a uvarint).
const (
	flagValue = 1 << iota
	flagRef
	flagRefFromTable
	flagPending
	flagFuture
	flagAtLocal
	flagApproval
	flagAt
	flagSpent
)

// How an entry's `at` keeps its zone.
const (
	zoneUTC = iota
	zonePlan
	zoneFixed
)

// encodeEntries writes entries compactly: a table of the distinct strings,
// then each entry's fields, strings by their number in the table.
func encodeEntries(entries []model.Entry) []byte {
	index := map[string]uint64{"": 0}
	table := []string{""}
	str := func(b []byte, s string) []byte {
		i, ok := index[s]
		if !ok {
			i = uint64(len(table))
			index[s] = i
			table = append(table, s)
		}
		return binary.AppendUvarint(b, i)
	}
	var body []byte
	for i := range entries {
		e := &entries[i]
		for _, s := range [...]string{e.Measure, e.Goal, string(e.Assessed), e.Initiative, string(e.State),
			e.Note, e.By, e.Vurdering, e.Indstilling, e.Paper, e.Revised} {
			body = str(body, s)
		}
		body = binary.AppendVarint(body, int64(e.Period.Year))
		body = binary.AppendVarint(body, int64(e.Period.Span))
		body = binary.AppendVarint(body, int64(e.Period.N))
		body = binary.AppendVarint(body, int64(e.Line))
		flags := uint64(0)
		for bit, on := range [...]bool{e.HasValue, e.HasRef, e.RefFromTable, e.Pending, e.Future, e.AtLocal, e.Approval, !e.At.IsZero(), e.HasSpent} {
			if on {
				flags |= 1 << bit
			}
		}
		body = binary.AppendUvarint(body, flags)
		body = binary.LittleEndian.AppendUint64(body, math.Float64bits(e.Value))
		body = binary.LittleEndian.AppendUint64(body, math.Float64bits(e.Reference))
		body = binary.LittleEndian.AppendUint64(body, math.Float64bits(e.Spent))
		if !e.At.IsZero() {
			body = binary.AppendVarint(body, e.At.Unix())
			body = binary.AppendUvarint(body, uint64(e.At.Nanosecond()))
			name, offset := e.At.Zone()
			switch loc := e.At.Location(); {
			case loc == time.UTC:
				body = append(body, zoneUTC)
			case loc == PlanZone:
				body = append(body, zonePlan)
			default:
				body = append(body, zoneFixed)
				body = str(body, name)
				body = binary.AppendVarint(body, int64(offset))
			}
		}
	}
	var b []byte
	b = binary.AppendUvarint(b, uint64(len(table)))
	for _, s := range table {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(len(entries)))
	return append(b, body...)
}

var errCache = errors.New("status cache: cut short")

// cacheReader reads what encodeEntries wrote; the first fault sticks.
type cacheReader struct {
	b     []byte
	table []string
	err   error
}

func (r *cacheReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err, r.b = errCache, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *cacheReader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.err, r.b = errCache, nil
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *cacheReader) bytes(n uint64) []byte {
	if uint64(len(r.b)) < n {
		r.err, r.b = errCache, nil
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *cacheReader) str() string {
	i := r.uvarint()
	if i >= uint64(len(r.table)) {
		r.err = errCache
		return ""
	}
	return r.table[i]
}

func (r *cacheReader) float() float64 {
	b := r.bytes(8)
	if b == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b))
}

// minEntryBytes is the least an entry takes in the cache: eleven strings,
// four numbers, the flags and three figures.
const minEntryBytes = 11 + 4 + 1 + 24

// fixedZone is a zone as TOML reads an offset: a name (mostly none) and
// the offset, in seconds east of UTC.
type fixedZone struct {
	name   string
	offset int
}

// decodeEntries reads the entries encodeEntries wrote, into a slice with
// room for extra more; false when they do not read.
func decodeEntries(b []byte, extra int) ([]model.Entry, bool) {
	r := &cacheReader{b: b}
	n := r.uvarint()
	if n > uint64(len(b)) {
		return nil, false
	}
	r.table = make([]string, n)
	for i := range r.table {
		r.table[i] = unsafeString(r.bytes(r.uvarint())) // the bytes read are never changed
	}
	count := r.uvarint()
	if r.err != nil || count > uint64(len(r.b))/minEntryBytes {
		return nil, false
	}
	entries := make([]model.Entry, count, int(count)+extra)
	zones := map[fixedZone]*time.Location{}
	var lastZone struct {
		fixedZone
		loc *time.Location
	}
	for i := range entries {
		e := &entries[i]
		e.Measure, e.Goal, e.Assessed, e.Initiative = r.str(), r.str(), model.Assessment(r.str()), r.str()
		e.State, e.Note, e.By, e.Vurdering = model.State(r.str()), r.str(), r.str(), r.str()
		e.Indstilling, e.Paper, e.Revised = r.str(), r.str(), r.str()
		e.Period = model.Period{Year: int(r.varint()), Span: model.Span(r.varint()), N: int(r.varint())}
		e.Line = int(r.varint())
		f := r.uvarint()
		if r.err != nil || f >= flagSpent<<1 {
			return nil, false
		}
		e.HasValue, e.HasRef, e.RefFromTable = f&flagValue != 0, f&flagRef != 0, f&flagRefFromTable != 0
		e.Pending, e.Future, e.AtLocal, e.Approval = f&flagPending != 0, f&flagFuture != 0, f&flagAtLocal != 0, f&flagApproval != 0
		e.HasSpent = f&flagSpent != 0
		e.Value, e.Reference, e.Spent = r.float(), r.float(), r.float()
		if f&flagAt == 0 {
			continue
		}
		at := time.Unix(r.varint(), int64(r.uvarint()))
		switch zone := r.bytes(1); {
		case r.err != nil:
			return nil, false
		case zone[0] == zoneUTC:
			at = at.UTC()
		case zone[0] == zonePlan:
			at = at.In(PlanZone)
		case zone[0] == zoneFixed:
			z := fixedZone{r.str(), int(r.varint())}
			if z != lastZone.fixedZone || lastZone.loc == nil {
				loc := zones[z]
				if loc == nil {
					loc = time.FixedZone(z.name, z.offset)
					zones[z] = loc
				}
				lastZone.fixedZone, lastZone.loc = z, loc
			}
			at = at.In(lastZone.loc)
		default:
			return nil, false
		}
		e.At = at
	}
	return entries, r.err == nil && len(r.b) == 0
}
