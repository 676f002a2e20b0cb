package lang

// The texts of the catalogues. Each is in da.go and en.go; a test checks
// that every key has a text in every language.
const (
	UnknownLang Key = "UnknownLang"

	// Problems in files.
	BadTOML             Key = "BadTOML"
	MissingKey          Key = "MissingKey"
	UnknownKey          Key = "UnknownKey"
	UnknownKeyNear      Key = "UnknownKeyNear"
	WrongType           Key = "WrongType"
	EmptyText           Key = "EmptyText"
	NotFinite           Key = "NotFinite"
	NotOneOf            Key = "NotOneOf"
	BadFormat           Key = "BadFormat"
	EndBeforeStart      Key = "EndBeforeStart"
	BadID               Key = "BadID"
	DuplicateID         Key = "DuplicateID"
	StrategyOrGoal      Key = "StrategyOrGoal"
	DateOutsidePlan     Key = "DateOutsidePlan"
	UnknownRef          Key = "UnknownRef"
	UnknownRefNear      Key = "UnknownRefNear"
	BadPeriod           Key = "BadPeriod"
	PeriodOutsidePlan   Key = "PeriodOutsidePlan"
	MeasureOrInitiative Key = "MeasureOrInitiative"
	NotForInitiative    Key = "NotForInitiative"
	PendingWithValue    Key = "PendingWithValue"
	NeedValue           Key = "NeedValue"
	NeedReference       Key = "NeedReference"
	StateForInitiative  Key = "StateForInitiative"
	FileNotFound        Key = "FileNotFound"
	FileNoAccess        Key = "FileNoAccess"
	FileUnreadable      Key = "FileUnreadable"

	// Names of TOML types, said inside WrongType.
	TypeText      Key = "TypeText"
	TypeNumber    Key = "TypeNumber"
	TypeBool      Key = "TypeBool"
	TypeDate      Key = "TypeDate"
	TypeDateTime  Key = "TypeDateTime"
	TypeList      Key = "TypeList"
	TypeTable     Key = "TypeTable"
	TypeTextList  Key = "TypeTextList"
	TypeTableList Key = "TypeTableList"
	TypeUnknown   Key = "TypeUnknown"

	// Tracks, initiative states and goal kinds.
	TrackMet      Key = "TrackMet"
	TrackOn       Key = "TrackOn"
	TrackRisk     Key = "TrackRisk"
	TrackOff      Key = "TrackOff"
	TrackPending  Key = "TrackPending"
	TrackNoData   Key = "TrackNoData"
	TrackNoTarget Key = "TrackNoTarget"
	StatePlanned  Key = "StatePlanned"
	StateRunning  Key = "StateRunning"
	StateDone     Key = "StateDone"
	StatePaused   Key = "StatePaused"
	StateDropped  Key = "StateDropped"
	StateNone     Key = "StateNone"
	KindMinister  Key = "KindMinister"
	KindLocal     Key = "KindLocal"

	// Commands.
	UsingExample  Key = "UsingExample"
	CheckSummary  Key = "CheckSummary"
	CheckFailed   Key = "CheckFailed"
	InitWrote     Key = "InitWrote"
	InitExists    Key = "InitExists"
	BadAsOf       Key = "BadAsOf"
	BadAsRecorded Key = "BadAsRecorded"

	// The status overview and other views of a plan.
	AsOf          Key = "AsOf"
	AsRecorded    Key = "AsRecorded"
	Baseline      Key = "Baseline"
	Target        Key = "Target"
	TargetBy      Key = "TargetBy"
	TargetAtLeast Key = "TargetAtLeast"
	TargetAtMost  Key = "TargetAtMost"
	TargetVersus  Key = "TargetVersus"
	Latest        Key = "Latest"
	NoFigure      Key = "NoFigure"
	Reference     Key = "Reference"
	Missing       Key = "Missing"
	NothingMissed Key = "NothingMissed"
	Revised       Key = "Revised"
	Progress      Key = "Progress"
	Measures      Key = "Measures"
	Initiatives   Key = "Initiatives"
	Period        Key = "Period"

	// The interactive view.
	KeyUp            Key = "KeyUp"
	KeyDown          Key = "KeyDown"
	KeyPageUp        Key = "KeyPageUp"
	KeyPageDown      Key = "KeyPageDown"
	KeyTop           Key = "KeyTop"
	KeyBottom        Key = "KeyBottom"
	KeyOpen          Key = "KeyOpen"
	KeyBack          Key = "KeyBack"
	KeyPane          Key = "KeyPane"
	KeyMissing       Key = "KeyMissing"
	KeySearch        Key = "KeySearch"
	KeyPrevPeriod    Key = "KeyPrevPeriod"
	KeyNextPeriod    Key = "KeyNextPeriod"
	KeyHelp          Key = "KeyHelp"
	KeyQuit          Key = "KeyQuit"
	Overview         Key = "Overview"
	StrategyLabel    Key = "StrategyLabel"
	InitiativeLabel  Key = "InitiativeLabel"
	MeasureLabel     Key = "MeasureLabel"
	GoalLabel        Key = "GoalLabel"
	CountInitiatives Key = "CountInitiatives"
	CountMeasures    Key = "CountMeasures"
	Means            Key = "Means"
	Unit             Key = "Unit"
	BetterHigher     Key = "BetterHigher"
	BetterLower      Key = "BetterLower"
	RecordedBy       Key = "RecordedBy"
	History          Key = "History"
	Superseded       Key = "Superseded"
	Note             Key = "Note"
	By               Key = "By"
	At               Key = "At"
	Value            Key = "Value"
	SearchPrompt     Key = "SearchPrompt"
	SearchHint       Key = "SearchHint"
	NoMatches        Key = "NoMatches"
	ExampleState     Key = "ExampleState"
	ReadOnlyState    Key = "ReadOnlyState"
	Reloaded         Key = "Reloaded"
	FileInvalid      Key = "FileInvalid"
	AsOfShort        Key = "AsOfShort"
	Owner            Key = "Owner"
	Source           Key = "Source"
	Due              Key = "Due"
	Milestones       Key = "Milestones"
	ExpectedShort    Key = "ExpectedShort"
	Pending          Key = "Pending"
	NoHistory        Key = "NoHistory"
	MissingTitle     Key = "MissingTitle"
	SearchTitle      Key = "SearchTitle"
	Chart            Key = "Chart"
	TargetLine       Key = "TargetLine"
	Deadline         Key = "Deadline"
	PlanPeriod       Key = "PlanPeriod"
	TooSmall         Key = "TooSmall"
	MoreWithTab      Key = "MoreWithTab"
	MoreRows         Key = "MoreRows"
	NulByte          Key = "NulByte"

	// Recording.
	BadState         Key = "BadState"
	NoSuchID         Key = "NoSuchID"
	NoSuchIDNear     Key = "NoSuchIDNear"
	CSVNoHeader      Key = "CSVNoHeader"
	CSVMissingColumn Key = "CSVMissingColumn"
	CSVBadRow        Key = "CSVBadRow"
	BadNumber        Key = "BadNumber"
	ExampleReadOnly  Key = "ExampleReadOnly"
	Saved            Key = "Saved"
	DryRun           Key = "DryRun"
	NothingToImport  Key = "NothingToImport"
	ErrLocked        Key = "ErrLocked"
	ErrLockedUnknown Key = "ErrLockedUnknown"
	ErrTorn          Key = "ErrTorn"
	ErrTornNoRepair  Key = "ErrTornNoRepair"
	ErrBroken        Key = "ErrBroken"
	ErrNoSpace       Key = "ErrNoSpace"
	ErrNoWrite       Key = "ErrNoWrite"
	ErrReadOnlyFS    Key = "ErrReadOnlyFS"
	ErrSave          Key = "ErrSave"
	Repaired         Key = "Repaired"
	NothingToRepair  Key = "NothingToRepair"
	SetUsage         Key = "SetUsage"
	PendingNoValue   Key = "PendingNoValue"
	ShareChmod       Key = "ShareChmod"
	ShareSetgid      Key = "ShareSetgid"
	ShareGroup       Key = "ShareGroup"
	KeyEdit          Key = "KeyEdit"
	KeyNextField     Key = "KeyNextField"
	KeyPrevField     Key = "KeyPrevField"
	KeySave          Key = "KeySave"
	KeyToggle        Key = "KeyToggle"
	FormTitle        Key = "FormTitle"
	ValueHint        Key = "ValueHint"
	NoteHint         Key = "NoteHint"
	Saving           Key = "Saving"
	ConfirmSave      Key = "ConfirmSave"
	StateFor         Key = "StateFor"
	SavedMemory      Key = "SavedMemory"
	KeySaveAgain     Key = "KeySaveAgain"
	LostEntries      Key = "LostEntries"

	// Reports.
	Track         Key = "Track"
	State         Key = "State"
	Committee     Key = "Committee"
	Made          Key = "Made"
	ReportWritten Key = "ReportWritten"
	ReportFailed  Key = "ReportFailed"
	KeyReport     Key = "KeyReport"
	BadFormatFlag Key = "BadFormatFlag"
	Title         Key = "Title"
	BaselineDate  Key = "BaselineDate"
	TargetDate    Key = "TargetDate"
	AsOfColumn    Key = "AsOfColumn"
	SharePlanRead Key = "SharePlanRead"
	ReportFile    Key = "ReportFile"

	// Serving over SSH.
	DuplicateUser     Key = "DuplicateUser"
	BadPublicKey      Key = "BadPublicKey"
	DuplicateKey      Key = "DuplicateKey"
	ServeNoCommands   Key = "ServeNoCommands"
	ServeNeedTerminal Key = "ServeNeedTerminal"
	ServeFull         Key = "ServeFull"
	ServeViewOnly     Key = "ServeViewOnly"
	ServeShutdown     Key = "ServeShutdown"
	ServeListening    Key = "ServeListening"
	AccessOK          Key = "AccessOK"
	KeyRepair         Key = "KeyRepair"
	RepairOffer       Key = "RepairOffer"
)

