// @errnorm/testkit/properties: the generic property checks every errnorm adapter runs on its mapping tables
// (errnorm's own and other SDKs'). Needs the optional peers fast-check and vitest (`describeAdapterProperties`).
export {
  anyBody,
  anyHeaders,
  anyHttpStatus,
  anyOptions,
  anyStatus,
  anyThrown,
  hostileValue,
  httpHeaders,
} from "./properties-arbitraries.js";
export { describeAdapterProperties } from "./properties-describe.js";
export { checkCodePlacements, checkNeverThrows, checkValidErrors } from "./properties-runtime.js";
export { checkPolicyAgreement, checkReasons } from "./properties-tables.js";
export type {
  AdapterUnderTest,
  CodePlacements,
  PropertyRunOptions,
  ResultLike,
  RuleTable,
  TableRule,
} from "./properties-types.js";
export { errorProblems, type ValidErrorExpectation } from "./properties-valid.js";
