// Before the tests: build the `kpi` binary from the current sources (the CLI tests run it as a user
// would) and generate functions.json from the functions' JSDoc (the formula-engine tests register
// the functions from it, as Excel does).
const { execFileSync } = require("child_process");
const { existsSync } = require("fs");
const { join } = require("path");

module.exports = async () => {
  const root = join(__dirname, "..");
  // The one line a fresh clone without the team's shared folder gets about it.
  if (!existsSync(join(root, "..", "shared")))
    console.log(
      "\nkpi tests: ../shared is not beside this clone: the tests of the real corpus and of the manifest schemas are skipped",
    );
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: root, stdio: "inherit" });
  const { writeMetadata } = await import(join(root, "scripts", "metadata.mjs"));
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await writeMetadata(join(root, "test-artifacts", "functions.json"));
  } finally {
    process.chdir(cwd);
  }
};