// The status log: damaged blocks, entries recorded in the future, the writer's refusals.
const (
	TornBlock       Key = "TornBlock"
	FutureAt        Key = "FutureAt"
	ErrFutureEntry  Key = "ErrFutureEntry"
	ErrDanglingLink Key = "ErrDanglingLink"
	ErrReplaced     Key = "ErrReplaced"
)

// Reading files: what beskplan refuses, and entries the plan no longer has.
const (
	TooDeep         Key = "TooDeep"
	KeyTooLong      Key = "KeyTooLong"
	FileTooLarge    Key = "FileTooLarge"
	FileNotRegular  Key = "FileNotRegular"
	KindFolder      Key = "KindFolder"
	KindPipe        Key = "KindPipe"
	KindDevice      Key = "KindDevice"
	KindSocket      Key = "KindSocket"
	KindSpecial     Key = "KindSpecial"
	WarningPrefix   Key = "WarningPrefix"
	OrphanEntry     Key = "OrphanEntry"
	OrphanEntryNear Key = "OrphanEntryNear"
)

// Import, output and init safety (issue 12: CSV import, encodings, control characters, negative figures).
const (
	SepSemicolon         Key = "SepSemicolon"
	SepComma             Key = "SepComma"
	SepTab               Key = "SepTab"
	CSVFieldCount        Key = "CSVFieldCount"
	CSVWrongSeparator    Key = "CSVWrongSeparator"
	CSVBareQuote         Key = "CSVBareQuote"
	CSVQuoteNotClosed    Key = "CSVQuoteNotClosed"
	CSVQuoteExtra        Key = "CSVQuoteExtra"
	CSVWorkbook          Key = "CSVWorkbook"
	CSVUTF16NoBOM        Key = "CSVUTF16NoBOM"
	CSVByteNotInEncoding Key = "CSVByteNotInEncoding"
	CSVBadCharacter      Key = "CSVBadCharacter"
	CSVReadAs            Key = "CSVReadAs"
	NoteNotUTF8          Key = "NoteNotUTF8"
	NoteControl          Key = "NoteControl"
)

