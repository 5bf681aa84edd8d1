/// The command line's fixed words: table headings, manual page sections, labels and messages that name no value.
public enum CommandWord: PhraseCatalogue, CaseIterable, Hashable {
    case adminGrantRoleMustAgencyCoordinator
    case statusSetDoneGoesStatusDone, statusUndoUndone, statusRedoRedone
    case storeContextNotWritten
    case resultSetNoResultGivenUse, resultSetLead, resultSetCooperating, resultTargetAgencyNeeded
    case duePlanStatesNoReporting
    case resultSectionsNothingGivenUseShortcomings
    case commandSupportAgencyDirectory
    case columnID
    case agenciesName, agenciesOtherSpellings, agenciesDirectoryKnowsEveryAgency, agenciesNamePrinted, agenciesTimes,
         agenciesPlans
    case removeNotRemoved
    case copySourceDestinationSameStore, copyTable, copySource, copyDestination
    case historyWhen, historyWho, historyKind
    case columnTask
    case historyChange, historyNote, historyEdit, historyUndo, historyRedo, historyImport
    case listCode, listStanding, listTimeframe, listLead
    case plansNumber, plansTasks, plansIssuer, plansTitle
    case unknownSeeKehoachHelp
    case manualPageUserCommands, manualPageName, manualPageSynopsis, manualPageOptionsSynopsis,
         manualPageCommandSynopsis, manualPageDescription, manualPageCommands, manualPageDashboardKeys,
         manualPageFiles, manualPageStoreDefaultLocalShare, manualPageSettingsLanguagePlanUser,
         manualPageAgenciesAliasesAddedBundled, manualPageEnvironment, manualPageExitStatus, manualPageDone,
         manualPageUserErrorWrongOption, manualPageDataProblemFileNot, manualPageExamples
    case importWarningWarning, importWarningTableRowWithoutNumber, importWarningNoTasksWereFound
    case duty
    case importWarningReporting
    case inputErrorDirectoryNotFile, inputErrorPipeFifoNotRegular, inputErrorDeviceNotRegularFile,
         inputErrorSocketNotRegularFile, inputErrorNotRegularFile, inputErrorFileEmpty
    case outputFormatBinaryFileWrite
    case importExplainTask, importExplainTaskText, importExplainTaskField, importExplainObjective,
         importExplainReportingDuty, importExplainHeading, importExplainFundingKeptText, importExplainMeasureKeptText,
         importExplainContentKeptText,
         importExplainSummaryTableHas, importExplainBoilerplateIgnored, importExplainNotUnderstood
    case manualPageDatabaseVariable, manualPageUserVariable, manualPageAssetsVariable, manualPageLanguageVariables,
         manualPageNoColorVariable, manualPageEditorVariables, manualPageColumnsVariable
}
