// Runs in a plain `node` child process: the BUILT CommonJS entries, required by name as a CommonJS user would.
// argv[2] is the tap's base URL, argv[3] the API key; prints one JSON line per request.
const { isNormalizedError } = require("@errnorm/core");
const { withErrnorm } = require("@errnorm/talentlms/axios");
const { errnormHooks } = require("@errnorm/talentlms/ky");
const axios = require("axios");
const ky = require("ky").default; // ky is ESM-only: Node 20.19+ and 22.12+ require() it

const [base, key] = process.argv.slice(2);
const paths = ["/api/v1/users/id:999", "/api/v2/users/1", "/api/v2/users/1"];

const run = async () => {
  const lines = [];
  const api = withErrnorm(axios.create({ headers: { "X-API-Key": key } }));
  const kyApi = ky.create({ retry: 0, headers: { "X-API-Key": key }, hooks: errnormHooks() });
  for (const [client, send] of [
    ["axios", (url) => api.get(url)],
    ["ky", (url) => kyApi.get(url).json()],
  ]) {
    for (const path of paths) {
      try {
        await send(`${base}${path}`);
        lines.push({ client, path, ok: true });
      } catch (error) {
        lines.push({ client, path, ok: false, normalized: isNormalizedError(error), json: error });
      }
    }
  }
  for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
};
run().catch((error) => {
  process.stderr.write(String(error && error.stack));
  process.exitCode = 1;
});