// Targets as plans write them: tracks and check (issue 11, model).
const (
	TrackMissed            Key = "TrackMissed"
	TrackHeld              Key = "TrackHeld"
	TrackBreached          Key = "TrackBreached"
	MilestonesOutOfOrder   Key = "MilestonesOutOfOrder"
	MilestoneAfterTarget   Key = "MilestoneAfterTarget"
	BadLag                 Key = "BadLag"
	TargetNeedsKind        Key = "TargetNeedsKind"
	TargetKindsExclusive   Key = "TargetKindsExclusive"
	NotWithDirection       Key = "NotWithDirection"
	ChangeNeedsBaseline    Key = "ChangeNeedsBaseline"
	BaselineAfterTarget    Key = "BaselineAfterTarget"
	BaselineAfterMilestone Key = "BaselineAfterMilestone"
	BetterDisagrees        Key = "BetterDisagrees"
	DateAfterPlan          Key = "DateAfterPlan"
	CountWithDecimals      Key = "CountWithDecimals"
)

// Verdicts in every view: targets in words and the explaining sentence (issue 11, views).
const (
	FirstFigure      Key = "FirstFigure"
	StaleFrom        Key = "StaleFrom"
	MilestoneMissed  Key = "MilestoneMissed"
	BreachedIn       Key = "BreachedIn"
	PendingNote      Key = "PendingNote"
	TargetBelow      Key = "TargetBelow"
	TargetAbove      Key = "TargetAbove"
	TargetLimit      Key = "TargetLimit"
	ChangeDown       Key = "ChangeDown"
	ChangeUp         Key = "ChangeUp"
	ChangeFrom       Key = "ChangeFrom"
	WhyDirection     Key = "WhyDirection"
	DirectionUp      Key = "DirectionUp"
	DirectionDown    Key = "DirectionDown"
	DirectionNotUp   Key = "DirectionNotUp"
	DirectionNotDown Key = "DirectionNotDown"
	Why              Key = "Why"
	WhyFigure        Key = "WhyFigure"
	WhyDifference    Key = "WhyDifference"
	CmpBelow         Key = "CmpBelow"
	CmpEqual         Key = "CmpEqual"
	CmpAbove         Key = "CmpAbove"
	YardMilestone    Key = "YardMilestone"
	YardTarget       Key = "YardTarget"
	YardLimit        Key = "YardLimit"
	YardBaseline     Key = "YardBaseline"
	YardFirst        Key = "YardFirst"
	YardExpected     Key = "YardExpected"
	WhyMet           Key = "WhyMet"
	WhyTargetIs      Key = "WhyTargetIs"
	WhyDeadline      Key = "WhyDeadline"
	WhyHeld          Key = "WhyHeld"
	WhyBreached      Key = "WhyBreached"
	WhyAtBest        Key = "WhyAtBest"
	WhyOneFigure     Key = "WhyOneFigure"
	WhyStale         Key = "WhyStale"
	WhyPending       Key = "WhyPending"
	WhyNoData        Key = "WhyNoData"
	WhyNoTarget      Key = "WhyNoTarget"
	ExpectedColumn   Key = "ExpectedColumn"
	BaselineKind     Key = "BaselineKind"
	Remarks          Key = "Remarks"
)

