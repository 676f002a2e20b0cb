package lang

import (
	"maps"
	"time"

	"github.com/beskplan/beskplan/model"
)

// Day is a date said in the language of the text it is an argument of
// ("14. november 2026", "14 November 2026"): a problem found before the
// language is known.
type Day model.Date

// The texts of keys_approve.go.
func init() {
	maps.Copy(da, map[Key]string{
		ApproveClosed:           "%s er godkendt (%s); intet er gemt – giv grunden med --revised \"…\"",
		ApproveClosedColumn:     "%s er godkendt (%s); intet er gemt – giv grunden i kolonnen revideret",
		ApproveClosedForm:       "%s er godkendt (%s): skriv grunden til rettelsen i feltet Grund for at gemme",
		ApproveAgain:            "%s er allerede godkendt (%s); en periode godkendes én gang, intet er gemt",
		ApproveClosedByLater:    "%s er lukket af godkendelsen af %s (%s); intet er gemt",
		ApproveUsage:            "brug: beskplan approve PERIODE, fx beskplan approve 2026-Q3",
		ApproveNotEnded:         "%s slutter først %s: et papir godkendes for en afsluttet periode; intet er gemt",
		ApproveDone:             "%s er godkendt: papiret er skrevet til %s (%s), og godkendelsen er gemt i %s",
		ApprovePaperFailed:      "papiret kunne ikke skrives ved siden af planen (%s); intet er gemt",
		ApprovePaperNotPlaced:   "godkendelsen er gemt, men papiret kunne ikke lægges på plads (%s): lav det igen med beskplan report --approved %s -o %s",
		ApproveKeptChanging:     "%s blev ændret af andre under hver godkendelse; intet er gemt – prøv igen",
		ApprovedNone:            "%s er ikke godkendt; godkendte perioder: %s",
		ApprovedNoneAtAll:       "%s er ikke godkendt; ingen periode er godkendt endnu (beskplan approve PERIODE)",
		ApprovedMatches:         "papiret for %s er det godkendte: SHA-256 stemmer med godkendelsen (%s)",
		ApprovedMismatch:        "papiret for %s stemmer ikke med det godkendte (%s): filerne er ændret i hånden siden; godkendt %s, nu %s",
		ApprovedFileDiffers:     "advarsel: %s er ikke det godkendte papir (ændret i hånden siden?)",
		ApprovalSignedBoth:      "af %s %s",
		RevisedOpen:             "%s er ikke godkendt: en grund til rettelsen (revideret) hører kun til godkendte perioder; intet er gemt – gem tallet uden grund",
		ApprovalSignedBy:        "af %s",
		ApprovalSignedAt:        "den %s",
		ApprovalUnsigned:        "uden navn og dato",
		ApprovedPaperMissing:    "det godkendte papir for %s mangler: %s findes ikke; lav det igen med %s",
		ApprovedPaperUnreadable: "det godkendte papir for %s kan ikke læses: %s (%s)",
		ApprovedPaperChanged:    "%s er ikke det papir, der blev godkendt for %s (SHA-256 stemmer ikke: ændret i hånden?); lav det igen med %s",
		ApprovedWithView:        "--approved laver det godkendte papir, som det var: --as-of, --as-recorded og --since hører ikke til",
		ApprovedFormat:          "det godkendte papir er Markdown: --format %s hører ikke til --approved",
		RevisedMark:             "revideret efter godkendelse: %s",
		RevisedEmpty:            "--revised skal sige hvorfor: skriv fx --revised \"Danmarks Statistik rettede tallet\"",
		FormReason:              "Grund",
		FormReasonHint:          "hvorfor tallet rettes efter godkendelsen",
		ServeApproveRefused:     "kun en godkender (rollen approver i adgangsfilen) kan godkende et papir; %s må ikke",
		CmdApproveUse:           "approve PERIODE",
		CmdApproveShort:         "godkender papiret for en periode og lukker perioden",
		CmdApproveLong:          "Skriver papiret (Markdown) for perioden, som det står, ved siden af planen som godkendt-PERIODE.md, og gemmer godkendelsen med papirets SHA-256, hvem og hvornår. Derefter skal et tal for perioden eller en tidligere have --revised \"hvorfor\". beskplan report --approved PERIODE laver papiret igen og kontrollerer det.",
		FlagRevised:             "hvorfor et tal for en godkendt periode rettes (mærkes \"revideret efter godkendelse\")",
		FlagApproved:            "laver det godkendte papir for PERIODE igen og kontrollerer det mod godkendelsen",
	})
	maps.Copy(en, map[Key]string{
		ApproveClosed:           "%s is approved (%s); nothing was saved – give the reason with --revised \"…\"",
		ApproveClosedColumn:     "%s is approved (%s); nothing was saved – give the reason in a column revised",
		ApproveClosedForm:       "%s is approved (%s): type the reason for the change in the field Reason to save",
		ApproveAgain:            "%s is already approved (%s); a period is approved once, nothing was saved",
		ApproveClosedByLater:    "%s is closed by the approval of %s (%s); nothing was saved",
		ApproveUsage:            "usage: beskplan approve PERIOD, e.g. beskplan approve 2026-Q3",
		ApproveNotEnded:         "%s ends only on %s: a paper is approved for a period that has ended; nothing was saved",
		ApproveDone:             "%s is approved: the paper is written to %s (%s), and the approval is saved in %s",
		ApprovePaperFailed:      "the paper could not be written beside the plan (%s); nothing was saved",
		ApprovePaperNotPlaced:   "the approval is saved, but the paper could not be put in place (%s): make it again with beskplan report --approved %s -o %s",
		ApproveKeptChanging:     "%s was changed by others during every attempt to approve; nothing was saved – try again",
		ApprovedNone:            "%s is not approved; approved periods: %s",
		ApprovedNoneAtAll:       "%s is not approved; no period is approved yet (beskplan approve PERIOD)",
		ApprovedMatches:         "the paper for %s is the approved one: its SHA-256 matches the approval (%s)",
		ApprovedMismatch:        "the paper for %s does not match the approved one (%s): the files were changed by hand since; approved %s, now %s",
		ApprovedFileDiffers:     "warning: %s is not the approved paper (changed by hand since?)",
		ApprovalSignedBoth:      "by %s on %s",
		RevisedOpen:             "%s is not approved: a reason for the change (revised) belongs only to approved periods; nothing was saved – save the figure without a reason",
		ApprovalSignedBy:        "by %s",
		ApprovalSignedAt:        "on %s",
		ApprovalUnsigned:        "without a name or date",
		ApprovedPaperMissing:    "the approved paper for %s is missing: %s does not exist; make it again with %s",
		ApprovedPaperUnreadable: "the approved paper for %s cannot be read: %s (%s)",
		ApprovedPaperChanged:    "%s is not the paper approved for %s (its SHA-256 does not match: changed by hand?); make it again with %s",
		ApprovedWithView:        "--approved makes the approved paper as it was: --as-of, --as-recorded and --since do not go with it",
		ApprovedFormat:          "the approved paper is Markdown: --format %s does not go with --approved",
		RevisedMark:             "revised after approval: %s",
		RevisedEmpty:            "--revised must say why: write e.g. --revised \"Statistics Denmark corrected the figure\"",
		FormReason:              "Reason",
		FormReasonHint:          "why the figure is changed after the approval",
		ServeApproveRefused:     "only an approver (the role approver in the access file) may approve a paper; %s may not",
		CmdApproveUse:           "approve PERIOD",
		CmdApproveShort:         "approves the paper for a period and closes the period",
		CmdApproveLong:          "Writes the paper (Markdown) for the period as it stands beside the plan as godkendt-PERIOD.md, and saves the approval with the paper's SHA-256, who and when. After that a figure for the period or an earlier one needs --revised \"why\". beskplan report --approved PERIOD makes the paper again and checks it.",
		FlagRevised:             "why a figure for an approved period is changed (marked \"revised after approval\")",
		FlagApproved:            "makes the approved paper for PERIOD again and checks it against the approval",
	})
}

// Signed is who approved and when, as a message says it: "af Anne 12. nov
// 2026"; an approval written by hand may lack either (at is then zero).
func Signed(by string, at time.Time) Said {
	switch {
	case by != "" && !at.IsZero():
		return Said{ApprovalSignedBoth, []any{by, Day(model.DateOf(at))}}
	case by != "":
		return Said{ApprovalSignedBy, []any{by}}
	case !at.IsZero():
		return Said{ApprovalSignedAt, []any{Day(model.DateOf(at))}}
	}
	return Said{Key: ApprovalUnsigned}
}
