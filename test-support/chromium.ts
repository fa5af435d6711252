/**
 * How the browser tests launch Chromium (pass it to playwright-core's `chromium.launch`): Debian's build
 * (`apt-get install chromium`, as .ci/run does; playwright's own browser downloads do not run here), headless,
 * with `--no-sandbox` because the tests run as root.
 */
export const CHROMIUM_LAUNCH: { readonly executablePath: string; readonly args: string[] } = {
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox"],
};