// Verdicts (attack11): a limit with no figure within its dates.
const (
	WhyLimitNoFigure Key = "WhyLimitNoFigure"
)

// The interactive view (issue 15): the key home, the form's echo and
// warnings, the past view, and quitting a form with input.
const (
	KeyHome          Key = "KeyHome"
	FormReplaces     Key = "FormReplaces"
	FormSaved        Key = "FormSaved"
	FormFrom         Key = "FormFrom"
	FormBy           Key = "FormBy"
	FormUnitMismatch Key = "FormUnitMismatch"
	FormCountDecimal Key = "FormCountDecimal"
	FormQuitAsk      Key = "FormQuitAsk"
)

// The missing list: warnings listed after the measures.
const WarningsListed Key = "WarningsListed"

// serve for a whole office (issue 13): live access changes, idle, exec commands.
const (
	ServeRemoved     Key = "ServeRemoved"
	ServeDemoted     Key = "ServeDemoted"
	ServePromoted    Key = "ServePromoted"
	ServeIdle        Key = "ServeIdle"
	ServeReportHint  Key = "ServeReportHint"
	ServeCommands    Key = "ServeCommands"
	ServeCommandFail Key = "ServeCommandFail"
	StoreUpdated     Key = "StoreUpdated"
	ServeBadIdle     Key = "ServeBadIdle"
)

// TOML syntax mistakes in the user's words, with the fix (issue 18).
const (
	SyntaxDecimalComma  Key = "SyntaxDecimalComma"
	SyntaxUnquoted      Key = "SyntaxUnquoted"
	SyntaxUnclosed      Key = "SyntaxUnclosed"
	SyntaxQuoteInText   Key = "SyntaxQuoteInText"
	SyntaxBadKey        Key = "SyntaxBadKey"
	SyntaxBadKeyNear    Key = "SyntaxBadKeyNear"
	SyntaxMissingEquals Key = "SyntaxMissingEquals"
	SyntaxHeaderOpen    Key = "SyntaxHeaderOpen"
	SyntaxHeaderName    Key = "SyntaxHeaderName"
	SyntaxDanishDate    Key = "SyntaxDanishDate"
	SyntaxPercent       Key = "SyntaxPercent"
	SyntaxGrouped       Key = "SyntaxGrouped"
	SyntaxTwice         Key = "SyntaxTwice"
	UnknownTableNear    Key = "UnknownTableNear"
)

