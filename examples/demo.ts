// `pnpm demo`: the implementation lives in packages/integration, whose dependencies (cli-table3, axios, the GraphQL clients) it needs.
import "../packages/integration/src/demo.ts";
