import { CATEGORIES, createThrottle } from "@errnorm/core";
import { startTalentlmsEmulator } from "@errnorm/testkit";
import { runDemoActions } from "./demo-actions.js";
import { closeDemoEnv, startDemoEnv } from "./demo-env.js";
import { renderActionTable, renderErrorTable, renderRateLimitTable } from "./demo-render.js";
import { categoriesShown, runDemoSession } from "./demo-session.js";
import { runRateLimit } from "./rate-limit-run.js";

/** A tenth of TalentLMS's documented 200 per 5 s window, so the run takes seconds, not minutes. */
const SCALED_LIMIT = { limit: 50, intervalMs: 500 } as const;
const RATE_RUN_REQUESTS = 200;

/**
 * `pnpm demo`: starts both emulators, runs the scripted session, prints the tables, closes everything.
 * Sets exit code 1 when a case gets another category than expected or a category is not shown.
 */
export const main = async (): Promise<number> => {
  const tty = process.stdout.isTTY === true;
  const env = await startDemoEnv();
  const limited = await startTalentlmsEmulator({
    rateLimit: { limit: SCALED_LIMIT.limit, windowMs: SCALED_LIMIT.intervalMs },
  });
  try {
    console.log(`errnorm demo: TalentLMS emulator at ${env.talentlms.url}, Talview emulator at ${env.talview.url}\n`);
    console.log("1. Every error category, through fetch, axios, graphql-request, Apollo Client and talview request()");
    const rows = await runDemoSession(env);
    console.log(renderErrorTable(rows, { columns: process.stdout.columns, tty }));

    console.log("\n2. Acting on errors: withRetry and createTokenRefresher");
    console.log(renderActionTable(await runDemoActions(env), tty));

    console.log(
      `\n3. Rate limit: ${RATE_RUN_REQUESTS} GETs fired at once at a TalentLMS emulator limited to ${SCALED_LIMIT.limit} per ${SCALED_LIMIT.intervalMs} ms (sliding window, no Retry-After, like the vendor)`,
    );
    const url = `${limited.v1Url}/users/id:1`;
    const retryOnly = await runRateLimit({ url, apiKey: limited.apiKey, requests: RATE_RUN_REQUESTS });
    limited.reset();
    const throttled = await runRateLimit({
      url,
      apiKey: limited.apiKey,
      requests: RATE_RUN_REQUESTS,
      throttle: createThrottle(SCALED_LIMIT),
    });
    console.log(
      renderRateLimitTable(
        [
          { label: "withRetry only (3 attempts, backoff)", stats: retryOnly },
          {
            label: `createThrottle(${SCALED_LIMIT.limit}/${SCALED_LIMIT.intervalMs} ms) + withRetry`,
            stats: throttled,
          },
        ],
        SCALED_LIMIT,
        tty,
      ),
    );

    const wrong = rows.filter((row) => !row.asExpected).length;
    const missing = CATEGORIES.length - categoriesShown(rows).size;
    if (wrong > 0 || missing > 0) {
      console.error(`\n${wrong} case(s) got an unexpected category; ${missing} categor(y/ies) not shown.`);
      return 1;
    }
    return 0;
  } finally {
    await Promise.all([closeDemoEnv(env), limited.close()]);
  }
};

process.exitCode = await main().catch((error: unknown) => {
  console.error("The demo failed:", error);
  return 1;
});