// The commands' help, cobra's headings and the command line's own messages (issue 15, commands).
const (
	UnknownCommandNear Key = "UnknownCommandNear"
	UnknownCommandAll  Key = "UnknownCommandAll"
	HelpUsage          Key = "HelpUsage"
	HelpExamples       Key = "HelpExamples"
	HelpCommands       Key = "HelpCommands"
	HelpFlags          Key = "HelpFlags"
	HelpGlobalFlags    Key = "HelpGlobalFlags"
	HelpFlagsWord      Key = "HelpFlagsWord"
	HelpCommandWord    Key = "HelpCommandWord"
	HelpMore           Key = "HelpMore"
	HelpHelpShort      Key = "HelpHelpShort"
	HelpHelpLong       Key = "HelpHelpLong"
	HelpCompShort      Key = "HelpCompShort"
	HelpCompLong       Key = "HelpCompLong"
	HelpCompShellShort Key = "HelpCompShellShort"
	HelpCompShellLong  Key = "HelpCompShellLong"
	CmdRootUse         Key = "CmdRootUse"
	CmdRootShort       Key = "CmdRootShort"
	CmdRootLong        Key = "CmdRootLong"
	CmdCheckShort      Key = "CmdCheckShort"
	CmdStatusShort     Key = "CmdStatusShort"
	CmdInitUse         Key = "CmdInitUse"
	CmdInitShort       Key = "CmdInitShort"
	CmdSetUse          Key = "CmdSetUse"
	CmdSetShort        Key = "CmdSetShort"
	CmdSetLong         Key = "CmdSetLong"
	CmdImportUse       Key = "CmdImportUse"
	CmdImportShort     Key = "CmdImportShort"
	CmdImportLong      Key = "CmdImportLong"
	CmdRepairShort     Key = "CmdRepairShort"
	CmdRepairLong      Key = "CmdRepairLong"
	CmdReportShort     Key = "CmdReportShort"
	CmdReportLong      Key = "CmdReportLong"
	CmdServeShort      Key = "CmdServeShort"
	CmdServeLong       Key = "CmdServeLong"
	FlagHelp           Key = "FlagHelp"
	FlagVersion        Key = "FlagVersion"
	FlagNoDescriptions Key = "FlagNoDescriptions"
	FlagPlan           Key = "FlagPlan"
	FlagLang           Key = "FlagLang"
	FlagAsOf           Key = "FlagAsOf"
	FlagAsRecorded     Key = "FlagAsRecorded"
	FlagASCII          Key = "FlagASCII"
	FlagReadOnly       Key = "FlagReadOnly"
	FlagExplain        Key = "FlagExplain"
	FlagBlank          Key = "FlagBlank"
	FlagNote           Key = "FlagNote"
	FlagReference      Key = "FlagReference"
	FlagPending        Key = "FlagPending"
	FlagInitiative     Key = "FlagInitiative"
	FlagDryRun         Key = "FlagDryRun"
	FlagSince          Key = "FlagSince"
	FlagFormat         Key = "FlagFormat"
	FlagOutput         Key = "FlagOutput"
	FlagListen         Key = "FlagListen"
	FlagAccess         Key = "FlagAccess"
	FlagHostKey        Key = "FlagHostKey"
	FlagIdle           Key = "FlagIdle"
	FlagMaxSessions    Key = "FlagMaxSessions"
	FlagCheckAccess    Key = "FlagCheckAccess"
	FlagHandshake      Key = "FlagHandshake"
	FlagMaxPending     Key = "FlagMaxPending"
	FlagMaxPendingSrc  Key = "FlagMaxPendingSrc"
	FlagNoMouse        Key = "FlagNoMouse"
)

// The default of a flag in the help (issue 15, commands).
const HelpDefault Key = "HelpDefault"

// Mistakes on the command line in the user's words (issue 15, commands).
const (
	FlagUnknownNear Key = "FlagUnknownNear"
	FlagUnknown     Key = "FlagUnknown"
	FlagNeedsValue  Key = "FlagNeedsValue"
	FlagMisused     Key = "FlagMisused"
	BadArgs         Key = "BadArgs"
)

