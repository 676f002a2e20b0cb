package lang

// Issue 25 item 5, approval closes a period: `beskplan approve`, the
// approved paper made again, and figures revised after an approval.
const (
	ApproveClosed         Key = "ApproveClosed"
	ApproveClosedColumn   Key = "ApproveClosedColumn"
	ApproveClosedForm     Key = "ApproveClosedForm"
	ApproveAgain          Key = "ApproveAgain"
	ApproveClosedByLater  Key = "ApproveClosedByLater"
	ApproveUsage          Key = "ApproveUsage"
	ApproveDone           Key = "ApproveDone"
	ApprovePaperFailed    Key = "ApprovePaperFailed"
	ApprovePaperNotPlaced Key = "ApprovePaperNotPlaced"
	ApproveKeptChanging   Key = "ApproveKeptChanging"
	ApprovedNone          Key = "ApprovedNone"
	ApprovedNoneAtAll     Key = "ApprovedNoneAtAll"
	ApprovedMatches       Key = "ApprovedMatches"
	ApprovedMismatch      Key = "ApprovedMismatch"
	ApprovedFileDiffers   Key = "ApprovedFileDiffers"
	ApprovedWithView      Key = "ApprovedWithView"
	ApprovedFormat        Key = "ApprovedFormat"
	RevisedMark           Key = "RevisedMark"
	RevisedEmpty          Key = "RevisedEmpty"
	FormReason            Key = "FormReason"
	FormReasonHint        Key = "FormReasonHint"
	ServeApproveRefused   Key = "ServeApproveRefused"
	CmdApproveUse         Key = "CmdApproveUse"
	CmdApproveShort       Key = "CmdApproveShort"
	CmdApproveLong        Key = "CmdApproveLong"
	FlagRevised           Key = "FlagRevised"
	FlagApproved          Key = "FlagApproved"
	ApproveNotEnded       Key = "ApproveNotEnded"
)
