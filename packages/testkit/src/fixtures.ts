// @errnorm/testkit/fixtures: one fixture format (status, headers, body, expected fields, evidence label) and the
// one runner that errnorm's adapters, its CLI and other SDKs' adapters share. Needs the optional peer vitest.
export { type ExpectationMode, errorFrom, fixtureResultProblems } from "./fixtures-check.js";
export {
  type BodyForm,
  type DescribeFixturesOptions,
  describeFixtures,
  type FixtureRun,
  responseIn,
} from "./fixtures-describe.js";
export {
  ERROR_FIELDS,
  type ErrorExpectation,
  type ErrorField,
  EVIDENCE_LABELS,
  type EvidenceLabel,
  type Fixture,
  type FixtureRequest,
  type FixtureResponse,
  fixtureProblems,
  type SuccessExpectation,
  wireBody,
} from "./fixtures-format.js";
export { loadFixtures } from "./fixtures-load.js";