// Committee papers: periods and dates in words, plurals, legend, changes, workbook (issue 14).
const (
	PeriodHalf          Key = "PeriodHalf"
	PeriodQuarter       Key = "PeriodQuarter"
	DateLong            Key = "DateLong"
	MonthNames          Key = "MonthNames"
	UnitPP              Key = "UnitPP"
	CountInitiative     Key = "CountInitiative"
	TargetValue         Key = "TargetValue"
	CheckFailedOne      Key = "CheckFailedOne"
	LostEntry           Key = "LostEntry"
	PlanPeriodLabel     Key = "PlanPeriodLabel"
	MilestoneReached    Key = "MilestoneReached"
	MilestoneNotReached Key = "MilestoneNotReached"
	MilestoneNoFigure   Key = "MilestoneNoFigure"
	DifferenceIs        Key = "DifferenceIs"
	LegendTitle         Key = "LegendTitle"
	LegendMet           Key = "LegendMet"
	LegendOn            Key = "LegendOn"
	LegendRisk          Key = "LegendRisk"
	LegendOff           Key = "LegendOff"
	LegendMissed        Key = "LegendMissed"
	LegendHeld          Key = "LegendHeld"
	LegendBreached      Key = "LegendBreached"
	LegendPending       Key = "LegendPending"
	LegendNoData        Key = "LegendNoData"
	LegendNoTarget      Key = "LegendNoTarget"
	LegendProgress      Key = "LegendProgress"
	LegendGoal          Key = "LegendGoal"
	LatestFigure        Key = "LatestFigure"
	ExpectedNow         Key = "ExpectedNow"
	Notes               Key = "Notes"
	DifferenceColumn    Key = "DifferenceColumn"
	Page                Key = "Page"
	ChangesSince        Key = "ChangesSince"
	ChangedTracks       Key = "ChangedTracks"
	NewFigures          Key = "NewFigures"
	RevisedFigures      Key = "RevisedFigures"
	ChangedStates       Key = "ChangedStates"
	FigureFor           Key = "FigureFor"
	NothingChanged      Key = "NothingChanged"
	ChangesColumn       Key = "ChangesColumn"
	BadSince            Key = "BadSince"
	KeyChanges          Key = "KeyChanges"
	SheetStatus         Key = "SheetStatus"
	SheetChanges        Key = "SheetChanges"
	SheetEntry          Key = "SheetEntry"
	XLSXUnreadable      Key = "XLSXUnreadable"
	XLSXNoSheet         Key = "XLSXNoSheet"
	XLSXNeedValue       Key = "XLSXNeedValue"
	CountEntry          Key = "CountEntry"
	CountEntries        Key = "CountEntries"
)

// Saving into a folder that is not there.
const ErrNoFolder Key = "ErrNoFolder"

// Plans kept in git: figures from two places, the plan's own history.
const (
	RivalFigures  Key = "RivalFigures"
	RivalMark     Key = "RivalMark"
	TargetChanged Key = "TargetChanged"
	TargetHistory Key = "TargetHistory"
	PlanAsOfGit   Key = "PlanAsOfGit"
)

// A torn block that repair cannot move aside until a mistake is fixed.
const ErrTornFixFirst Key = "ErrTornFixFirst"

// Syntax: a key alone on its line, a key without its value.
const (
	SyntaxKeyAlone Key = "SyntaxKeyAlone"
	SyntaxNoValue  Key = "SyntaxNoValue"
)

// The measure screen: a figure recorded at a time, by no one named.
const RecordedAt Key = "RecordedAt"

// init beside a .gitattributes of another's.
const InitAddUnion Key = "InitAddUnion"

// A new user's trial after the merge: counts in the singular, figures typed with a unit.
const (
	CountGoal         Key = "CountGoal"
	CountGoals        Key = "CountGoals"
	CountStrategy     Key = "CountStrategy"
	CountStrategies   Key = "CountStrategies"
	CountMeasure      Key = "CountMeasure"
	NothingNewInSheet Key = "NothingNewInSheet"
	SinceAfterAsOf    Key = "SinceAfterAsOf"
)

// Comparison with other municipalities (issue 16): the shared words of a standing.
const (
	RankAmongAll   Key = "RankAmongAll"
	RankInGroup    Key = "RankInGroup"
	GroupMeanBest  Key = "GroupMeanBest"
	NationalRow    Key = "NationalRow"
	NationalMean   Key = "NationalMean"
	StandingPeriod Key = "StandingPeriod"
)

// Issue 16, tui: the comparison in the interactive view.
const (
	CompareRank      Key = "CompareRank"
	CompareFigures   Key = "CompareFigures"
	CompareChart     Key = "CompareChart"
	TableNamed       Key = "TableNamed"
	OwnFigure        Key = "OwnFigure"
	GroupMeanLegend  Key = "GroupMeanLegend"
	RefFromTableMark Key = "RefFromTableMark"
	NoStanding       Key = "NoStanding"
	NoTable          Key = "NoTable"
	GoalRanks        Key = "GoalRanks"
)

