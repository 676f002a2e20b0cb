package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/beskplan/beskplan/data"
	"github.com/beskplan/beskplan/internal/testplan"
	"github.com/beskplan/beskplan/model"
)

// collectPlan is a plan with three meetings and two [[owner]]s (one
// without an e-mail address), a strategy whose owner is free text, and a
// measure with no owner anywhere. At the meeting of 12 November 2026
// (2026-Q3, deadline 5 November) it lacks: R1 (ydelse; its Q2 figure was
// there for the meeting before), R2 (job; never a figure), R4 (no owner;
// never a figure), R5 (Team Ældre through its strategy; its Q2 figure came
// after the meeting before), S1-I1 (ydelse; overdue, no state) and S1-I2
// (Team Ældre; no state). R3 has its figure and S1-I3 is done.
const collectPlan = `
[[meeting]]
date = 2026-08-20
period = "2026-Q2"

[[meeting]]
date = 2026-11-12
period = "2026-Q3"
deadline = 2026-11-05

[[meeting]]
date = 2027-02-18
period = "2026-Q4"

[[owner]]
id = "ydelse"
name = "Team Ydelse"
email = "ydelse@eksempel.dk"

[[owner]]
id = "job"
name = "Team Job"

[[strategy]]
id = "S1"
goal = "M1"
title = "Tæt på virksomhederne"
owner = "Team Ældre"

  [[strategy.initiative]]
  id = "S1-I1"
  title = "Tilfredshedsmåling"
  owner = "ydelse"
  due = 2026-06-30

  [[strategy.initiative]]
  id = "S1-I2"
  title = "Interview af borgere"

  [[strategy.initiative]]
  id = "S1-I3"
  title = "Ny hjemmeside"

[[measure]]
id = "R1"
goal = "M1"
title = "Andel i job"
unit = "%"
better = "higher"
owner = "ydelse"
target = { value = 60.0, date = 2027-12-31 }

[[measure]]
id = "R2"
goal = "M1"
title = "Ledige i alt"
unit = "personer"
better = "lower"
owner = "job"
target = { value = 900.0, date = 2027-12-31 }

[[measure]]
id = "R3"
strategy = "S1"
title = "Samtaler"
unit = "antal"
better = "higher"
owner = "ydelse"

[[measure]]
id = "R4"
goal = "M1"
title = "Borgere i uddannelse"
unit = "personer"
better = "higher"

[[measure]]
id = "R5"
strategy = "S1"
title = "Virksomhedsbesøg"
unit = "antal"
better = "higher"
`

const collectStatus = `[[entry]]
measure = "R1"
period = "2026-Q2"
value = 51.0

[[entry]]
measure = "R3"
period = "2026-Q3"
value = 120.0

[[entry]]
measure = "R5"
period = "2026-Q2"
value = 14.0
at = 2026-09-15T10:00:00+02:00

[[entry]]
initiative = "S1-I3"
period = "2026-Q2"
state = "done"
`

// writeCollectPlan writes the plan (and its status file) in a folder of its own.
func writeCollectPlan(t *testing.T, extra, status string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "plan")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	plan := testplan.Header("2026-01-01", "2027-12-31", "Flere i job") + extra
	for name, text := range map[string]string{"plan.toml": plan, "status.toml": status} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// section is the block of lines that starts with the line head, up to the
// next empty line; "" when there is none.
func section(out, head string) string {
	for _, block := range strings.Split(out, "\n\n") {
		if strings.HasPrefix(block, head+"\n") {
			return block
		}
	}
	return ""
}

