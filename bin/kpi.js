#!/usr/bin/env node
// Built by `npm ci` (the prepare script) from src/cli/bin.ts.
require("../lib/kpi.js");