// Issue 16, reports: a measure's standing in status and the papers, and the compare command.
const (
	CompareLabel        Key = "CompareLabel"
	CompareNoFigure     Key = "CompareNoFigure"
	ColIndicator        Key = "ColIndicator"
	ColComparePeriod    Key = "ColComparePeriod"
	ColCompareFigure    Key = "ColCompareFigure"
	ColRank             Key = "ColRank"
	ColRankOf           Key = "ColRankOf"
	ColGroup            Key = "ColGroup"
	ColGroupRank        Key = "ColGroupRank"
	ColGroupOf          Key = "ColGroupOf"
	ColGroupMean        Key = "ColGroupMean"
	ColGroupBest        Key = "ColGroupBest"
	ColNational         Key = "ColNational"
	CmdCompareUse       Key = "CmdCompareUse"
	CmdCompareShort     Key = "CmdCompareShort"
	CmdCompareLong      Key = "CmdCompareLong"
	FlagPeriods         Key = "FlagPeriods"
	CompareNone         Key = "CompareNone"
	CompareNotRead      Key = "CompareNotRead"
	CompareUnknown      Key = "CompareUnknown"
	CompareUnknownNear  Key = "CompareUnknownNear"
	CompareArea         Key = "CompareArea"
	ComparePeriods      Key = "ComparePeriods"
	CompareFile         Key = "CompareFile"
	CompareAgainst      Key = "CompareAgainst"
	CompareGroupMean    Key = "CompareGroupMean"
	CompareNationalRow  Key = "CompareNationalRow"
	CompareNationalMean Key = "CompareNationalMean"
	CompareRankAll      Key = "CompareRankAll"
	CompareRankGroup    Key = "CompareRankGroup"
	CompareNotInTable   Key = "CompareNotInTable"
	CompareNoPeriods    Key = "CompareNoPeriods"
	CompareBadPeriods   Key = "CompareBadPeriods"
	CompareMore         Key = "CompareMore"
	CompareChartLegend  Key = "CompareChartLegend"
	CompareNoTable      Key = "CompareNoTable"
)

// Issue 16, verdicts: the plan's comparison keys and the verdicts of targets against other areas.
const (
	GroupNoAreas                 Key = "GroupNoAreas"
	GroupNameTaken               Key = "GroupNameTaken"
	GroupNameTwice               Key = "GroupNameTwice"
	GroupAreaNotMunicipality     Key = "GroupAreaNotMunicipality"
	GroupAreaNotMunicipalityNear Key = "GroupAreaNotMunicipalityNear"
	UnknownGroup                 Key = "UnknownGroup"
	UnknownGroupNear             Key = "UnknownGroupNear"
	NeedsCompare                 Key = "NeedsCompare"
	RatioNeedsReference          Key = "RatioNeedsReference"
	BadRank                      Key = "BadRank"
	BadBetterThan                Key = "BadBetterThan"
	AmongOnlyForRanks            Key = "AmongOnlyForRanks"
	MilestoneOtherTerms          Key = "MilestoneOtherTerms"
	MilestoneOtherGroup          Key = "MilestoneOtherGroup"
	ReferenceNotInTable          Key = "ReferenceNotInTable"
	ReferenceNoGroup             Key = "ReferenceNoGroup"
	AllMunicipalities            Key = "AllMunicipalities"
	RatioLower                   Key = "RatioLower"
	RatioHigher                  Key = "RatioHigher"
	RatioLevel                   Key = "RatioLevel"
	RatioMoreThan                Key = "RatioMoreThan"
	RatioLessThan                Key = "RatioLessThan"
	RankAmongBest                Key = "RankAmongBest"
	RankTheBest                  Key = "RankTheBest"
	RankAhead                    Key = "RankAhead"
	RankNo                       Key = "RankNo"
	BetterThanShare              Key = "BetterThanShare"
	BetterThanAtLeast            Key = "BetterThanAtLeast"
	WhyRank                      Key = "WhyRank"
	WhyBeats                     Key = "WhyBeats"
	WhyRatio                     Key = "WhyRatio"
	CmpBetter                    Key = "CmpBetter"
	CmpWorse                     Key = "CmpWorse"
	WhyUnscored                  Key = "WhyUnscored"
	WhyNothingScored             Key = "WhyNothingScored"
	NotScoredIn                  Key = "NotScoredIn"
	ReferenceFromTable           Key = "ReferenceFromTable"
	WhyReference                 Key = "WhyReference"
	FromTable                    Key = "FromTable"
)