func TestCollectListsWhatEachOwnerLacks(t *testing.T) {
	dir := writeCollectPlan(t, collectPlan, collectStatus)
	out, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "Tal til udvalgets møde 12. november 2026 om 3. kvartal 2026 – frist 5. november 2026\n") {
		t.Errorf("the list starts with the meeting and its deadline:\n%s", out)
	}
	heads := []string{"Team Ydelse <ydelse@eksempel.dk>", "Team Job – ingen e-mailadresse", "Team Ældre – ingen e-mailadresse",
		"Uden ejer – ingen e-mailadresse", "Til lederen"}
	last := -1
	for _, h := range heads { // the plan's owners in order, then free text, then none
		at := strings.Index(out, "\n"+h+"\n")
		if at < last {
			t.Errorf("%q is not in its place:\n%s", h, out)
		}
		last = at
	}
	for head, want := range map[string][]string{
		heads[0]: {"R1     Andel i job – tal for 3. kvartal 2026", "S1-I1  Tilfredshedsmåling – forsinket: skulle være færdigt 30. juni 2026 (ingen status)"},
		heads[1]: {"R2     Ledige i alt – tal for 3. kvartal 2026"},
		heads[2]: {"R5     Virksomhedsbesøg – tal for 3. kvartal 2026", "S1-I2  Interview af borgere – status for 3. kvartal 2026"},
		heads[3]: {"R4     Borgere i uddannelse – tal for 3. kvartal 2026"},
		heads[4]: {"Mangler tal ved to møder i træk (20. august 2026 og 12. november 2026):",
			"R2     Ledige i alt – Team Job", "R4     Borgere i uddannelse – Uden ejer", "R5     Virksomhedsbesøg – Team Ældre",
			"Initiativer over deres frist:", "S1-I1  Tilfredshedsmåling – skulle være færdigt 30. juni 2026 (ingen status, Team Ydelse)"},
	} {
		block := section(out, head)
		for _, w := range want {
			if !strings.Contains(block, w) {
				t.Errorf("%q lacks %q:\n%s", head, w, block)
			}
		}
	}
	for _, not := range []string{"R3", "S1-I3"} {
		if strings.Contains(out, not) {
			t.Errorf("%s is not missing:\n%s", not, out)
		}
	}
	if manager := section(out, "Til lederen"); strings.Contains(manager, "R1 ") || strings.Contains(manager, "S1-I2") {
		t.Errorf("R1 had its figure at the meeting before; S1-I2 has no due date:\n%s", manager)
	}

	en, _, code := run(t, "--plan", dir, "--lang", "en", "collect", "--meeting", "2026-11-12")
	for _, w := range []string{"Figures for the committee's meeting on 12 November 2026 about Q3 2026 – due 5 November 2026",
		"Team Job – no e-mail address", "No owner – no e-mail address", "For the manager", "Missing figures at two meetings running"} {
		if code != 0 || !strings.Contains(en, w) {
			t.Errorf("in English: exit %d, lacks %q:\n%s", code, w, en)
		}
	}

	// The first meeting has none before it to compare with.
	first, _, _ := run(t, "--plan", dir, "collect", "--meeting", "2026-08-20")
	if !strings.Contains(first, "20. august 2026 er planens første møde") {
		t.Errorf("the first meeting:\n%s", first)
	}
}

func TestCollectRefusesWhatIsNoMeeting(t *testing.T) {
	dir := writeCollectPlan(t, collectPlan, collectStatus)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--meeting", "2026-11-13"}, "planen har intet møde 2026-11-13; dens møder er 2026-08-20, 2026-11-12, 2027-02-18"},
		{[]string{"--lang", "en", "--meeting", "2026-11-13"}, "the plan has no meeting on 2026-11-13"},
		{[]string{"--meeting", "12. november"}, `--meeting skal være en mødedato som 2026-11-12, ikke "12. november"`},
	} {
		out, errOut, code := run(t, append([]string{"--plan", dir, "collect"}, c.args...)...)
		if code != 2 || !strings.Contains(errOut, c.want) || out != "" {
			t.Errorf("%v: exit %d, %q, out %q; want 2 and %q", c.args, code, errOut, out, c.want)
		}
	}
	bare := writeCollectPlan(t, "", "")
	if _, errOut, code := run(t, "--plan", bare, "collect"); code != 2 || !strings.Contains(errOut, "har ingen møder: skriv et [[meeting]]") {
		t.Errorf("a plan without meetings: exit %d, %q", code, errOut)
	}
	if _, errOut, code := run(t, "--plan", bare, "--lang", "en", "collect"); code != 2 || !strings.Contains(errOut, "has no meetings") {
		t.Errorf("a plan without meetings, in English: exit %d, %q", code, errOut)
	}
}

func TestCollectChoosesTheNextMeeting(t *testing.T) {
	loaded, err := data.Load(data.Source{PlanPath: filepath.Join(writeCollectPlan(t, collectPlan, collectStatus), "plan.toml")})
	if err != nil {
		t.Fatal(err)
	}
	p := loaded.Plan
	for today, want := range map[model.Date]string{
		model.NewDate(2026, 9, 1): "2026-11-12", model.NewDate(2026, 11, 12): "2026-11-12", model.NewDate(2026, 11, 13): "2027-02-18",
	} {
		m, err := chooseMeeting(p, "", today, "plan.toml", o().l)
		if err != nil || m.Date.String() != want {
			t.Errorf("on %s: %v %v, want %s", today, m.Date, err, want)
		}
	}
	_, err = chooseMeeting(p, "", model.NewDate(2027, 3, 1), "plan.toml", o().l)
	if ee, ok := err.(exitError); !ok || ee.code != 2 || !strings.Contains(ee.msg, "det seneste var 18. februar 2027") {
		t.Errorf("after the last meeting: %v", err)
	}
}

