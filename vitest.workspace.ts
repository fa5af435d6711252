// The list of test projects. Vitest 4 removed workspace files, so vitest.config.ts imports this list.
export default ["packages/*/vitest.config.ts", "examples/*/vitest.config.ts"];
