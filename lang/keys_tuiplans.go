package lang

// The view's words for issue 26 (plans as municipalities write them).
const (
	WorkedOnPrefix   Key = "WorkedOnPrefix"
	FormStateKeep    Key = "FormStateKeep"
	FormSpentHint    Key = "FormSpentHint"
	FormSpentOrState Key = "FormSpentOrState"
	FormSpentSoFar   Key = "FormSpentSoFar"
	FoundInSummary   Key = "FoundInSummary"
	FoundInMeans     Key = "FoundInMeans"
	FoundInNote      Key = "FoundInNote"
)