// o is the options of a command run in Danish.
func o() *options { return &options{} }

func TestCollectWorkbooksImportBack(t *testing.T) {
	dir := writeCollectPlan(t, collectPlan, collectStatus)
	sheets := filepath.Join(t.TempDir(), "ark")
	out, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--xlsx", sheets)
	if code != 0 || !strings.Contains(out, "skrev 4 filer i "+sheets) {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	names, _ := filepath.Glob(filepath.Join(sheets, "*"))
	var got []string
	for _, n := range names {
		got = append(got, filepath.Base(n))
	}
	if strings.Join(got, " ") != "job.xlsx team-aeldre.xlsx uden-ejer.xlsx ydelse.xlsx" {
		t.Errorf("one workbook per owner, named by its id, and nothing else: %v", got)
	}
	file := filepath.Join(sheets, "ydelse.xlsx")
	f, err := excelize.OpenFile(file)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := f.GetRows("Indtastning")
	var ids []string
	for _, r := range rows[1:] {
		ids = append(ids, r[0]+" "+r[3])
	}
	if strings.Join(ids, ", ") != "R1 2026-Q3, S1-I1 2026-Q3" || len(f.GetSheetList()) != 1 {
		t.Errorf("only the owner's rows, in the entry sheet alone: %v, sheets %v", ids, f.GetSheetList())
	}
	// The team fills in its sheet; import reads it back.
	f.SetCellValue("Indtastning", "E2", 55.5)
	f.SetCellStr("Indtastning", "E3", "i gang")
	if err := f.SaveAs(file); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if out, errOut, code := run(t, "--plan", dir, "import", file); code != 0 {
		t.Fatalf("import: exit %d: %s%s", code, out, errOut)
	}
	loaded, err := data.Load(data.Source{PlanPath: filepath.Join(dir, "plan.toml")})
	if err != nil {
		t.Fatal(err)
	}
	q3 := model.Period{Year: 2026, Span: model.Quarter, N: 3}
	if e := loaded.Plan.Current(loaded.Plan.Measure("R1"), q3); e == nil || e.Value != 55.5 {
		t.Errorf("R1's figure for 2026-Q3 is read back: %+v", e)
	}
	snap := model.Compute(loaded.Plan, model.View{AsOf: q3})
	if st := snap.Initiative(loaded.Plan.Initiative("S1-I1")); st.State != model.Running || st.Entry.Period != q3 {
		t.Errorf("S1-I1's state is read back: %+v", st)
	}
	after, _, _ := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12")
	if strings.Contains(after, "R1 ") || !strings.Contains(after, "S1-I1  Tilfredshedsmåling – forsinket") {
		t.Errorf("R1 is in; S1-I1 is running but still overdue:\n%s", after)
	}
}

func TestCollectWritesAllOrNothing(t *testing.T) {
	dir := writeCollectPlan(t, collectPlan, collectStatus)
	sheets := t.TempDir()
	// The last owner's file cannot be put in place: a folder is there.
	if err := os.MkdirAll(filepath.Join(sheets, "uden-ejer.xlsx", "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--xlsx", sheets)
	if code != 1 || !strings.Contains(errOut, "kunne ikke skrive i "+sheets) || !strings.Contains(errOut, "intet er skrevet") {
		t.Errorf("exit %d, %q", code, errOut)
	}
	left, _ := os.ReadDir(sheets)
	if len(left) != 1 || left[0].Name() != "uden-ejer.xlsx" {
		var names []string
		for _, e := range left {
			names = append(names, e.Name())
		}
		t.Errorf("nothing half-written may be left: %v", names)
	}
}

// parsedMail is what Python's e-mail parser makes of a .eml file.
type parsedMail struct {
	To, From, Subject, Text string
	Files                   []struct{ Name, Type, Start string }
}

// parseMail reads an .eml file with Python's standard e-mail parser, as a
// mail program would; the test is skipped where there is no python3.
func parseMail(t *testing.T, file string) parsedMail {
	t.Helper()
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3 to read the e-mails with")
	}
	script := `import email, email.policy, json, sys
m = email.message_from_binary_file(sys.stdin.buffer, policy=email.policy.default)
files = [{"Name": a.get_filename(), "Type": a.get_content_type(), "Start": a.get_content()[:2].decode("latin-1")} for a in m.iter_attachments()]
print(json.dumps({"To": str(m["To"]), "From": str(m["From"]), "Subject": str(m["Subject"]), "Text": m.get_body(("plain",)).get_content(), "Files": files}))`
	in, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	cmd := exec.Command(python, "-c", script)
	cmd.Stdin = in
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python could not read %s: %v %s", file, err, errOut.String())
	}
	var m parsedMail
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCollectWritesMailsThatMailProgramsRead(t *testing.T) {
	dir := writeCollectPlan(t, collectPlan, collectStatus)
	mails := filepath.Join(t.TempDir(), "post")
	t.Setenv("BESKPLAN_FROM", "Jobcentret Prøve <job@proeve.dk>")
	out, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--mail", mails)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{"skrev 4 filer i " + mails, "Team Job har ingen e-mailadresse: ingen e-mail, men regnearket " + filepath.Join(mails, "job.xlsx"),
		"Uden ejer har ingen e-mailadresse"} {
		if !strings.Contains(out, w) {
			t.Errorf("the output lacks %q:\n%s", w, out)
		}
	}
	if _, err := os.Stat(filepath.Join(mails, "job.eml")); err == nil {
		t.Error("an owner without an address gets no e-mail")
	}
	raw, err := os.ReadFile(filepath.Join(mails, "ydelse.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte("\r\nMIME-Version: 1.0\r\n")) || bytes.Contains(bytes.ReplaceAll(raw, []byte("\r\n"), nil), []byte("\n")) {
		t.Error("an .eml file has CRLF line ends throughout")
	}
	m := parseMail(t, filepath.Join(mails, "ydelse.eml"))
	if m.To != "Team Ydelse <ydelse@eksempel.dk>" || m.From != "Jobcentret Prøve <job@proeve.dk>" {
		t.Errorf("To %q, From %q", m.To, m.From)
	}
	if m.Subject != "Tal til udvalgets møde 12. november 2026 – senest 5. november 2026" {
		t.Errorf("Subject %q", m.Subject)
	}
	for _, w := range []string{"Kære Team Ydelse\n", "senest 5. november 2026:", "- R1 Andel i job: tal for 3. kvartal 2026",
		"- S1-I1 Tilfredshedsmåling: skulle være færdigt 30. juni 2026", "vedhæftede regneark ydelse.xlsx", "»i gang«", "Venlig hilsen\nPrøve Kommune"} {
		if !strings.Contains(m.Text, w) {
			t.Errorf("the text lacks %q:\n%s", w, m.Text)
		}
	}
	if strings.Contains(m.Text, "R2") {
		t.Errorf("only the owner's own:\n%s", m.Text)
	}
	if len(m.Files) != 1 || m.Files[0].Name != "ydelse.xlsx" || m.Files[0].Start != "PK" ||
		m.Files[0].Type != "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" {
		t.Errorf("the workbook attached: %+v", m.Files)
	}

	t.Setenv("BESKPLAN_FROM", "ikke en adresse")
	if _, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--mail", t.TempDir()); code != 2 || !strings.Contains(errOut, "BESKPLAN_FROM skal være en e-mailadresse") {
		t.Errorf("a bad sender: exit %d, %q", code, errOut)
	}
}