// Issue 16, tables: reading the comparison folder's downloaded tables.
const (
	CmpFolderMissing   Key = "CmpFolderMissing"
	CmpNoTable         Key = "CmpNoTable"
	CmpNoTableNear     Key = "CmpNoTableNear"
	CmpNoTables        Key = "CmpNoTables"
	CmpEmpty           Key = "CmpEmpty"
	CmpNoHeader        Key = "CmpNoHeader"
	CmpBadPeriodColumn Key = "CmpBadPeriodColumn"
	CmpBadPeriodRow    Key = "CmpBadPeriodRow"
	CmpMixedSpan       Key = "CmpMixedSpan"
	CmpDuplicatePeriod Key = "CmpDuplicatePeriod"
	CmpDuplicateArea   Key = "CmpDuplicateArea"
	CmpDuplicateFigure Key = "CmpDuplicateFigure"
	CmpBadFigure       Key = "CmpBadFigure"
	CmpNoArea          Key = "CmpNoArea"
	CmpOutsideColumns  Key = "CmpOutsideColumns"
	CmpNoPeriods       Key = "CmpNoPeriods"
	CmpNoFigures       Key = "CmpNoFigures"
	CmpMoreProblems    Key = "CmpMoreProblems"
	CmpSameIndicator   Key = "CmpSameIndicator"
	CmpHeaderAlone     Key = "CmpHeaderAlone"
	CmpNoSheet         Key = "CmpNoSheet"
	CmpOldWorkbook     Key = "CmpOldWorkbook"
	CmpGroupArea       Key = "CmpGroupArea"
	CmpGroupAreaNear   Key = "CmpGroupAreaNear"
	CmpNoOwnArea       Key = "CmpNoOwnArea"
	CmpNoOwnAreaNear   Key = "CmpNoOwnAreaNear"

	// Issue 16, fixex: a row's rank said with its period when the rank is
	// not the row's own figure's (a table ahead of the measure's entries).
	RankInPeriod Key = "RankInPeriod"
)

// Issue 16, lead: the form's reference field where the table gives it.
const ReferenceHintTable Key = "ReferenceHintTable"

// Issue 16, attack: what a broken or hostile comparison folder is told.
const (
	CmpTooLarge        Key = "CmpTooLarge"
	CmpHugeFigure      Key = "CmpHugeFigure"
	GroupAreaAggregate Key = "GroupAreaAggregate"
	GroupAreaTwice     Key = "GroupAreaTwice"
	GroupMoreAreas     Key = "GroupMoreAreas"
	CmpFolderNotFolder Key = "CmpFolderNotFolder"
	CmpHeaderTooLarge  Key = "CmpHeaderTooLarge"
	CmpLongArea        Key = "CmpLongArea"
	RankPastAll        Key = "RankPastAll"
	CmpTooManyColumns  Key = "CmpTooManyColumns"
	CmpLineTooLong     Key = "CmpLineTooLong"
	CmpFolderNoAccess  Key = "CmpFolderNoAccess"
)

// Issue 16, newuser: one period left out of the compare table.
const (
	CompareMoreOne Key = "CompareMoreOne"
	// GroupMeanBestOthers: the group's mean and best are of the others
	// when the group does not list the municipality itself.
	GroupMeanBestOthers Key = "GroupMeanBestOthers"
	// CompareOwnPeriods: `compare R6` shows the table in the measure's periods.
	CompareOwnPeriods Key = "CompareOwnPeriods"
	// CompareFromEntryOf names the measure whose status figures are marked *
	// (a table several measures name shows the first's).
	CompareFromEntryOf Key = "CompareFromEntryOf"
)

// Issue 16, lead: the whole country's row without the period's figure.
const NationalMeanRowEmpty Key = "NationalMeanRowEmpty"

// Issue 16, lead: a rank target's baseline that is no place.
const RankBaseline Key = "RankBaseline"

// Issue 16, rv-verdict: targets against other areas no figure can meet, or miss.
const (
	RankNeverMet        Key = "RankNeverMet"
	BetterThanNeverMet  Key = "BetterThanNeverMet"
	BetterThanAlwaysMet Key = "BetterThanAlwaysMet"
)

// Issue 16, rv-verdict: a figure not scored for want of its reference.
const (
	WhyNoReference       Key = "WhyNoReference"
	WhyUnscoredNoRef     Key = "WhyUnscoredNoRef"
	NotScoredNoReference Key = "NotScoredNoReference"
)

// Issue 16, rv-verdict: a rank whose table has no row of the measure's area.
const (
	WhyNoOwnRow      Key = "WhyNoOwnRow"
	WhyUnscoredNoRow Key = "WhyUnscoredNoRow"
	NotScoredNoRow   Key = "NotScoredNoRow"
)

// Issue 23, trust: contradicting import rows, size limits.
const (
	ImportContradicts Key = "ImportContradicts"
	ImportTooManyRows Key = "ImportTooManyRows"
	ErrSaveTooLarge   Key = "ErrSaveTooLarge"
	CheckNoProblems   Key = "CheckNoProblems"
	DatedInFuture     Key = "DatedInFuture"
	ProblemsMore      Key = "ProblemsMore"
	ProblemsMoreOther Key = "ProblemsMoreOther"
	OrderByZone       Key = "OrderByZone"
	EntriesGone       Key = "EntriesGone"
	TooManyItems      Key = "TooManyItems"
)
