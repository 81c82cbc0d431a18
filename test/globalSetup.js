// The command-line tests run the real `kpi` binary: build it from the current sources first.
const { execFileSync } = require("child_process");

module.exports = () => {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: `${__dirname}/..`, stdio: "inherit" });
};