func TestCollectSendsThroughSendmail(t *testing.T) {
	dir := writeCollectPlan(t, collectPlan, collectStatus)
	bin, sent := t.TempDir(), t.TempDir()
	script := "#!/bin/sh\necho \"$@\" > " + sent + "/args\ncat > " + sent + "/mail.$$\n"
	if err := os.WriteFile(filepath.Join(bin, "sendmail"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("BESKPLAN_FROM", "job@proeve.dk")
	out, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--send")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{"sendt til Team Ydelse <ydelse@eksempel.dk>", "Team Job har ingen e-mailadresse: ingen e-mail til dem", "Uden ejer har ingen e-mailadresse"} {
		if !strings.Contains(out, w) {
			t.Errorf("the output lacks %q:\n%s", w, out)
		}
	}
	if args, _ := os.ReadFile(filepath.Join(sent, "args")); string(args) != "-t -oi\n" {
		t.Errorf("sendmail's arguments: %q", args)
	}
	got, _ := filepath.Glob(filepath.Join(sent, "mail.*"))
	if len(got) != 1 {
		t.Fatalf("one e-mail for the one owner with an address: %v", got)
	}
	msg, _ := os.ReadFile(got[0])
	if !bytes.Contains(msg, []byte("\nTo: \"Team Ydelse\" <ydelse@eksempel.dk>\n")) || bytes.Contains(msg, []byte("\r")) {
		t.Errorf("sendmail reads the message with local line ends and its To:\n%.400s", msg)
	}

	// No sendmail at all: said, nothing sent, the e-mails kept.
	t.Setenv("PATH", "")
	saved := sendmailPlaces
	sendmailPlaces = []string{filepath.Join(bin, "nowhere", "sendmail")}
	t.Cleanup(func() { sendmailPlaces = saved })
	mails := filepath.Join(t.TempDir(), "post")
	_, errOut, code = run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--mail", mails, "--send")
	if code != 1 || !strings.Contains(errOut, "der er ingen sendmail på denne maskine") || !strings.Contains(errOut, "intet er sendt") ||
		!strings.Contains(errOut, "e-mailene ligger i "+mails) {
		t.Errorf("without sendmail: exit %d, %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(mails, "ydelse.eml")); err != nil {
		t.Errorf("the e-mails are written before anything is sent: %v", err)
	}
	_, errOut, _ = run(t, "--plan", dir, "--lang", "en", "collect", "--meeting", "2026-11-12", "--send")
	if !strings.Contains(errOut, "there is no sendmail on this machine") {
		t.Errorf("in English: %q", errOut)
	}
}

// fakeSendmail puts a sendmail script first in PATH.
func fakeSendmail(t *testing.T, script string) {
	t.Helper()
	bin := t.TempDir()
	if err := os.WriteFile(filepath.Join(bin, "sendmail"), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	t.Setenv("BESKPLAN_FROM", "job@proeve.dk")
}

// A sendmail that fails half-way: who has the e-mail and who has not is
// said, so nobody is sent it twice and nobody is forgotten.
func TestCollectSaysWhoWasSentToWhenSendmailFailsHalfWay(t *testing.T) {
	plan := strings.Replace(collectPlan, "name = \"Team Job\"\n", "name = \"Team Job\"\nemail = \"job@eksempel.dk\"\n", 1)
	dir := writeCollectPlan(t, plan, collectStatus)
	done := t.TempDir()
	fakeSendmail(t, "cat > /dev/null\nif [ -e "+done+"/one ]; then echo 'postserveren svarer ikke' >&2; exit 75; fi\ntouch "+done+"/one\n")
	mails := filepath.Join(t.TempDir(), "post")
	out, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--mail", mails, "--send")
	if code != 1 || !strings.Contains(out, "sendt til Team Ydelse <ydelse@eksempel.dk>") {
		t.Fatalf("the first e-mail is sent, then the failure ends it: exit %d: %s%s", code, out, errOut)
	}
	for _, w := range []string{"sendmail kunne ikke sende til Team Job <job@eksempel.dk>", "postserveren svarer ikke",
		"allerede sendt til: Team Ydelse <ydelse@eksempel.dk>", "ikke sendt til: Team Job <job@eksempel.dk>", "e-mailene ligger i " + mails} {
		if !strings.Contains(errOut, w) {
			t.Errorf("the failure must say %q:\n%s", w, errOut)
		}
	}
}

// A sendmail that hangs is stopped after sendTimeout and said so; collect
// does not wait for ever.
func TestCollectStopsASendmailThatHangs(t *testing.T) {
	dir := writeCollectPlan(t, collectPlan, collectStatus)
	fakeSendmail(t, "sleep 60\n")
	saved := sendTimeout
	sendTimeout = 300 * time.Millisecond
	t.Cleanup(func() { sendTimeout = saved })
	_, errOut, code := run(t, "--plan", dir, "collect", "--meeting", "2026-11-12", "--send")
	if code != 1 || !strings.Contains(errOut, "sendmail svarede ikke inden for 0,3 sekunder og er stoppet") ||
		!strings.Contains(errOut, "intet er sendt") || !strings.Contains(errOut, "ikke sendt til: Team Ydelse") {
		t.Fatalf("a hanging sendmail must be stopped and said: exit %d: %s", code, errOut)
	}
}

// A folder writeDir made is not left behind empty when the files cannot
// be written (a full disk, here a name it cannot make).
func TestWriteDirLeavesNoEmptyFolderOnFailure(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "post")
	if err := writeDir(dir, []dirFile{{"ydelse.eml", []byte("x")}, {"ingen/mappe.eml", []byte("y")}}); err == nil {
		t.Fatal("a file that cannot be written must fail")
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the folder made for the files must be removed again: %v", err)
	}
	kept := t.TempDir() // one that was there stays
	writeDir(kept, []dirFile{{"ingen/mappe.eml", nil}})
	if _, err := os.Stat(kept); err != nil {
		t.Errorf("a folder that was there must stay: %v", err)
	}
}
