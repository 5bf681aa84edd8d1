/// The command line's help: each command's abstract and discussion, its options' help, and the usage
/// errors ArgumentParser shows, in the language chosen before parsing (`HelpText`).
public enum CommandHelp: PhraseCatalogue, CaseIterable, Hashable {
    case adminAbstract, adminDiscussion, adminInitAbstract, adminGrantAbstract, adminGrantAgency, adminGrantLogin,
         adminGrantPassword, adminGrantRole
    case dashboardAbstract, dashboardDiscussion, dashboardPlan, dashboardAsOf, dashboardAscii, dashboardNoColor,
         dashboardMouse
    case statusSetAbstract, statusSetDiscussion
    case planArgument, taskCodeArgument
    case statusSetStatus, statusSetProgress, statusSetNote, statusSetYear, statusSetDoneOn,
         statusAbstract, statusUndoAbstract, statusUndoDiscussion
    case planArgumentShort
    case statusRedoAbstract, statusRedoDiscussion
    case resultSetAbstract, resultSetDiscussion, resultSetText, resultSetQuantity, resultSetTarget,
         resultSetAssessment, resultSetDifficulties, resultSetProposals, resultTargetAgency, resultTargetPeriod
    case dueAbstract, dueDiscussion, duePlan, dueAgency, dueAsOf
    case resultSectionsAbstract, resultSectionsDiscussion, resultSectionsShortcomings, resultSectionsDirection,
         resultSectionsProposals, resultAbstract
    case kehoachAbstract, kehoachDiscussion
    case importAbstract, importDiscussion, importFiles, importDryRun, importFormat, importStrict, importAsNew,
         importText, importExplain, importNameLeastOneFile, importOGoesTextExplain
    case globalDatabasePath, globalUser, globalLanguage
    case devTerminalBenchAbstract, devTerminalBenchFrames, devTerminalBenchOutput, devTerminalBenchScrollKeys,
         devTerminalBenchPlan
    case manAbstract
    case raceWriterAbstract
    case editCount
    case raceWriterTasks
    case devAbstract
    case benchStoreAbstract, benchStoreDiscussion, benchStoreCount, benchStoreOpens, benchStoreSyntheticTasks
    case syntheticAbstract, syntheticTasks, syntheticAgencies, syntheticSeed
    case crashWriterAbstract, crashWriterTasks, crashWriterTag
    case firstFrameAbstract, firstFramePlan, firstFrameWidth, firstFrameHeight, firstFrameVisitPanes,
         firstFrameScrollFrames, firstFrameSearch
    case devTerminalCheckAbstract, devTerminalCheckAscii, devTerminalCheckNoColor
    case assetsAbstract
    case agenciesAbstract, agenciesDiscussion, agenciesUnknown
    case removeAbstract, removeDiscussion, removeYes
    case reportAbstract, reportDiscussion, reportAsOf, reportYear, reportBy, reportAgency
    case dueSoonDays
    case reportFormat, reportPeriod
    case copyAbstract, copyDiscussion, copyFrom, copyTo, copyReplace, copyLanguage
    case historyAbstract, historyDiscussion, historyCode
    case formatTableOrJSON
    case exportAbstract, exportDiscussion, exportFormat, exportAsOf
    case listAbstract, listDiscussion, listAgency, listStanding, listAsOf, listFormat
    case plansAbstract, plansDiscussion
    case outputOutput, outputForce
    case examplesHeading
}
