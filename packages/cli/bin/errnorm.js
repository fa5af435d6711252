#!/usr/bin/env node
// The `errnorm` command. A committed file, so a workspace install links it before dist/ is built.
import "../dist/cli.js";
