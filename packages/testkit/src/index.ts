export type { EmulatorControls, RespondFault } from "./shared/controls.js";
export { DEFAULT_SLOW_MS } from "./shared/controls.js";
export type { FaultOptions, ScriptStep } from "./shared/fault-queue.js";
export type { GraphqlRequestSummary, RecordedRequest } from "./shared/request-log.js";
export { type ResponseTap, startResponseTap, type TappedResponse } from "./response-tap.js";
export { type ScriptedResponse, type ScriptedServer, startScriptedServer } from "./scripted-server.js";
export {
  startTalentlmsEmulator,
  TALENTLMS_DEFAULT_RATE_LIMIT,
  type TalentlmsEmulator,
  type TalentlmsEmulatorOptions,
  type TalentlmsRateLimitOptions,
} from "./talentlms/emulator.js";
export type { TalentlmsFault, TalentlmsFaultName } from "./talentlms/faults.js";
export { TALENTLMS_MESSAGES, type TalentlmsErrorType } from "./talentlms/messages.js";
export { startTalviewEmulator, type TalviewEmulator, type TalviewEmulatorOptions } from "./talview/emulator.js";
export type { TalviewBusinessFault, TalviewFault, TalviewFaultName } from "./talview/faults.js";
export {
  HASURA_MESSAGES,
  TALVIEW_BUSINESS_PROSE,
  TALVIEW_DOCUMENTED_MESSAGES,
  TALVIEW_LOGICAL_CODES,
  type TalviewDocumentedStatus,
  type TalviewLogicalCode,
} from "./talview/messages.js";
export type { BusinessErrorStyle } from "./talview/schema.js";
export type { TalviewUser } from "./talview/seed.js";
export type { TalviewTokenSet } from "./talview/tokens.js";
